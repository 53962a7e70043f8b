package fr.proxima.inventory;

/**
 * Counts of the changes that an accepted inventory file made.
 *
 * @param lines the equipment lines of the file, header excluded
 * @param unchanged lines whose item already had every value of the line: no history line was written
 */
public record ImportReport(String uai, String fileName, int lines, int created, int updated, int unchanged,
        String encoding) {

    /** Writes the report as one French sentence. */
    public String summary() {
        return "Fichier « " + fileName + " » (" + encoding + ") : " + lines + " ligne" + (lines > 1 ? "s" : "")
                + ", " + created + " équipement" + (created > 1 ? "s" : "") + " ajouté" + (created > 1 ? "s" : "")
                + ", " + updated + " modifié" + (updated > 1 ? "s" : "") + ", " + unchanged + " inchangé"
                + (unchanged > 1 ? "s" : "") + ".";
    }
}
