package fr.proxima.planning;

/**
 * Application event: the published visits of a lycée changed. It is published, through Spring's
 * {@code ApplicationEventPublisher}, when a monthly planning is published (once per lycée in it)
 * and when a planner adds, moves or cancels a published visit. The on-site visit feature listens
 * to it to recompute the timers that wait for the lycée's next visit.
 *
 * <p>It is published inside the transaction that changes the visits. A listener that reads the
 * visits from another transaction, such as a job, should use
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)}. It then reads the committed change,
 * and gets no event at all when the change is rolled back.
 *
 * @param uai the lycée whose visits changed
 */
public record SchoolPlanChanged(String uai) {
}
