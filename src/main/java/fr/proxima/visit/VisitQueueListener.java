package fr.proxima.visit;

import static fr.proxima.visit.VisitProcess.Var;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.planning.VisitStatus;
import fr.proxima.security.UserDirectory;
import fr.proxima.ticket.Ticket;
import fr.proxima.ticket.TicketProcess;
import fr.proxima.ticket.TicketService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Second listener of "Traiter le ticket": puts the task in the queue of the visit that started it
 * (assigned to the visit's technician, with its place in the day's order), and counts the time
 * recorded on it in the visit's report.
 */
@Component("visitQueueListener")
class VisitQueueListener implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(VisitQueueListener.class);

    private final TicketService tickets;

    private final VisitService visits;

    private final UserDirectory users;

    private final VisitQueue queue;

    VisitQueueListener(TicketService tickets, VisitService visits, UserDirectory users, VisitQueue queue) {
        this.tickets = tickets;
        this.visits = visits;
        this.users = users;
        this.queue = queue;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable(Var.NEXT_VISIT_ID) instanceof Number visitNumber)) {
            return;
        }
        long visitId = visitNumber.longValue();
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> join(task, visitId);
            case EVENTNAME_COMPLETE -> recordTime(task, visitId);
            default -> {
            }
        }
    }

    private void join(DelegateTask task, long visitId) {
        String number = tickets.numberOf(task.getProcessInstanceId());
        Visit visit = visits.visit(visitId);
        task.getExecution().setVariable(Var.CURRENT_VISIT_ID, visitId);
        VisitReport report = visits.report(visitId);
        if (visit.getStatus() != VisitStatus.PUBLISHED || report.isClosed()) {
            // NOTE: only a timer that fired after its visit closed (the job executor was stopped
            // meanwhile) gets here. The task stays with the lycée's technicians, so nothing is lost.
            LOG.warn("Ticket {}: visit {} is already over, its work task stays with the lycée's technicians",
                    number, visitId);
            return;
        }
        Ticket ticket = tickets.get(number);
        task.setPriority(VisitQueue.ticketPriority(ticket, report));
        task.setDescription(VisitQueue.reason(ticket, report));
        task.setDueDate(VisitQueue.dueDate(visit));
        tickets.joinVisitQueue(number, PublishedVisits.describe(visit), users.displayName(visit.getTechnicianId()));
        task.setAssignee(visit.getTechnicianId());
    }

    private void recordTime(DelegateTask task, long visitId) {
        Object outcome = task.getVariable(TicketProcess.Var.OUTCOME);
        if ("NEXT_VISIT".equals(outcome)) {
            // "À poursuivre au prochain passage": not later in this visit, but at the next one.
            task.getExecution().setVariable(Var.NOT_BEFORE, Date.from(visits.visit(visitId).endsAt()));
        }
        // The work listener, which runs first, has already checked the minutes.
        Object minutes = task.getVariable(TicketProcess.Var.MINUTES_SPENT);
        if (minutes != null && !minutes.toString().isBlank()) {
            Ticket ticket = tickets.get(tickets.numberOf(task.getProcessInstanceId()));
            visits.addTicketTime(visitId, ticket.isDeclaredOnSite(), (int) Double.parseDouble(minutes.toString().trim()));
            queue.refreshClosingTimes(visitId);
        }
    }
}
