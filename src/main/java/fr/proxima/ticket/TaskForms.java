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

    private final TicketEquipment equipment;

    TaskForms(TicketService tickets, TicketHistoryText historyText, TicketEquipment equipment) {
        this.tickets = tickets;
        this.historyText = historyText;
        this.equipment = equipment;
    }

    /**
     * Clears the values that an earlier round of the same task left in its fields, lists the work
     * recorded so far and the ticket's equipment with its warranty, and copies the ticket's summary onto the task for its Tasklist card.
     */
    void prepare(DelegateTask task, List<String> formFields) {
        task.getExecution().removeVariables(formFields);
        String number = tickets.numberOf(task.getProcessInstanceId());
        task.getExecution().setVariable(Var.WORK_HISTORY, historyText.workHistory(number));
        task.getExecution().setVariable(Var.EQUIPMENT_INFO, equipment.describe(tickets.get(number)));
        TaskActors.copySummaryToTask(task);
    }
}
