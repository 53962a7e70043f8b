package fr.proxima.ticket;

/**
 * The requester's answer to a resolution.
 *
 * @param satisfaction from 1 to 5, or null when not given
 */
public record ResolutionAnswer(boolean confirmed, String reason, Integer satisfaction, String comment) {

    /** The French history line for this answer. */
    String describe() {
        StringBuilder text = new StringBuilder(confirmed ? "Résolution confirmée." : "Ticket rouvert : " + reason);
        if (satisfaction != null) {
            text.append(" Satisfaction : ").append(satisfaction).append("/5.");
        }
        if (comment != null) {
            text.append(" Commentaire : ").append(comment);
        }
        return text.toString();
    }
}
