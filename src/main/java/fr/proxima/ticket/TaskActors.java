package fr.proxima.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Helpers of the ticket task listeners: who acts on a task, and what its card shows. */
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

    /** Returns true when a logged-in user acts on the task, false when the engine does on its own. */
    static boolean isUserAction(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null;
    }

    /**
     * Copies the ticket's number, lycée and title onto the task, for the task cards of Tasklist's
     * filters. Reading them from the process instance would take READ on it, which correspondents
     * and technicians do not get. A task's own variables come with READ on the task.
     */
    static void copySummaryToTask(DelegateTask task) {
        for (String name : List.of(TicketProcess.Var.TICKET_NUMBER, TicketProcess.Var.SCHOOL_NAME,
                TicketProcess.Var.TITLE)) {
            task.setVariableLocal(name, task.getVariable(name));
        }
    }

    /** Reads a text variable of a task form, or null when it is absent. */
    static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
