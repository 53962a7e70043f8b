package fr.proxima.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The inventory on PostgreSQL, as in production: migrations, import round trip, constraints, concurrency. */
@PostgresIntegrationTest
class InventoryPostgresIT {

    static final String RACINE = "0750664P";

    @Autowired
    InventoryImporter importer;

    @Autowired
    InventoryService inventory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SchoolRepository schools;

    @Test
    void importExportRoundTripOnPostgres() {
        byte[] file = (InventoryImportTest.HEADER + "\r\n"
                + "RA-0001;poste fixe;non;pédagogique;RA-B12-01;DE1;Dell;OptiPlex;B12;31/08/2027;en service\r\n"
                + ";vidéoprojecteur;oui;pédagogique;;EP1;Epson;EB-760W;Amphithéâtre;;en panne\r\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportReport first = importer.importFile(RACINE, file, "racine.csv", "tech-pg");
        byte[] exported = EquipmentCsv.write(inventory.findBySchool(RACINE));
        ImportReport again = importer.importFile(RACINE, exported, "export.csv", "tech-pg");

        assertThat(first.created()).isEqualTo(2);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM equipment_change c JOIN equipment e"
                + " ON e.id = c.equipment_id WHERE e.school_uai = ?", Integer.class, RACINE)).isEqualTo(2);
        assertThat(inventory.workstations(schoolOf(RACINE)).inventory()).isEqualTo(1);
    }

    @Test
    void labelIsUniqueWithinLycee() {
        jdbc.update("INSERT INTO equipment (school_uai, kind, fixed_at_height, equipment_use, label_number, status,"
                + " created_at, updated_at, version) VALUES (?, 'OTHER', FALSE, 'TEACHING', 'RA-U1', 'IN_SERVICE',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", RACINE);

        assertThatThrownBy(() -> jdbc.update("INSERT INTO equipment (school_uai, kind, fixed_at_height, equipment_use,"
                + " label_number, status, created_at, updated_at, version) VALUES (?, 'OTHER', FALSE, 'TEACHING',"
                + " 'RA-U1', 'IN_SERVICE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", RACINE))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO equipment (school_uai, kind, fixed_at_height, equipment_use,"
                + " status, created_at, updated_at, version) VALUES (?, 'OTHER', FALSE, 'TEACHING', 'IN_SERVICE',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", RACINE))
                .as("an item needs a label number or a serial number")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void concurrentProposalsCannotBothPass() throws Exception {
        Equipment item = inventory.create(RACINE, new EquipmentData(EquipmentKind.DESKTOP, false, EquipmentUse.TEACHING,
                "RA-C1", null, "SN-C1", null, null, null, null, EquipmentStatus.IN_SERVICE), "tech-pg", null);
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> propose(item.getId(), "D3E-A", bothRead));
            Future<?> second = pool.submit(() -> propose(item.getId(), "D3E-B", bothRead));
            int failures = 0;
            for (Future<?> proposal : new Future<?>[] {first, second}) {
                try {
                    proposal.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException failed) {
                    assertThat(failed.getCause()).isInstanceOf(OptimisticLockingFailureException.class);
                    failures++;
                }
            }
            assertThat(failures).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(inventory.get(item.getId()).getStatus()).isEqualTo(EquipmentStatus.PROPOSED_FOR_DISPOSAL);
        assertThat(inventory.history(item.getId())).hasSize(2);
    }

    /** Proposes the item in a transaction that waits, once it has read the item, until the other has read it too. */
    private void propose(long id, String reference, CountDownLatch bothRead) {
        transactions.executeWithoutResult(status -> {
            inventory.get(id);
            bothRead.countDown();
            try {
                bothRead.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            inventory.proposeForDisposal(id, "tech-pg", reference);
        });
    }

    private School schoolOf(String uai) {
        return schools.findById(uai).orElseThrow();
    }
}
