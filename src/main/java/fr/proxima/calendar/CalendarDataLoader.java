package fr.proxima.calendar;

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
 * Fills an empty calendar table at startup with the shipped zone C calendar, so that working days
 * can be computed before the region publishes its own. Turned off by
 * {@code proxima.calendar.load-at-startup=false}. The shipped file must import without any
 * error: otherwise startup fails.
 */
@Component
@Order(11)
public class CalendarDataLoader implements ApplicationRunner {

    /** Zone C holidays for 2025-2026 and 2026-2027, whose provenance is in data/README.md beside it. */
    static final String SHIPPED_FILE = "data/calendrier-scolaire-zone-c.csv";

    private static final Logger log = LoggerFactory.getLogger(CalendarDataLoader.class);

    private final SchoolCalendarPeriodRepository repository;

    private final SchoolCalendarImporter importer;

    private final CalendarProperties properties;

    public CalendarDataLoader(SchoolCalendarPeriodRepository repository, SchoolCalendarImporter importer,
            CalendarProperties properties) {
        this.repository = repository;
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadAtStartup()) {
            log.info("Loading of the shipped school calendar is turned off (proxima.calendar.load-at-startup=false)");
            return;
        }
        long count = repository.count();
        if (count > 0) {
            log.info("School calendar table already contains {} periods; shipped calendar {} not loaded", count, SHIPPED_FILE);
            return;
        }
        SchoolCalendarImportReport report = importer.importCsv(readShippedFile(), SHIPPED_FILE);
        if (!report.applied()) {
            throw new IllegalStateException("The shipped school calendar " + SHIPPED_FILE + " was rejected: "
                    + report.errors());
        }
        log.info("Loaded the shipped school calendar {}: {} periods for {}", SHIPPED_FILE, report.created(),
                report.schoolYears());
    }

    static byte[] readShippedFile() {
        try (InputStream input = new ClassPathResource(SHIPPED_FILE).getInputStream()) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped school calendar " + SHIPPED_FILE, e);
        }
    }
}
