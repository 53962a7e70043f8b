package fr.proxima.disposal;

import static fr.proxima.disposal.DisposalProcess.Element;
import static fr.proxima.disposal.DisposalProcess.Var;

import fr.proxima.security.SchoolAccess;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Listener of the four user tasks of d3e-disposal.bpmn. On creation it prepares the form. On
 * assignment it keeps the task with the people of the lycée who may do it. On completion it checks
 * the form and records the step, and an invalid form is rejected with French messages and changes
 * nothing.
 */
@Component("disposalTaskListener")
class DisposalTaskListener implements TaskListener {

    static final String APPROVE = "APPROVE";
    static final String REFUSE = "REFUSE";

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Form fields of each task, cleared when the task is created so that no earlier value shows. */
    private static final Map<String, List<String>> FORM_FIELDS = Map.of(
            Element.CHECK, List.of(Var.WITHDRAWN_ITEMS, Var.WITHDRAWAL_REASON),
            Element.STORE, List.of(Var.STORAGE_ROOM),
            Element.APPROVE, List.of(Var.DECISION, Var.REFUSAL_REASON),
            Element.RECORD_PICKUP, List.of(Var.COLLECTOR_NAME, Var.PICKUP_DATE, Var.PICKUP_REFERENCE));

    private final DisposalService disposals;

    private final SchoolAccess schoolAccess;

    DisposalTaskListener(DisposalService disposals, SchoolAccess schoolAccess) {
        this.disposals = disposals;
        this.schoolAccess = schoolAccess;
    }

    @Override
    public void notify(DelegateTask task) {
        Disposal disposal = disposals.byProcessInstance(task.getProcessInstanceId());
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> prepare(task, disposal);
            case EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null) {
                    requireAllowed(task.getTaskDefinitionKey(), disposal, task.getAssignee(), true);
                }
            }
            case EVENTNAME_COMPLETE -> {
                String actor = actor(task);
                requireAllowed(task.getTaskDefinitionKey(), disposal, actor, false);
                complete(task, disposal, actor);
            }
            default -> {
            }
        }
    }

    private void prepare(DelegateTask task, Disposal disposal) {
        task.getExecution().removeVariables(FORM_FIELDS.getOrDefault(task.getTaskDefinitionKey(), List.of()));
        task.getExecution().setVariable(Var.ITEM_LIST, markdownItems(disposal.activeItems()));
        task.getExecution().setVariable(Var.DISPOSAL_ID, disposal.getId());
        // Tasklist's cards read these from the task: reading the process instance takes a permission
        // that correspondents, technicians and heads do not get.
        for (String name : List.of(Var.REFERENCE, Var.SCHOOL_NAME, Var.TITLE)) {
            task.setVariableLocal(name, task.getVariable(name));
        }
    }

    private void complete(DelegateTask task, Disposal disposal, String actor) {
        List<String> errors = new ArrayList<>();
        switch (task.getTaskDefinitionKey()) {
            case Element.CHECK -> {
                List<Long> withdrawn = FormValues.ids(task.getVariable(Var.WITHDRAWN_ITEMS), "Équipements à retirer",
                        errors);
                String reason = FormValues.text(task.getVariable(Var.WITHDRAWAL_REASON), "Motif du retrait",
                        FormValues.REASON_MAX, false, errors);
                FormValues.throwIfAny(errors);
                int left = disposals.check(disposal.getId(), withdrawn, reason, actor);
                task.getExecution().setVariable(Var.ITEMS_LEFT, left);
            }
            case Element.STORE -> {
                String room = FormValues.text(task.getVariable(Var.STORAGE_ROOM), "Salle de stockage",
                        FormValues.ROOM_MAX, true, errors);
                FormValues.throwIfAny(errors);
                disposals.store(disposal.getId(), room, actor);
            }
            case Element.APPROVE -> {
                Object decision = task.getVariable(Var.DECISION);
                if (decision == null || decision.toString().isBlank()) {
                    errors.add("Le champ « Décision » est obligatoire.");
                } else if (!APPROVE.equals(decision) && !REFUSE.equals(decision)) {
                    errors.add("La valeur du champ « Décision » n'est pas reconnue : choisissez d'approuver ou de"
                            + " refuser la réforme.");
                }
                String reason = FormValues.text(task.getVariable(Var.REFUSAL_REASON), "Motif du refus",
                        FormValues.REASON_MAX, REFUSE.equals(decision), errors);
                FormValues.throwIfAny(errors);
                boolean approved = APPROVE.equals(decision);
                disposals.decide(disposal.getId(), approved, reason, actor);
                task.getExecution().setVariable(Var.APPROVED, approved);
            }
            case Element.RECORD_PICKUP -> {
                String collector = FormValues.text(task.getVariable(Var.COLLECTOR_NAME), "Collecteur",
                        FormValues.COLLECTOR_MAX, true, errors);
                LocalDate date = FormValues.date(task.getVariable(Var.PICKUP_DATE), "Date d'enlèvement", true,
                        errors);
                String reference = FormValues.text(task.getVariable(Var.PICKUP_REFERENCE),
                        "Référence de l'enlèvement", FormValues.PICKUP_REFERENCE_MAX, true, errors);
                if (date != null && date.isAfter(LocalDate.ofInstant(DisposalService.now(), PARIS))) {
                    errors.add("Le champ « Date d'enlèvement » ne peut pas être dans le futur : enregistrez"
                            + " l'enlèvement une fois fait.");
                }
                FormValues.throwIfAny(errors);
                disposals.recordPickup(disposal.getId(), collector, date, reference, actor);
            }
            default -> throw new IllegalStateException("The disposal task listener does not handle task "
                    + task.getTaskDefinitionKey());
        }
    }

    /**
     * Rejects a user who may not do the task: a technician of the lycée for the check and the
     * storage, its head for the approval, a technician or correspondent for the pickup, or an
     * administrator. Camunda lets an assignee hand a task to any user id, hence this check.
     */
    private void requireAllowed(String taskKey, Disposal disposal, String userId, boolean assigning) {
        if (DisposalService.SYSTEM_AUTHOR.equals(userId) || schoolAccess.isAdministrator(userId)) {
            return;
        }
        String uai = disposal.getSchoolUai();
        boolean technician = schoolAccess.technicianSchools(userId).contains(uai);
        boolean allowed = switch (taskKey) {
            case Element.CHECK, Element.STORE -> technician;
            case Element.APPROVE -> schoolAccess.headSchools(userId).contains(uai);
            case Element.RECORD_PICKUP -> technician || schoolAccess.correspondentSchools(userId).contains(uai);
            default -> false;
        };
        if (!allowed) {
            String who = switch (taskKey) {
                case Element.APPROVE -> "le chef d'établissement du lycée";
                case Element.RECORD_PICKUP -> "un technicien ou un correspondant du lycée";
                default -> "un technicien qui intervient dans le lycée";
            };
            throw new DisposalValidationException(assigning
                    ? "Cette tâche ne peut être attribuée qu'" + (who.startsWith("le ") ? "au " + who.substring(3)
                            : "à " + who) + "."
                    : "Cette tâche ne peut être terminée que par " + who + ".");
        }
    }

    /** Builds one Markdown list item per item, its values escaped so that they show as typed. */
    static String markdownItems(List<DisposalItem> items) {
        StringBuilder list = new StringBuilder();
        for (String line : DisposalMails.itemLines(items).split("\n")) {
            if (!line.isEmpty()) {
                list.append("- ").append(escapeMarkdown(line.substring(2))).append('\n');
            }
        }
        return list.toString();
    }

    private static String escapeMarkdown(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~&\"'".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String actor(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : DisposalService.SYSTEM_AUTHOR;
    }
}
