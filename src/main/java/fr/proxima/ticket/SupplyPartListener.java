package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Listener of "Fournir la pièce": once the lycée has the part, the work waits for a visit again. */
@Component("supplyPartListener")
class SupplyPartListener implements TaskListener {

    private final TicketService tickets;

    private final TaskForms forms;

    private final TaskAssignees assignees;

    SupplyPartListener(TicketService tickets, TaskForms forms, TaskAssignees assignees) {
        this.tickets = tickets;
        this.forms = forms;
        this.assignees = assignees;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            assignees.requireCorrespondent(task);
            return;
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.prepare(task, List.of(Var.COMMENT));
            return;
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            List<String> errors = new ArrayList<>();
            String comment = TicketRequestValidator.text(task.getVariables(), Var.COMMENT, "Commentaire",
                    TicketRequestValidator.REASON_MAX, false, errors);
            if (!errors.isEmpty()) {
                throw new TicketValidationException(errors);
            }
            tickets.partSupplied(tickets.numberOf(task.getProcessInstanceId()), TaskActors.actor(task), comment);
        }
    }
}
