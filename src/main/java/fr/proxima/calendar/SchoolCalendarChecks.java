package fr.proxima.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the entries of a school calendar file together, whatever their format, so that the
 * working-day lookups never meet a contradiction.
 *
 * <p>Each school year needs exactly one rentrée, in August or September of its first year.
 * Holidays start inside the school year, after the rentrée, and do not overlap. At most one
 * holiday period has no resume day, and it must be the last one of its year. When the file
 * contains two consecutive years, the last holidays of the first end on the rentrée of the second.
 */
final class SchoolCalendarChecks {

    private SchoolCalendarChecks() {
    }

    /** Returns the valid entries grouped by school year, and adds an error for each problem found. */
    static Map<SchoolYear, List<SchoolCalendarEntry>> check(List<SchoolCalendarEntry> entries,
            List<CalendarImportError> errors) {
        Map<SchoolYear, List<SchoolCalendarEntry>> byYear = new TreeMap<>();
        for (SchoolCalendarEntry entry : entries) {
            Optional<SchoolYear> year = SchoolYear.parse(entry.schoolYear());
            if (year.isEmpty()) {
                error(errors, entry, "année scolaire invalide « " + entry.schoolYear()
                        + " » : deux années consécutives attendues, par exemple 2025-2026");
            } else if (entry.firstDayOff() == null && entry.resumeDay() == null) {
                error(errors, entry, "la période « " + entry.label() + " » n'a aucune date : un jour de reprise seul"
                        + " donne la rentrée, un premier jour sans classe donne le début de vacances");
            } else if (entry.firstDayOff() != null && entry.resumeDay() != null
                    && !entry.firstDayOff().isBefore(entry.resumeDay())) {
                error(errors, entry, "le jour de reprise " + entry.resumeDay() + " de la période « " + entry.label()
                        + " » doit suivre son premier jour sans classe " + entry.firstDayOff());
            } else {
                byYear.computeIfAbsent(year.get(), key -> new ArrayList<>()).add(entry);
            }
        }
        byYear.forEach((year, yearEntries) -> checkYear(year, yearEntries, errors));
        checkSummerEndsOnNextRentree(byYear, errors);
        errors.sort(Comparator.comparingLong(CalendarImportError::line));
        return byYear;
    }

    private static void checkYear(SchoolYear year, List<SchoolCalendarEntry> entries, List<CalendarImportError> errors) {
        Map<String, SchoolCalendarEntry> byLabel = new HashMap<>();
        for (SchoolCalendarEntry entry : entries) {
            SchoolCalendarEntry first = byLabel.putIfAbsent(entry.label().toLowerCase(Locale.ROOT), entry);
            if (first != null) {
                error(errors, entry, "période « " + entry.label() + " » en double pour l'année " + year
                        + " : elle figure déjà ligne " + first.line());
            }
        }

        LocalDate rentree = checkRentree(year, entries, errors);

        List<SchoolCalendarEntry> holidays = entries.stream()
                .filter(entry -> entry.firstDayOff() != null)
                .sorted(Comparator.comparing(SchoolCalendarEntry::firstDayOff))
                .toList();
        LocalDate latestResumeDay = LocalDate.of(year.startYear() + 1, Month.SEPTEMBER, 30);
        for (SchoolCalendarEntry holiday : holidays) {
            if (!year.contains(holiday.firstDayOff())) {
                error(errors, holiday, "la période « " + holiday.label() + " » commence le " + holiday.firstDayOff()
                        + ", hors de l'année scolaire " + year + " (du " + year.firstDay() + " au " + year.lastDay() + ")");
            } else if (rentree != null && holiday.firstDayOff().isBefore(rentree)) {
                error(errors, holiday, "la période « " + holiday.label() + " » commence le " + holiday.firstDayOff()
                        + ", avant la rentrée " + year + " du " + rentree);
            }
            if (holiday.resumeDay() != null && holiday.resumeDay().isAfter(latestResumeDay)) {
                error(errors, holiday, "le jour de reprise " + holiday.resumeDay() + " de la période « "
                        + holiday.label() + " » tombe après le " + latestResumeDay + ", trop loin de l'année " + year);
            }
        }

        for (int i = 1; i < holidays.size(); i++) {
            SchoolCalendarEntry previous = holidays.get(i - 1);
            SchoolCalendarEntry holiday = holidays.get(i);
            if (previous.resumeDay() == null) {
                error(errors, previous, "la période « " + previous.label() + " » n'a pas de jour de reprise : seule la"
                        + " dernière période de l'année " + year + " peut en être privée, or « " + holiday.label()
                        + " » (ligne " + holiday.line() + ") commence après");
            } else if (holiday.firstDayOff().isBefore(previous.resumeDay())) {
                error(errors, holiday, "la période « " + holiday.label() + " » commence le " + holiday.firstDayOff()
                        + ", avant la reprise du " + previous.resumeDay() + " qui termine la période « "
                        + previous.label() + " » (ligne " + previous.line() + ")");
            }
        }
    }

    /** Checks the rentrée rows of a year and returns the rentrée date when exactly one is valid. */
    private static LocalDate checkRentree(SchoolYear year, List<SchoolCalendarEntry> entries,
            List<CalendarImportError> errors) {
        List<SchoolCalendarEntry> rentrees = entries.stream().filter(entry -> entry.firstDayOff() == null).toList();
        if (rentrees.isEmpty()) {
            error(errors, entries.get(0), "aucune ligne de rentrée pour l'année " + year + " : ajoutez une ligne sans"
                    + " premier jour sans classe, dont le jour de reprise est le jour de la rentrée");
            return null;
        }
        for (SchoolCalendarEntry extra : rentrees.subList(1, rentrees.size())) {
            error(errors, extra, "deuxième ligne de rentrée pour l'année " + year + " (une ligne sans premier jour"
                    + " sans classe figure déjà ligne " + rentrees.get(0).line() + ")");
        }
        LocalDate rentree = rentrees.get(0).resumeDay();
        Month month = rentree.getMonth();
        if (rentree.getYear() != year.startYear() || (month != Month.AUGUST && month != Month.SEPTEMBER)) {
            error(errors, rentrees.get(0), "la rentrée " + year + " tombe le " + rentree
                    + " : une date en août ou septembre " + year.startYear() + " est attendue");
            return null;
        }
        return rentrees.size() == 1 ? rentree : null;
    }

    private static void checkSummerEndsOnNextRentree(Map<SchoolYear, List<SchoolCalendarEntry>> byYear,
            List<CalendarImportError> errors) {
        byYear.forEach((year, entries) -> {
            List<SchoolCalendarEntry> next = byYear.get(year.next());
            if (next == null) {
                return;
            }
            Optional<SchoolCalendarEntry> lastHolidays = entries.stream()
                    .filter(entry -> entry.firstDayOff() != null)
                    .max(Comparator.comparing(SchoolCalendarEntry::firstDayOff));
            List<SchoolCalendarEntry> nextRentrees = next.stream().filter(entry -> entry.firstDayOff() == null).toList();
            if (lastHolidays.isEmpty() || lastHolidays.get().resumeDay() == null || nextRentrees.size() != 1) {
                return;
            }
            SchoolCalendarEntry summer = lastHolidays.get();
            SchoolCalendarEntry rentree = nextRentrees.get(0);
            if (!summer.resumeDay().equals(rentree.resumeDay())) {
                error(errors, summer, "le jour de reprise " + summer.resumeDay() + " de la période « " + summer.label()
                        + " » diffère de la rentrée " + year.next() + " du " + rentree.resumeDay()
                        + " (ligne " + rentree.line() + ")");
            }
        });
    }

    private static void error(List<CalendarImportError> errors, SchoolCalendarEntry entry, String message) {
        errors.add(new CalendarImportError(entry.line(), message));
    }
}
