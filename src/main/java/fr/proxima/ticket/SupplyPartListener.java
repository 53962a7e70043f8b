package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Listener of "Fournir la pièce": the lycée says the part is there, so the work waits for a visit again. */
@Component("supplyPartListener")
class SupplyPartListener implements TaskListener {

    private final TicketService tickets;

    private final TicketHistoryText historyText;

    SupplyPartListener(TicketService tickets, TicketHistoryText historyText) {
        this.tickets = tickets;
        this.historyText = historyText;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariable(Var.COMMENT);
            String number = (String) task.getVariable(Var.TICKET_NUMBER);
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
            tickets.partSupplied((String) task.getVariable(Var.TICKET_NUMBER), TaskActors.actor(task), comment);
        }
    }
}
