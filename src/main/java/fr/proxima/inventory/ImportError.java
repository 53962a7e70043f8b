package fr.proxima.inventory;

/**
 * One reason why an inventory file is rejected, in French.
 *
 * @param line the line of the file, or null for the whole file
 * @param column the CSV header of the faulty column, or null when the error is about the whole line
 * @param message the full message, starting with "Ligne n : " when there is a line
 */
public record ImportError(Long line, String column, String message) {

    /** Creates an error from its reason, written as the end of a sentence starting with lower case. */
    static ImportError of(Long line, String column, String reason) {
        if (line == null) {
            return new ImportError(null, column, Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
        }
        return new ImportError(line, column, "Ligne " + line + " : " + reason + ".");
    }
}
