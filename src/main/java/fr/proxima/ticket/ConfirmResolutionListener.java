package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Listener of "Confirmer la résolution": records the requester's answer, with a reason to reopen. */
@Component("confirmResolutionListener")
class ConfirmResolutionListener implements TaskListener {

    static final String CONFIRMED = "CONFIRMED";
    static final String REOPENED = "REOPENED";

    private final TicketService tickets;

    private final TaskForms forms;

    private final TaskAssignees assignees;

    ConfirmResolutionListener(TicketService tickets, TaskForms forms, TaskAssignees assignees) {
        this.tickets = tickets;
        this.forms = forms;
        this.assignees = assignees;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            assignees.requireCorrespondent(task);
            return;
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // The form lists the work done, including the round that just resolved the ticket.
            forms.prepare(task, List.of(Var.CONFIRMATION, Var.REOPEN_REASON, Var.SATISFACTION, Var.COMMENT));
            return;
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String number = tickets.numberOf(task.getProcessInstanceId());
            tickets.answerResolution(number, TaskActors.actor(task), read(task));
        }
    }

    static ResolutionAnswer read(DelegateTask task) {
        List<String> errors = new ArrayList<>();
        Map<String, Object> form = task.getVariables();
        String confirmation = TaskActors.text(task, Var.CONFIRMATION);
        if (confirmation == null || confirmation.isBlank()) {
            errors.add("Le champ « Votre réponse » est obligatoire.");
        } else if (!CONFIRMED.equals(confirmation) && !REOPENED.equals(confirmation)) {
            errors.add("La valeur du champ « Votre réponse » n'est pas reconnue.");
        }
        String reason = null;
        if (REOPENED.equals(confirmation)) {
            reason = TicketRequestValidator.text(form, Var.REOPEN_REASON, "Motif de la réouverture",
                    TicketRequestValidator.REASON_MAX, true, errors);
        }
        Integer satisfaction = satisfaction(task.getVariable(Var.SATISFACTION), errors);
        String comment = TicketRequestValidator.text(form, Var.COMMENT, "Commentaire",
                TicketRequestValidator.REASON_MAX, false, errors);
        if (!errors.isEmpty()) {
            throw new TicketValidationException(errors);
        }
        return new ResolutionAnswer(CONFIRMED.equals(confirmation), reason, satisfaction, comment);
    }

    private static Integer satisfaction(Object value, List<String> errors) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            int score = Integer.parseInt(value.toString().trim());
            if (score >= 1 && score <= 5) {
                return score;
            }
        } catch (NumberFormatException e) {
            // Reported below with the other invalid values.
        }
        errors.add("Le champ « Satisfaction » doit être une note de 1 à 5.");
        return null;
    }
}
