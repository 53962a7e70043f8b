package fr.proxima.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the logged-in user, else its assignee. */
final class TaskActors {

    private TaskActors() {
    }

    static String actor(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : TicketService.SYSTEM_AUTHOR;
    }

    /** Reads a text variable of a task form, or null when it is absent. */
    static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
