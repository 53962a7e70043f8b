package fr.proxima.ticket;

import fr.proxima.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The people of a ticket's tasks, read from the stored ticket. Process variables would not do,
 * because a form submission could overwrite them. Used in ticket.bpmn as {@code ${ticketRoles...}}.
 */
@Component("ticketRoles")
public class TicketRoles {

    private final TicketService tickets;

    TicketRoles(TicketService tickets) {
        this.tickets = tickets;
    }

    /** Returns the Camunda user who filed the ticket. */
    public String requester(DelegateExecution execution) {
        return ticketOf(execution).getRequester();
    }

    /** Returns the group of the technicians who serve the ticket's lycée. */
    public String technicians(DelegateExecution execution) {
        return Groups.techniciansOf(ticketOf(execution).getSchoolUai());
    }

    /** Returns the group of the correspondents of the ticket's lycée. */
    public String correspondents(DelegateExecution execution) {
        return Groups.correspondentsOf(ticketOf(execution).getSchoolUai());
    }

    private Ticket ticketOf(DelegateExecution execution) {
        return tickets.get(tickets.numberOf(execution.getProcessInstanceId()));
    }
}
