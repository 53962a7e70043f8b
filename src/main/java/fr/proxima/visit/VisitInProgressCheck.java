package fr.proxima.visit;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.ticket.VisitInProgress;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Finds the visits in progress in the published plannings, for the tickets declared on the day. */
@Component
class VisitInProgressCheck implements VisitInProgress {

    private final PublishedVisits visits;

    VisitInProgressCheck(PublishedVisits visits) {
        this.visits = visits;
    }

    @Override
    public boolean at(String uai, Instant instant) {
        return visits.inProgress(uai, instant).isPresent();
    }
}
