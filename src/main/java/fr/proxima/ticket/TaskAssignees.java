package fr.proxima.ticket;

import fr.proxima.security.SchoolAccess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Checks who a ticket's task may be given to. Camunda lets the current assignee hand a task to any
 * user id, but a task of one lycée must stay with the people of that lycée or an administrator.
 */
@Component
class TaskAssignees {

    private final TicketService tickets;

    private final SchoolAccess schoolAccess;

    TaskAssignees(TicketService tickets, SchoolAccess schoolAccess) {
        this.tickets = tickets;
        this.schoolAccess = schoolAccess;
    }

    /** Rejects an assignee who is neither a technician of the ticket's lycée nor an administrator. */
    void requireTechnician(String number, String userId) {
        String uai = tickets.get(number).getSchoolUai();
        if (!schoolAccess.isAdministrator(userId) && !schoolAccess.technicianSchools(userId).contains(uai)) {
            throw new TicketValidationException(
                    "Cette tâche ne peut être attribuée qu'à un technicien qui intervient dans ce lycée.");
        }
    }

    /** Checks the new assignee of a correspondent's task of a ticket, if it has one. */
    void requireCorrespondent(DelegateTask task) {
        if (task.getAssignee() != null) {
            requireCorrespondent(tickets.numberOf(task.getProcessInstanceId()), task.getAssignee());
        }
    }

    /** Rejects an assignee who is neither the requester, a correspondent of the lycée, nor an administrator. */
    void requireCorrespondent(String number, String userId) {
        Ticket ticket = tickets.get(number);
        boolean allowed = userId.equals(ticket.getRequester())
                || schoolAccess.isAdministrator(userId)
                || schoolAccess.correspondentSchools(userId).contains(ticket.getSchoolUai());
        if (!allowed) {
            throw new TicketValidationException(
                    "Cette tâche ne peut être attribuée qu'à un correspondant de ce lycée.");
        }
    }
}
