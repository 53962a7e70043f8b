package fr.proxima.visit;

import static fr.proxima.visit.VisitProcess.Element;
import static fr.proxima.visit.VisitProcess.Var;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.ticket.TicketService;
import fr.proxima.ticket.TicketValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Listener of the user tasks of visit.bpmn. On creation it gives each task its place in the day's
 * queue and fills its form; on completion it checks the form and records it in the visit's report.
 * A form with an invalid field is rejected with French messages and records nothing.
 */
@Component("visitTaskListener")
class VisitTaskListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Priority of the correspondent's task before the visit, among the other tasks of the lycée. */
    static final int GIVE_PRIORITIES_PRIORITY = 50;

    private final VisitService visits;

    private final VisitQueue queue;

    private final TicketService tickets;

    private final SchoolRepository schools;

    VisitTaskListener(VisitService visits, VisitQueue queue, TicketService tickets, SchoolRepository schools) {
        this.visits = visits;
        this.queue = queue;
        this.tickets = tickets;
        this.schools = schools;
    }

    @Override
    public void notify(DelegateTask task) {
        long visitId = ((Number) task.getVariable(Var.VISIT_ID)).longValue();
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> prepare(task, visitId);
            case EVENTNAME_COMPLETE -> record(task, visitId);
            default -> {
            }
        }
    }

    private void prepare(DelegateTask task, long visitId) {
        Visit visit = visits.visit(visitId);
        VisitReport report = visits.report(visitId);
        // Task cards show these; reading them from the process instance would take a right
        // that correspondents and technicians do not get.
        // Read from the stored visit: the priorities task is created before "Lire le passage" sets
        // the process variables.
        task.setVariableLocal(Var.SCHOOL_UAI, visit.getSchoolUai());
        task.setVariableLocal(Var.SCHOOL_NAME,
                schools.findById(visit.getSchoolUai()).map(School::displayName).orElse(visit.getSchoolUai()));
        task.setVariableLocal(Var.VISIT_LABEL, PublishedVisits.describe(visit));
        task.setDueDate(Element.GIVE_PRIORITIES.equals(task.getTaskDefinitionKey())
                ? Date.from(visit.startsAt()) : VisitQueue.dueDate(visit));
        switch (task.getTaskDefinitionKey()) {
            case Element.GIVE_PRIORITIES -> {
                task.setPriority(GIVE_PRIORITIES_PRIORITY);
                preparePriorities(task, report);
            }
            case Element.ARRIVAL_PRIORITIES -> {
                task.setPriority(VisitQueue.ARRIVAL_PRIORITY);
                preparePriorities(task, report);
            }
            case Element.INVENTORY -> task.setPriority(VisitQueue.INVENTORY_PRIORITY);
            case Element.PREVENTIVE -> task.setPriority(VisitQueue.PREVENTIVE_PRIORITY);
            case Element.CLOSE -> {
                task.setPriority(VisitQueue.CLOSE_PRIORITY);
                task.setVariablesLocal(VisitQueue.closingTimes(report));
            }
            default -> {
            }
        }
    }

    /** Offers the lycée's waiting tickets and fills in the priorities already given. */
    private void preparePriorities(DelegateTask task, VisitReport report) {
        task.setVariableLocal(Var.OPEN_TICKETS, queue.priorityOptions(report.getSchoolUai()));
        ArrayNode chosen = JSON.createArrayNode();
        report.priorityTicketNumbers().forEach(chosen::add);
        task.setVariableLocal(Var.PRIORITY_TICKETS, Spin.JSON(chosen.toString()));
        if (report.getPrioritiesGivenBy() != null) {
            task.setVariableLocal(Var.PRIORITIES_GIVEN_BY, report.getPrioritiesGivenBy());
        }
        if (report.getPrioritiesNote() != null) {
            task.setVariableLocal(Var.PRIORITIES_NOTE, report.getPrioritiesNote());
        }
    }

    private void record(DelegateTask task, long visitId) {
        VisitFormFields fields = new VisitFormFields(task);
        switch (task.getTaskDefinitionKey()) {
            case Element.GIVE_PRIORITIES, Element.ARRIVAL_PRIORITIES -> recordPriorities(task, visitId, fields);
            case Element.INVENTORY -> {
                int minutes = fields.minutes("inventoryMinutes", "Temps passé sur l'inventaire (minutes)", true);
                Integer items = fields.count("inventoryItems", "Équipements inventoriés ou mis à jour", 100_000);
                String note = fields.text("inventoryNote", "Observations", VisitFormFields.NOTE_MAX, false);
                throwIfInvalid(fields);
                visits.recordInventory(visitId, minutes, items, note);
                queue.refreshClosingTimes(visitId);
            }
            case Element.PREVENTIVE -> recordPreventive(visitId, fields);
            case Element.CLOSE -> recordClosing(task, visitId, fields);
            default -> {
            }
        }
    }

    private void recordPriorities(DelegateTask task, long visitId, VisitFormFields fields) {
        VisitReport report = visits.report(visitId);
        Set<String> waiting = new LinkedHashSet<>();
        tickets.openTickets(report.getSchoolUai()).forEach(ticket -> waiting.add(ticket.getNumber()));
        String givenBy = fields.choice(Var.PRIORITIES_GIVEN_BY, "Priorités données par",
                Arrays.stream(PrioritySource.values()).map(Enum::name).toList(), true);
        List<String> numbers = fields.ticketNumbers(Var.PRIORITY_TICKETS, "Tickets à traiter en premier", waiting);
        String note = fields.text(Var.PRIORITIES_NOTE, "Autres consignes du jour", 2000, false);
        throwIfInvalid(fields);
        visits.recordPriorities(visitId, givenBy, numbers, note, actor(task));
        queue.reorder(visitId);
    }

    private void recordPreventive(long visitId, VisitFormFields fields) {
        List<PreventiveCheck> checks = new ArrayList<>();
        for (PreventiveCheck.Item item : PreventiveCheck.Item.values()) {
            String prefix = item.fieldPrefix();
            String result = fields.choice(prefix + "Result", item.label(),
                    Arrays.stream(PreventiveCheck.Result.values()).map(Enum::name).toList(), true);
            Integer count = fields.count(prefix + "Count", item.label() + " : nombre de " + item.countedUnit(),
                    100_000);
            String remark = fields.text(prefix + "Remark", item.label() + " : remarque", 1000, false);
            if (result != null) {
                checks.add(new PreventiveCheck(item, PreventiveCheck.Result.valueOf(result), count, remark));
            }
        }
        int minutes = fields.minutes("preventiveMinutes", "Temps passé sur la maintenance préventive (minutes)", true);
        String note = fields.text("preventiveNote", "Observations", VisitFormFields.NOTE_MAX, false);
        throwIfInvalid(fields);
        visits.recordPreventive(visitId, minutes, checks, note);
        queue.refreshClosingTimes(visitId);
    }

    private void recordClosing(DelegateTask task, long visitId, VisitFormFields fields) {
        VisitTime time = new VisitTime(
                fields.minutes("ticketMinutes", "Tickets du lycée (minutes)", true),
                fields.minutes("declaredMinutes", "Demandes du jour (minutes)", true),
                fields.minutes("inventoryMinutes", "Inventaire (minutes)", true),
                fields.minutes("preventiveMinutes", "Maintenance préventive (minutes)", true),
                fields.minutes("otherMinutes", "Autres travaux (minutes)", true));
        String otherWork = fields.text("otherWork", "Autres travaux réalisés", VisitFormFields.NOTE_MAX,
                time.other() > 0);
        if (fields.errors().isEmpty() && time.total() > VisitFormFields.MAX_MINUTES) {
            fields.errors().add("Le temps total du passage (" + time.total() + " minutes) dépasse les "
                    + VisitFormFields.MAX_MINUTES + " minutes de la plage de service 08:00–18:00.");
        }
        throwIfInvalid(fields);
        visits.close(visitId, time, otherWork, actor(task), false);
    }

    private static void throwIfInvalid(VisitFormFields fields) {
        if (!fields.errors().isEmpty()) {
            throw new TicketValidationException(fields.errors());
        }
    }

    private static String actor(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : TicketService.SYSTEM_AUTHOR;
    }
}
