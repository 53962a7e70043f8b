package fr.proxima.disposal;

import static fr.proxima.disposal.DisposalProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Mail tasks of d3e-disposal.bpmn. Each task is asynchronous with retries and names the mail it
 * sends in its local {@code mailKind} input; a failure after the last retry raises an incident.
 */
@Component("disposalMail")
class DisposalMailDelegate implements JavaDelegate {

    private final DisposalMails mails;

    private final DisposalService disposals;

    DisposalMailDelegate(DisposalMails mails, DisposalService disposals) {
        this.mails = mails;
        this.disposals = disposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisposalMails.Kind kind = DisposalMails.Kind.valueOf((String) execution.getVariableLocal(Var.MAIL_KIND));
        mails.send(kind, disposals.byProcessInstance(execution.getProcessInstanceId()).getId());
    }
}
