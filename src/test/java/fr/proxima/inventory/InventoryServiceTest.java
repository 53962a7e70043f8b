package fr.proxima.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.proxima.testing.ProximaApplicationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The status changes of the D3E disposal process and the history they write, on one Victor-Duruy item. */
@ProximaApplicationTest
@Transactional
class InventoryServiceTest {

    static final Instant NOON = Instant.parse("2027-01-12T11:00:00Z");

    @Autowired
    InventoryService inventory;

    Equipment item;

    @BeforeEach
    void createItem() {
        ClockUtil.setCurrentTime(Date.from(NOON));
        item = inventory.create(InventoryImportTest.DURUY, new EquipmentData(EquipmentKind.LAPTOP, false,
                EquipmentUse.TEACHING, "VD-0042", "VD-PORT-01", "LN42", "Lenovo", "E14", "B12",
                LocalDate.of(2027, 1, 12), EquipmentStatus.BROKEN), "tech-d3e", "passage du 12/01/2027");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void disposalPathWritesOneLineEach() {
        inventory.proposeForDisposal(item.getId(), "tech-d3e", "D3E-2027-001");
        inventory.moveToStorage(item.getId(), "tech-d3e", "Réserve D3E");
        inventory.remove(item.getId(), "système", "D3E-2027-001");

        Equipment removed = inventory.get(item.getId());
        assertThat(removed.getStatus()).isEqualTo(EquipmentStatus.REMOVED);
        assertThat(removed.getRoom()).isEqualTo("Réserve D3E");
        List<EquipmentChange> history = inventory.history(item.getId());
        assertThat(history).extracting(EquipmentChange::getKind).containsExactly(EquipmentChangeKind.CREATED,
                EquipmentChangeKind.PROPOSED_FOR_DISPOSAL, EquipmentChangeKind.MOVED_TO_STORAGE,
                EquipmentChangeKind.REMOVED);
        assertThat(history).extracting(EquipmentChange::getSummary).containsExactly(
                "Ajout à l'inventaire : ordinateur portable n° VD-0042 (VD-PORT-01).",
                "Statut : « en panne » → « proposé à la réforme »",
                "Salle : « B12 » → « Réserve D3E »",
                "Statut : « proposé à la réforme » → « sorti de l'inventaire »");
        assertThat(history).extracting(EquipmentChange::getContext).containsExactly("passage du 12/01/2027",
                "D3E-2027-001", null, "D3E-2027-001");
        assertThat(history).extracting(EquipmentChange::getAuthor)
                .containsExactly("tech-d3e", "tech-d3e", "tech-d3e", "système");
        assertThat(history).extracting(EquipmentChange::getChangedAt).containsOnly(NOON);
    }

    @Test
    void returnToServiceKeepsReason() {
        inventory.proposeForDisposal(item.getId(), "tech-d3e", "D3E-2027-002");

        inventory.returnToService(item.getId(), "", "Réparé avec une pièce fournie par le lycée");

        assertThat(inventory.get(item.getId()).getStatus()).isEqualTo(EquipmentStatus.IN_SERVICE);
        EquipmentChange last = inventory.history(item.getId()).get(2);
        assertThat(last.getKind()).isEqualTo(EquipmentChangeKind.RETURNED_TO_SERVICE);
        assertThat(last.getAuthor()).isEqualTo(InventoryService.SYSTEM_AUTHOR);
        assertThat(last.getSummary()).isEqualTo("Statut : « proposé à la réforme » → « en service »\n"
                + "Motif : Réparé avec une pièce fournie par le lycée");
    }

    @Test
    void wrongStatusIsRefusedInFrench() {
        assertThatThrownBy(() -> inventory.remove(item.getId(), "tech-d3e", "D3E-1"))
                .isInstanceOf(EquipmentStateException.class)
                .hasMessage("L'équipement ordinateur portable n° VD-0042 (VD-PORT-01) ne peut pas être sorti de"
                        + " l'inventaire : il n'est pas proposé à la réforme (statut « en panne »).");
        assertThatThrownBy(() -> inventory.returnToService(item.getId(), "tech-d3e", null))
                .isInstanceOf(EquipmentStateException.class);
        assertThatThrownBy(() -> inventory.moveToStorage(item.getId(), "tech-d3e", "Réserve"))
                .isInstanceOf(EquipmentStateException.class);

        inventory.proposeForDisposal(item.getId(), "tech-d3e", "D3E-1");

        assertThatThrownBy(() -> inventory.proposeForDisposal(item.getId(), "tech-d3e", "D3E-2"))
                .isInstanceOf(EquipmentStateException.class)
                .hasMessage("L'équipement ordinateur portable n° VD-0042 (VD-PORT-01) ne peut pas être proposé à la"
                        + " réforme : son statut est « proposé à la réforme ».");
        assertThatThrownBy(() -> inventory.moveToStorage(item.getId(), "tech-d3e", " "))
                .isInstanceOf(EquipmentStateException.class)
                .hasMessageContaining("La salle de stockage");
        assertThat(inventory.history(item.getId())).hasSize(2);
    }

    @Test
    void removedItemCannotChange() {
        inventory.proposeForDisposal(item.getId(), "tech-d3e", "D3E-3");
        inventory.remove(item.getId(), "tech-d3e", "D3E-3");

        EquipmentData moved = EquipmentData.of(inventory.get(item.getId()));
        EquipmentData renamed = new EquipmentData(moved.kind(), false, moved.use(), moved.labelNumber(), "AUTRE-NOM",
                moved.serialNumber(), moved.make(), moved.model(), moved.room(), moved.warrantyEnd(), moved.status());

        assertThatThrownBy(() -> inventory.update(item.getId(), renamed, "tech-d3e", null))
                .isInstanceOf(EquipmentStateException.class)
                .hasMessageContaining("est sorti de l'inventaire : il ne peut plus être modifié");
        assertThatThrownBy(() -> inventory.proposeForDisposal(item.getId(), "tech-d3e", "D3E-4"))
                .isInstanceOf(EquipmentStateException.class);
    }

    @Test
    void warrantyCoversItsLastDay() {
        assertThat(item.isUnderWarranty(LocalDate.of(2027, 1, 12))).isTrue();
        assertThat(item.isUnderWarranty(LocalDate.of(2027, 1, 13))).isFalse();
    }

    @Test
    void unknownIdIsReportedInFrench() {
        assertThatThrownBy(() -> inventory.get(987654321L))
                .isInstanceOf(EquipmentNotFoundException.class)
                .hasMessage("Aucun équipement n'a l'identifiant 987654321 dans l'inventaire.");
    }

    @Test
    void labelOrHostNameFindsItem() {
        assertThat(inventory.findByLabelOrHostName(InventoryImportTest.DURUY, "VD-0042")).contains(item);
        assertThat(inventory.findByLabelOrHostName(InventoryImportTest.DURUY, "vd-port-01")).contains(item);
        assertThat(inventory.findByLabelOrHostName(InventoryImportTest.CHAPTAL, "VD-0042")).isEmpty();
    }
}
