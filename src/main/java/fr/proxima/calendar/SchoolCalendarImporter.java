package fr.proxima.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the zone C school calendar, in one transaction.
 *
 * <p>A {@link SchoolCalendarReader} reads the file's format. The checks and the storage are the
 * same for every format. A file with any error is rejected whole, because a partial calendar
 * would give wrong working days. For each school year that the file gives, its periods replace
 * the stored ones, matched by label: importing the same file twice changes nothing. Other school
 * years are left as they are.
 */
@Service
public class SchoolCalendarImporter {

    private static final Logger log = LoggerFactory.getLogger(SchoolCalendarImporter.class);

    private final SchoolCalendarPeriodRepository repository;

    public SchoolCalendarImporter(SchoolCalendarPeriodRepository repository) {
        this.repository = repository;
    }

    /** Imports a file in the region's CSV format, described in {@link SchoolCalendarCsvReader}. */
    @Transactional
    public SchoolCalendarImportReport importCsv(byte[] content, String source) {
        return importCalendar(content, new SchoolCalendarCsvReader(), source);
    }

    /**
     * Imports a calendar file read by the given format.
     *
     * @param source name of the file, for the log
     */
    @Transactional
    public SchoolCalendarImportReport importCalendar(byte[] content, SchoolCalendarReader reader, String source) {
        SchoolCalendarReading reading = reader.read(content);
        List<CalendarImportError> errors = new ArrayList<>(reading.errors());
        Map<SchoolYear, List<SchoolCalendarEntry>> byYear = SchoolCalendarChecks.check(reading.entries(), errors);
        if (errors.isEmpty() && byYear.isEmpty()) {
            errors.add(new CalendarImportError(1, "le fichier ne contient aucune période"));
        }
        if (!errors.isEmpty()) {
            errors.forEach(error -> log.warn("School calendar {} line {}: {}", source, error.line(), error.message()));
            log.warn("School calendar import of {} rejected: {} errors; nothing stored", source, errors.size());
            return SchoolCalendarImportReport.rejected(errors);
        }

        List<String> years = byYear.keySet().stream().map(SchoolYear::label).toList();
        Map<String, SchoolCalendarPeriod> stored = new HashMap<>();
        for (SchoolCalendarPeriod period : repository.findBySchoolYearIn(years)) {
            stored.put(key(period.getSchoolYear(), period.getLabel()), period);
        }

        Instant now = Instant.now();
        Set<String> keysInFile = new HashSet<>();
        List<SchoolCalendarPeriod> changed = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<SchoolYear, List<SchoolCalendarEntry>> year : byYear.entrySet()) {
            for (SchoolCalendarEntry entry : year.getValue()) {
                String key = key(year.getKey().label(), entry.label());
                keysInFile.add(key);
                SchoolCalendarPeriod period = stored.get(key);
                if (period == null) {
                    period = new SchoolCalendarPeriod(year.getKey().label(), entry.label());
                    created++;
                } else if (Objects.equals(period.getFirstDayOff(), entry.firstDayOff())
                        && Objects.equals(period.getResumeDay(), entry.resumeDay())
                        && Objects.equals(period.getNote(), entry.note())) {
                    unchanged++;
                    continue;
                } else {
                    updated++;
                }
                period.setDays(entry.firstDayOff(), entry.resumeDay());
                period.setNote(entry.note());
                period.setUpdatedAt(now);
                changed.add(period);
            }
        }
        List<SchoolCalendarPeriod> removed = stored.entrySet().stream()
                .filter(storedPeriod -> !keysInFile.contains(storedPeriod.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        repository.deleteAll(removed);
        repository.flush();
        repository.saveAll(changed);

        log.info("School calendar import of {} stored for {}: {} created, {} updated, {} unchanged, {} deleted",
                source, years, created, updated, unchanged, removed.size());
        return SchoolCalendarImportReport.applied(years, created, updated, unchanged, removed.size());
    }

    /** Matches periods by school year and exact label: a relabelled period replaces the old one. */
    private static String key(String schoolYear, String label) {
        return schoolYear + "|" + label;
    }
}
