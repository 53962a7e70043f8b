package fr.proxima.ticket;

import java.time.Instant;

/**
 * Tells whether a technician's visit is in progress at a lycée. A ticket filed then is a request
 * declared on the day, which the visit handles after the lycée's other tickets. The on-site visit
 * feature implements it, so that tickets need not know about plannings.
 */
public interface VisitInProgress {

    boolean at(String uai, Instant instant);
}
