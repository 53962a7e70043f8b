package fr.proxima.school;

import java.util.List;

/**
 * The result of a lycée import, returned as JSON by the import endpoint.
 *
 * @param applied true when the rows were stored, false when the file was rejected and nothing changed
 * @param created lycées added
 * @param updated lycées whose stored data changed
 * @param unchanged lycées already stored with the same data
 * @param skippedPrivate rows of private lycées, which are not imported
 * @param rejected public rows left out because of an error
 * @param errors the problems found, with their line numbers
 * @param summary one French sentence for the user
 */
public record SchoolImportReport(
        boolean applied,
        int created,
        int updated,
        int unchanged,
        int skippedPrivate,
        int rejected,
        List<SchoolImportError> errors,
        String summary) {

    static SchoolImportReport rejected(SchoolFile file) {
        String summary;
        if (!file.readable()) {
            summary = "Import refusé : le fichier ne peut pas être lu (voir les erreurs). Aucun lycée n'a été modifié.";
        } else {
            summary = "Import refusé : " + plural(file.rejectedRows(), "ligne en erreur", "lignes en erreur")
                    + ". Aucun lycée n'a été modifié. Corrigez le fichier, ou relancez l'import avec"
                    + " skipInvalid=true pour importer les lignes valides.";
        }
        return new SchoolImportReport(false, 0, 0, 0, file.privateRows(), file.rejectedRows(), file.errors(), summary);
    }

    static SchoolImportReport applied(SchoolFile file, int created, int updated, int unchanged) {
        String summary = "Import effectué : " + plural(created, "lycée créé", "lycées créés") + ", "
                + plural(updated, "mis à jour", "mis à jour") + ", "
                + plural(unchanged, "inchangé", "inchangés") + " ; "
                + plural(file.privateRows(), "lycée privé ignoré", "lycées privés ignorés") + " ; "
                + plural(file.rejectedRows(), "ligne rejetée", "lignes rejetées") + ".";
        return new SchoolImportReport(true, created, updated, unchanged, file.privateRows(), file.rejectedRows(),
                file.errors(), summary);
    }

    /** French plural: 0 and 1 take the singular. */
    private static String plural(int count, String singular, String pluralForm) {
        return count + " " + (count <= 1 ? singular : pluralForm);
    }
}
