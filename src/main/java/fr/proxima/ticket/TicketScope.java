package fr.proxima.ticket;

/** Outputs of the ticket-scope decision table. */
public final class TicketScope {

    public static final String COVERED = "COVERED";

    /** Applications and support of administrative PCs, which the Académie handles. */
    public static final String ACADEMIE = "ACADEMIE";

    public static final String NOT_COVERED = "NOT_COVERED";

    private TicketScope() {
    }
}
