package fr.proxima.ticket;

/**
 * The record a technician makes when completing "Traiter le ticket".
 *
 * @param minutesSpent time spent on this ticket during this visit, in minutes
 * @param outcome one of {@link TicketCatalog#OUTCOMES}
 * @param outOfScopeReason why the ticket is out of scope, for that outcome only
 */
public record WorkRecord(String workDone, int minutesSpent, String outcome, String outOfScopeReason) {
}
