package fr.proxima.school;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the region's list of lycées into the school table, in one transaction.
 *
 * <p>Only public lycées are stored. Importing the same file twice changes nothing. Lycées absent
 * from the file are kept, because tickets and visits refer to them. A file with errors is rejected
 * whole unless the caller asks to skip the invalid rows.
 *
 * <p>When a row gives no workstation count, the count is estimated from the pupils and flagged as
 * an estimate. An estimate never replaces a figure that an earlier file gave.
 */
@Service
public class SchoolImporter {

    private static final Logger log = LoggerFactory.getLogger(SchoolImporter.class);

    /** Maximum errors written to the log for one import. The report returned to the caller lists them all. */
    private static final int MAX_LOGGED_ERRORS = 20;

    private final SchoolRepository repository;

    private final SchoolProperties properties;

    private final SchoolFileReader reader = new SchoolFileReader();

    private final ApplicationEventPublisher events;

    @Autowired
    public SchoolImporter(SchoolRepository repository, SchoolProperties properties,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.properties = properties;
        this.events = events;
    }

    /** An importer that tells nobody of its imports, for tests of the file handling alone. */
    SchoolImporter(SchoolRepository repository, SchoolProperties properties) {
        this(repository, properties, event -> { });
    }

    /**
     * Imports a lycée file.
     *
     * @param content the file's bytes, UTF-8 or Windows-1252, comma- or semicolon-separated
     * @param skipInvalid store the valid rows of a file that has errors, instead of rejecting it
     * @param source name of the file, for the log
     */
    @Transactional
    public SchoolImportReport importFile(byte[] content, boolean skipInvalid, String source) {
        SchoolFile file = reader.read(content);
        logErrors(source, file.errors());
        if (!file.readable() || (!file.errors().isEmpty() && !skipInvalid)) {
            log.warn("School import of {} rejected: {} errors, {} rows in error; nothing stored",
                    source, file.errors().size(), file.rejectedRows());
            return SchoolImportReport.rejected(file);
        }

        Map<String, School> stored = repository.findAllById(file.rows().stream().map(SchoolRow::uai).toList())
                .stream()
                .collect(Collectors.toMap(School::getUai, Function.identity()));
        Instant now = Instant.now();
        List<School> changed = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (SchoolRow row : file.rows()) {
            School existing = stored.get(row.uai());
            boolean isNew = existing == null;
            School school = isNew ? new School(row.uai()) : existing;
            if (!apply(row, school, isNew)) {
                continue;
            }
            school.setUpdatedAt(now);
            changed.add(school);
            if (isNew) {
                created++;
            } else {
                updated++;
            }
        }
        // NOTE: two imports running at once may both create the same lycée. The later one then
        // fails on the primary key and rolls back whole.
        repository.saveAll(changed);
        int unchanged = file.rows().size() - created - updated;
        log.info("School import of {} ({}) stored: {} created, {} updated, {} unchanged, {} private skipped, {} rows rejected",
                source, file.charset(), created, updated, unchanged, file.privateRows(), file.rejectedRows());
        if (created > 0 || updated > 0) {
            events.publishEvent(new SchoolsImported(created, updated));
        }
        return SchoolImportReport.applied(file, created, updated, unchanged);
    }

    /** Copies the row onto the entity and returns true when a value changed, always for a new one. */
    private boolean apply(SchoolRow row, School school, boolean isNew) {
        int workstations;
        boolean estimated;
        if (row.workstations() != null) {
            workstations = row.workstations();
            estimated = false;
        } else if (!isNew && !school.isWorkstationsEstimated()) {
            // A stored figure from an earlier file is better than an estimate.
            workstations = school.getWorkstations();
            estimated = false;
        } else {
            workstations = properties.estimateWorkstations(row.pupilCount());
            estimated = true;
        }

        boolean same = !isNew
                && Objects.equals(school.getName(), row.name())
                && Objects.equals(school.getTown(), row.town())
                && Objects.equals(school.getInseeCode(), row.inseeCode())
                && Objects.equals(school.getDepartement(), row.departement())
                && Objects.equals(school.getAcademie(), row.academie())
                && Objects.equals(school.getSchoolType(), row.schoolType())
                && Objects.equals(school.getPupilCount(), row.pupilCount())
                && Objects.equals(school.getSourceSchoolYear(), row.sourceSchoolYear())
                && school.getWorkstations() == workstations
                && school.isWorkstationsEstimated() == estimated;
        if (same) {
            return false;
        }
        school.setName(row.name());
        school.setTown(row.town());
        school.setInseeCode(row.inseeCode());
        school.setDepartement(row.departement());
        school.setAcademie(row.academie());
        school.setSchoolType(row.schoolType());
        school.setPupilCount(row.pupilCount());
        school.setSourceSchoolYear(row.sourceSchoolYear());
        school.setWorkstations(workstations, estimated);
        return true;
    }

    private static void logErrors(String source, List<SchoolImportError> errors) {
        errors.stream()
                .limit(MAX_LOGGED_ERRORS)
                .forEach(error -> log.warn("School file {} line {}: {}", source, error.line(), error.message()));
        if (errors.size() > MAX_LOGGED_ERRORS) {
            log.warn("School file {}: {} more errors not logged", source, errors.size() - MAX_LOGGED_ERRORS);
        }
    }
}
