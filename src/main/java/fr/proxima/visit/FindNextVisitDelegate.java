package fr.proxima.visit;

import static fr.proxima.visit.VisitProcess.Var;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.ticket.Ticket;
import fr.proxima.ticket.TicketService;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Chercher le prochain passage" of ticket.bpmn: finds the lycée's next published visit and sets
 * the timer of the wait on its start. A visit in progress counts, so that a ticket filed or released
 * during a visit joins its queue at once. A ticket postponed by the technician waits for a visit
 * after the one that postponed it.
 */
@Component("findNextVisit")
class FindNextVisitDelegate implements JavaDelegate {

    private final TicketService tickets;

    private final PublishedVisits visits;

    private final VisitQueue queue;

    FindNextVisitDelegate(TicketService tickets, PublishedVisits visits, VisitQueue queue) {
        this.tickets = tickets;
        this.visits = visits;
        this.queue = queue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(tickets.numberOf(execution.getProcessInstanceId()));
        Instant after = VisitService.now();
        if (execution.getVariable(Var.NOT_BEFORE) instanceof Date notBefore && notBefore.toInstant().isAfter(after)) {
            after = notBefore.toInstant();
        }
        Optional<Visit> next = visits.next(ticket.getSchoolUai(), after);
        execution.setVariable(Var.HAS_NEXT_VISIT, next.isPresent());
        if (next.isPresent()) {
            Visit visit = next.get();
            execution.setVariable(Var.NEXT_VISIT_ID, visit.getId());
            execution.setVariable(Var.NEXT_VISIT_AT, Date.from(visit.startsAt()));
            tickets.awaitVisit(ticket.getNumber(), visit.getId(), visit.startsAt(), PublishedVisits.describe(visit));
        } else {
            execution.removeVariable(Var.NEXT_VISIT_ID);
            execution.removeVariable(Var.NEXT_VISIT_AT);
            tickets.awaitPlanning(ticket.getNumber());
        }
        queue.refreshPriorityOptions(ticket.getSchoolUai());
    }
}
