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

    private final TicketHistoryText historyText;

    private final TaskAssignees assignees;

    SupplyPartListener(TicketService tickets, TicketHistoryText historyText, TaskAssignees assignees) {
        this.tickets = tickets;
        this.historyText = historyText;
        this.assignees = assignees;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (task.getAssignee() != null) {
                assignees.requireCorrespondent(tickets.numberOf(task.getProcessInstanceId()), task.getAssignee());
            }
            return;
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariable(Var.COMMENT);
            String number = tickets.numberOf(task.getProcessInstanceId());
            task.getExecution().setVariable(Var.WORK_HISTORY, historyText.workHistory(number));
            TaskActors.copySummaryToTask(task);
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
