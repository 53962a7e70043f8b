package fr.proxima.inventory;

import fr.proxima.school.SchoolRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills the inventory of three demo lycées (Henri-IV, Charlemagne, Louis-le-Grand) from the shipped
 * files {@code data/demo-inventory/inventaire-<UAI>.csv}, in Spring's "default" profile only, like
 * the demo accounts. A lycée whose inventory already has an item is left as it is. Runs after the
 * lycées are loaded (order 10).
 */
@Component
@Profile("default")
@Order(40)
class InventoryDemoData implements ApplicationRunner {

    static final List<String> DEMO_SCHOOLS = List.of("0750654D", "0750652B", "0750655E");

    private static final Logger LOG = LoggerFactory.getLogger(InventoryDemoData.class);

    private final InventoryService inventory;

    private final InventoryImporter importer;

    private final SchoolRepository schools;

    InventoryDemoData(InventoryService inventory, InventoryImporter importer, SchoolRepository schools) {
        this.inventory = inventory;
        this.importer = importer;
        this.schools = schools;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String uai : DEMO_SCHOOLS) {
            if (!schools.existsById(uai)) {
                LOG.info("Demo inventory of school {} not loaded: the school is not in the database", uai);
                continue;
            }
            if (!inventory.findBySchool(uai).isEmpty()) {
                continue;
            }
            String file = "data/demo-inventory/inventaire-" + uai + ".csv";
            ImportReport report = importer.importFile(uai, read(file), file, InventoryService.SYSTEM_AUTHOR);
            LOG.info("Demo inventory of school {} loaded from {}: {} items", uai, file, report.created());
        }
    }

    private static byte[] read(String file) {
        try (InputStream input = new ClassPathResource(file).getInputStream()) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the demo inventory " + file + " failed", e);
        }
    }
}
