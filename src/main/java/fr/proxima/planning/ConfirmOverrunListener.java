package fr.proxima.planning;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Listener of "Confirmer le dépassement de dotation": clears an earlier decision when the task is
 * created, then checks and records the planner's decision when it is completed.
 */
@Component("confirmOverrunListener")
class ConfirmOverrunListener implements TaskListener {

    /** Maximum length of the comment, as in the form. */
    static final int COMMENT_MAX = 2000;

    private final PlanningService plannings;

    ConfirmOverrunListener(PlanningService plannings) {
        this.plannings = plannings;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariables(List.of(PlanningProcess.Var.DECISION, PlanningProcess.Var.COMMENT));
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        Object decision = task.getVariable(PlanningProcess.Var.DECISION);
        if (decision == null || decision.toString().isBlank()) {
            throw new InvalidDecisionException("Le champ « Décision » est obligatoire : publiez le planning malgré le"
                    + " dépassement, ou abandonnez-le.");
        }
        if (!PlanningProcess.Decision.PUBLISH.equals(decision) && !PlanningProcess.Decision.ABANDON.equals(decision)) {
            throw new InvalidDecisionException("La valeur du champ « Décision » n'est pas reconnue : "
                    + PlanningProcess.Decision.PUBLISH + " ou " + PlanningProcess.Decision.ABANDON + " est attendu.");
        }
        Object comment = task.getVariable(PlanningProcess.Var.COMMENT);
        String text = comment == null || comment.toString().isBlank() ? null : comment.toString().strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidDecisionException("Le champ « Commentaire » dépasse " + COMMENT_MAX + " caractères.");
        }
        long planningId = ((Number) task.getVariable(PlanningProcess.Var.PLANNING_ID)).longValue();
        plannings.recordDecision(planningId, actor(task), text);
    }

    /** Returns the logged-in user who completes the task, else its assignee. */
    private static String actor(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : PlanningService.SYSTEM_AUTHOR;
    }

    /**
     * An invalid decision in the confirmation form, with a French message. A plain runtime
     * exception, so that Tasklist shows the message.
     */
    static class InvalidDecisionException extends RuntimeException {

        InvalidDecisionException(String message) {
            super(message);
        }
    }
}
