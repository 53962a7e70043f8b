package fr.proxima.visit;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reporter au prochain passage" of ticket.bpmn: the visit closed while the ticket was still in its queue. */
@Component("carryOverTicket")
class CarryOverDelegate implements JavaDelegate {

    private final TicketService tickets;

    private final PublishedVisits visits;

    CarryOverDelegate(TicketService tickets, PublishedVisits visits) {
        this.tickets = tickets;
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object visitId = execution.getVariable(VisitProcess.Var.CURRENT_VISIT_ID);
        String label = visitId instanceof Number id
                ? visits.find(id.longValue()).map(PublishedVisits::describe).orElse("jour")
                : "jour";
        tickets.carryOver(tickets.numberOf(execution.getProcessInstanceId()), label);
    }
}
