package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener of "Traiter le ticket": the claim starts the work, the completion records it. A completion
 * with invalid fields is rejected with French messages and changes nothing.
 */
@Component("workTicketListener")
class WorkTicketListener implements TaskListener {

    /** Maximum time of one record, in minutes: a full day of the 08:00–18:00 service window. */
    static final int MAX_MINUTES = 600;

    private final TicketService tickets;

    private final TicketDeadlines deadlines;

    private final TaskForms forms;

    private final TaskAssignees assignees;

    WorkTicketListener(TicketService tickets, TicketDeadlines deadlines, TaskForms forms, TaskAssignees assignees) {
        this.tickets = tickets;
        this.deadlines = deadlines;
        this.forms = forms;
        this.assignees = assignees;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = tickets.numberOf(task.getProcessInstanceId());
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                forms.prepare(task, List.of(Var.OUTCOME, Var.WORK_DONE, Var.MINUTES_SPENT, Var.OUT_OF_SCOPE_REASON));
            }
            case EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null) {
                    assignees.requireTechnician(number, task.getAssignee());
                    // The engine gives the task to the visit's technician when the visit starts:
                    // the work starts when a person claims or takes the task, not then.
                    if (TaskActors.isUserAction(task)) {
                        tickets.startWork(number, task.getAssignee());
                    }
                } else {
                    tickets.releaseWork(number, TaskActors.actor(task));
                }
            }
            case EVENTNAME_COMPLETE -> complete(task, number);
            default -> {
            }
        }
    }

    private void complete(DelegateTask task, String number) {
        WorkRecord work = read(task);
        tickets.recordWork(number, TaskActors.actor(task), work);
        if ("OUT_OF_SCOPE".equals(work.outcome())) {
            task.getExecution().setVariable(Var.SCOPE_REASON, work.outOfScopeReason());
            task.getExecution().setVariable(Var.REFER_TO, "");
        }
        if ("RESOLVED".equals(work.outcome())) {
            task.getExecution().setVariable(Var.AUTO_CLOSE_AT, deadlines.autoCloseDate());
        }
    }

    /** Reads and checks the form's fields; throws with every problem found. */
    static WorkRecord read(DelegateTask task) {
        List<String> errors = new ArrayList<>();
        Map<String, Object> form = task.getVariables();

        String outcome = TaskActors.text(task, Var.OUTCOME);
        if (outcome == null || outcome.isBlank()) {
            errors.add("Le champ « Issue de l'intervention » est obligatoire.");
        } else if (!TicketCatalog.OUTCOMES.containsKey(outcome)) {
            errors.add("La valeur du champ « Issue de l'intervention » n'est pas reconnue.");
        }
        String workDone = TicketRequestValidator.text(form, Var.WORK_DONE, "Travaux réalisés",
                TicketRequestValidator.DESCRIPTION_MAX, true, errors);
        Integer minutes = minutes(task.getVariable(Var.MINUTES_SPENT), errors);
        String reason = null;
        if ("OUT_OF_SCOPE".equals(outcome)) {
            reason = TicketRequestValidator.text(form, Var.OUT_OF_SCOPE_REASON, "Motif du hors périmètre",
                    TicketRequestValidator.REASON_MAX, true, errors);
        }
        if (!errors.isEmpty()) {
            throw new TicketValidationException(errors);
        }
        return new WorkRecord(workDone, minutes, outcome, reason);
    }

    private static Integer minutes(Object value, List<String> errors) {
        String field = "Temps passé (minutes)";
        if (value == null || value.toString().isBlank()) {
            errors.add("Le champ « " + field + " » est obligatoire.");
            return null;
        }
        double number;
        try {
            number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            errors.add("Le champ « " + field + " » doit être un nombre entier de minutes.");
            return null;
        }
        if (number != Math.rint(number) || number < 0 || number > MAX_MINUTES) {
            errors.add("Le champ « " + field + " » doit être un nombre entier de minutes entre 0 et "
                    + MAX_MINUTES + ".");
            return null;
        }
        return (int) number;
    }
}
