package fr.proxima.planning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Informer le lycée du changement": an asynchronous task with retries, as the publication mail. */
@Component("visitChangeMail")
class VisitChangeMailDelegate implements JavaDelegate {

    private final PlanningMails mails;

    VisitChangeMailDelegate(PlanningMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendChange(((Number) execution.getVariable(PlanningProcess.Var.VISIT_CHANGE_ID)).longValue());
    }
}
