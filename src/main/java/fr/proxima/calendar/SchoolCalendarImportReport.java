package fr.proxima.calendar;

import java.util.List;

/**
 * The result of a school calendar import.
 *
 * @param applied true when the periods were stored, false when the file was rejected and nothing changed
 * @param schoolYears the school years that the file gives, such as "2025-2026"
 * @param created periods added
 * @param updated periods whose dates or note changed
 * @param unchanged periods already stored with the same data
 * @param deleted stored periods of those school years that the file no longer lists
 * @param errors the problems found, with their line numbers
 * @param summary one French sentence for the user
 */
public record SchoolCalendarImportReport(
        boolean applied,
        List<String> schoolYears,
        int created,
        int updated,
        int unchanged,
        int deleted,
        List<CalendarImportError> errors,
        String summary) {

    static SchoolCalendarImportReport rejected(List<CalendarImportError> errors) {
        String summary = "Import refusé : " + errors.size() + (errors.size() == 1 ? " erreur" : " erreurs")
                + ". Le calendrier scolaire n'a pas été modifié.";
        return new SchoolCalendarImportReport(false, List.of(), 0, 0, 0, 0, errors, summary);
    }

    static SchoolCalendarImportReport applied(List<String> schoolYears, int created, int updated, int unchanged,
            int deleted) {
        String summary = "Calendrier scolaire " + String.join(", ", schoolYears) + " importé : "
                + created + (created <= 1 ? " période créée, " : " périodes créées, ")
                + updated + " mise" + (updated <= 1 ? "" : "s") + " à jour, "
                + unchanged + " inchangée" + (unchanged <= 1 ? "" : "s") + ", "
                + deleted + " supprimée" + (deleted <= 1 ? "" : "s") + ".";
        return new SchoolCalendarImportReport(true, schoolYears, created, updated, unchanged, deleted, List.of(),
                summary);
    }
}
