package fr.proxima.ticket;

/** Status of a ticket, with the French label that users read. */
public enum TicketStatus {
    NEW("Nouveau"),
    OUT_OF_SCOPE("Hors périmètre"),
    SENT_TO_ACADEMIE("Transmis à l'Académie"),
    WAITING_FOR_VISIT("En attente de passage"),
    /** Covered, but the lycée has no published visit yet: the ticket waits for a planning. */
    WAITING_FOR_PLANNING("En attente de planification"),
    IN_PROGRESS("En cours"),
    WAITING_FOR_PART("En attente d'une pièce"),
    RESOLVED("Résolu"),
    CLOSED("Clos"),
    REOPENED("Rouvert");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when no more work is expected on the ticket. */
    public boolean isFinal() {
        return this == OUT_OF_SCOPE || this == SENT_TO_ACADEMIE || this == CLOSED;
    }
}
