package fr.proxima.planning;

/**
 * One reason why a planning file or a visit request is rejected, in French.
 *
 * @param line the line of the planning file, or null for the whole file or for a request of the
 *     visit API
 * @param message the full message, starting with "Ligne n : " when there is a line
 */
public record PlanningError(Long line, String message) {

    /** Creates an error from its reason, written as the end of a sentence starting with lower case. */
    static PlanningError of(Long line, String reason) {
        if (line == null) {
            return new PlanningError(null, Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
        }
        return new PlanningError(line, "Ligne " + line + " : " + reason);
    }
}
