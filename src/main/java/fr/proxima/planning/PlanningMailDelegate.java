package fr.proxima.planning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Envoyer les passages aux lycées": an asynchronous task with retries; a failure after the last
 * retry raises an incident in Cockpit. Mails already sent are not sent again on a retry.
 */
@Component("planningMail")
class PlanningMailDelegate implements JavaDelegate {

    private final PlanningMails mails;

    PlanningMailDelegate(PlanningMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendPublication(((Number) execution.getVariable(PlanningProcess.Var.PLANNING_ID)).longValue());
    }
}
