package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the priority and scope that the two decision tables gave. */
@Component("recordTicketDecisions")
class RecordDecisionsDelegate implements JavaDelegate {

    private final TicketService tickets;

    RecordDecisionsDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int priority = ((Number) execution.getVariable(Var.PRIORITY)).intValue();
        String scope = (String) execution.getVariable(Var.SCOPE);
        String reason = (String) execution.getVariable(Var.SCOPE_REASON);
        tickets.qualify(tickets.numberOf(execution.getProcessInstanceId()), priority, scope, reason);
    }
}
