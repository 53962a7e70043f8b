package fr.proxima.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Raised when a date falls in a school year whose zone C calendar has not been imported: the
 * working days of that year are unknown, and the calendar never guesses them.
 */
public class SchoolCalendarNotImportedException extends RuntimeException {

    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private final SchoolYear schoolYear;

    public SchoolCalendarNotImportedException(SchoolYear schoolYear) {
        super("Aucun calendrier scolaire n'est importé pour l'année " + schoolYear + " (du "
                + frenchDate(schoolYear.firstDay()) + " au " + frenchDate(schoolYear.lastDay())
                + ") : importez le calendrier de la zone C de cette année pour calculer ses jours ouvrés.");
        this.schoolYear = schoolYear;
    }

    public SchoolYear schoolYear() {
        return schoolYear;
    }

    /** Formats a date as French writes it: "1er septembre 2027", "31 août 2028". */
    private static String frenchDate(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return day + " " + date.format(MONTH_AND_YEAR);
    }
}
