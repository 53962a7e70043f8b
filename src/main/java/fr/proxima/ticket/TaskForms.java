package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Sets up the form of a new ticket task, for the three task listeners of ticket.bpmn. */
@Component
class TaskForms {

    private final TicketService tickets;

    private final TicketHistoryText historyText;

    TaskForms(TicketService tickets, TicketHistoryText historyText) {
        this.tickets = tickets;
        this.historyText = historyText;
    }

    /**
     * Clears the values that an earlier round of the same task left in its fields, lists the work
     * recorded so far, and copies the ticket's summary onto the task for its Tasklist card.
     */
    void prepare(DelegateTask task, List<String> formFields) {
        task.getExecution().removeVariables(formFields);
        String number = tickets.numberOf(task.getProcessInstanceId());
        task.getExecution().setVariable(Var.WORK_HISTORY, historyText.workHistory(number));
        TaskActors.copySummaryToTask(task);
    }
}
