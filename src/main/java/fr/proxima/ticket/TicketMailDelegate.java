package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Mail tasks of ticket.bpmn. Each task is asynchronous with retries and names the mail it sends in
 * its local {@code mailKind} input; a failure after the last retry raises an incident in Cockpit.
 */
@Component("ticketMail")
class TicketMailDelegate implements JavaDelegate {

    private final TicketMails mails;

    private final TicketService tickets;

    TicketMailDelegate(TicketMails mails, TicketService tickets) {
        this.mails = mails;
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TicketMails.Kind kind = TicketMails.Kind.valueOf((String) execution.getVariableLocal(Var.MAIL_KIND));
        mails.send(kind, tickets.numberOf(execution.getProcessInstanceId()),
                (String) execution.getVariable(Var.REFER_TO), (Date) execution.getVariable(Var.AUTO_CLOSE_AT));
    }
}
