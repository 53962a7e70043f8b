package fr.proxima.visit;

import fr.proxima.ticket.TicketProcess;
import fr.proxima.ticket.TicketService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Enregistrer la clôture": closes a visit that its technician left open with the times already
 * recorded, then sends every ticket still in the visit's queue back to waiting for the next visit.
 * It runs as a job, without the rights of the user who closed the visit.
 */
@Component("recordVisitClosing")
class RecordClosingDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(RecordClosingDelegate.class);

    private final VisitService visits;

    RecordClosingDelegate(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long visitId = VisitRoles.visitId(execution);
        VisitReport report = visits.report(visitId);
        if (!report.isClosed()) {
            visits.close(visitId, report.recordedTime(), null, TicketService.SYSTEM_AUTHOR, true);
        }
        List<MessageCorrelationResult> carriedOver = execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(VisitProcess.VISIT_ENDED)
                .processInstanceVariableEquals(VisitProcess.Var.CURRENT_VISIT_ID, visitId)
                .correlateAllWithResult();
        // Tickets still waiting for this visit's start, which only a visit closed before its start
        // leaves, look for the next visit again.
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(VisitProcess.TICKET_PLAN_CHANGED)
                .processInstanceVariableEquals(TicketProcess.Var.SCHOOL_UAI, report.getSchoolUai())
                .correlateAllWithResult();
        LOG.info("Visit {} closed; {} unfinished tickets carried over to the next visit", visitId,
                carriedOver.size());
    }
}
