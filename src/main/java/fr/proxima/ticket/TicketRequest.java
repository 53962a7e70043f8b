package fr.proxima.ticket;

/**
 * The request a correspondent fills in to open a ticket, already checked by {@link TicketRequestValidator}.
 * Codes are the values of the start form's select fields.
 */
public record TicketRequest(
        String schoolUai,
        String service,
        String equipmentKind,
        String usage,
        String urgency,
        String impact,
        String title,
        String description,
        String room,
        String equipmentLabel,
        boolean declaredOnSite) {
}
