package fr.proxima.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty school table at startup with the shipped list of public lycées, so that a new
 * installation can work before the region sends its own file. Turned off by
 * {@code proxima.schools.load-at-startup=false}.
 *
 * <p>Runs at order 10, before the identity bootstrap (order 20), which reads the lycées to create
 * their groups. The shipped file must import without any error: otherwise startup fails.
 */
@Component
@Order(10)
public class SchoolDataLoader implements ApplicationRunner {

    /** The DEPP list of Île-de-France lycées, 2022-2023, whose provenance is in data/README.md beside it. */
    static final String SHIPPED_FILE = "data/lycees-ile-de-france.csv";

    private static final Logger log = LoggerFactory.getLogger(SchoolDataLoader.class);

    private final SchoolRepository repository;

    private final SchoolImporter importer;

    private final SchoolProperties properties;

    public SchoolDataLoader(SchoolRepository repository, SchoolImporter importer, SchoolProperties properties) {
        this.repository = repository;
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadAtStartup()) {
            log.info("Loading of the shipped lycée list is turned off (proxima.schools.load-at-startup=false)");
            return;
        }
        long count = repository.count();
        if (count > 0) {
            log.info("School table already contains {} lycées; shipped list {} not loaded", count, SHIPPED_FILE);
            return;
        }
        SchoolImportReport report = importer.importFile(readShippedFile(), false, SHIPPED_FILE);
        if (!report.applied()) {
            throw new IllegalStateException("The shipped lycée list " + SHIPPED_FILE + " was rejected: "
                    + report.errors());
        }
        log.info("Loaded the shipped lycée list {}: {} public lycées created, {} private lycées skipped",
                SHIPPED_FILE, report.created(), report.skippedPrivate());
    }

    private static byte[] readShippedFile() {
        try (InputStream input = new ClassPathResource(SHIPPED_FILE).getInputStream()) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped lycée list " + SHIPPED_FILE, e);
        }
    }
}
