package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates the ticket from the start form, gives it its number and makes that the business key. */
@Component("registerTicket")
class RegisterTicketDelegate implements JavaDelegate {

    private final TicketService tickets;

    RegisterTicketDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requester = (String) execution.getVariable(Var.REQUESTER);
        Ticket ticket = tickets.open(execution.getVariables(), requester, execution.getProcessInstanceId());

        execution.setProcessBusinessKey(ticket.getNumber());
        execution.setVariable(Var.TICKET_NUMBER, ticket.getNumber());
        execution.setVariable(Var.SCHOOL_UAI, ticket.getSchoolUai());
        execution.setVariable(Var.SCHOOL_NAME,
                tickets.school(ticket.getSchoolUai()).map(school -> school.displayName()).orElse(ticket.getSchoolUai()));
        execution.setVariable(Var.OPENED_AT, Date.from(ticket.getOpenedAt()));
        // Keep the cleaned values, so that the task forms show what was stored.
        execution.setVariable(Var.TITLE, ticket.getTitle());
        execution.setVariable("description", ticket.getDescription());
        execution.setVariable("room", ticket.getRoom());
        execution.setVariable("equipmentLabel", ticket.getEquipmentLabel());
        execution.setVariable("usage", ticket.getEquipmentUsage());
    }
}
