package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a resolved ticket. The task's local {@code closing} input is CONFIRMED or AUTOMATIC. */
@Component("closeTicket")
class CloseTicketDelegate implements JavaDelegate {

    private final TicketService tickets;

    CloseTicketDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean automatic = "AUTOMATIC".equals(execution.getVariableLocal(Var.CLOSING));
        tickets.close(tickets.numberOf(execution.getProcessInstanceId()), automatic);
    }
}
