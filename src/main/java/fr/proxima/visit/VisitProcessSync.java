package fr.proxima.visit;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.SchoolPlanChanged;
import fr.proxima.planning.Visit;
import fr.proxima.security.EngineQueries;
import fr.proxima.ticket.TicketProcess;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the engine in step with the published plannings. When a lycée's visits change, every visit
 * process of the lycée that waits for its start reads its visit again (a cancelled one ends), a
 * visit process starts for each new published visit, and every ticket of the lycée that waits for
 * a visit looks for its next visit again, which recomputes its timer. At startup the same is done
 * for every lycée with a visit ahead, for visits published while the application was stopped.
 */
@Component
class VisitProcessSync {

    private static final Logger LOG = LoggerFactory.getLogger(VisitProcessSync.class);

    /** Attempts of a synchronization that meets a concurrent change of the same instances. */
    private static final int ATTEMPTS = 3;

    private final ProcessEngine processEngine;

    private final PublishedVisits visits;

    private final TransactionTemplate newTransaction;

    VisitProcessSync(ProcessEngine processEngine, PublishedVisits visits, PlatformTransactionManager transactions) {
        this.processEngine = processEngine;
        this.visits = visits;
        // After a commit, Spring keeps the committed transaction bound to the thread: work joined to
        // it would never be committed, so each synchronization runs in a transaction of its own.
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onPlanChanged(SchoolPlanChanged event) {
        sync(event.uai());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        Set<String> schools = new LinkedHashSet<>();
        visits.allUpcoming(VisitService.now()).forEach(visit -> schools.add(visit.getSchoolUai()));
        schools.forEach(this::sync);
    }

    /** Brings the visit processes and the waiting tickets of one lycée in step with its published visits. */
    void sync(String uai) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                newTransaction.executeWithoutResult(status -> EngineQueries.withoutAuthorization(processEngine, () -> {
                    syncOnce(uai);
                    return null;
                }));
                return;
            } catch (OptimisticLockingException e) {
                LOG.info("Plan of school {} met a concurrent change (attempt {} of {})", uai, attempt, ATTEMPTS);
            } catch (RuntimeException e) {
                // The plan change itself is committed: the next change or the next start retries.
                LOG.error("Could not bring the visits and tickets of school {} in step with its plan", uai, e);
                return;
            }
        }
        LOG.error("Gave up bringing the visits and tickets of school {} in step with its plan", uai);
    }

    private void syncOnce(String uai) {
        RuntimeService runtime = processEngine.getRuntimeService();
        runtime.createMessageCorrelation(VisitProcess.VISIT_CHANGED)
                .processInstanceVariableEquals(VisitProcess.Var.SCHOOL_UAI, uai)
                .correlateAllWithResult();
        Instant now = VisitService.now();
        List<Visit> upcoming = visits.upcoming(uai, now);
        int started = 0;
        for (Visit visit : upcoming) {
            String businessKey = VisitProcess.businessKey(visit.getId());
            boolean known = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                    .processInstanceBusinessKey(businessKey).count() > 0
                    || processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(VisitProcess.KEY).processInstanceBusinessKey(businessKey).count() > 0;
            if (!known) {
                runtime.startProcessInstanceByKey(VisitProcess.KEY, businessKey,
                        Map.of(VisitProcess.Var.VISIT_ID, visit.getId(), VisitProcess.Var.SCHOOL_UAI, uai));
                started++;
            }
        }
        int tickets = runtime.createMessageCorrelation(VisitProcess.TICKET_PLAN_CHANGED)
                .processInstanceVariableEquals(TicketProcess.Var.SCHOOL_UAI, uai)
                .correlateAllWithResult()
                .size();
        LOG.info("Plan of school {}: {} visits ahead, {} visit processes started, {} waiting tickets rescheduled",
                uai, upcoming.size(), started, tickets);
    }
}
