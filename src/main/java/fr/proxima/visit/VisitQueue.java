package fr.proxima.visit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.security.EngineQueries;
import fr.proxima.security.UserDirectory;
import fr.proxima.ticket.Ticket;
import fr.proxima.ticket.TicketProcess;
import fr.proxima.ticket.TicketService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The order of a visit's work, which the service description fixes. The tickets given as the day's
 * priorities come first, then the lycée's tickets by priority and, between equal priorities, oldest
 * first. The requests declared on the day follow, then the inventory, then preventive maintenance. Each task
 * carries that order as its Tasklist priority, so that the filters sorted by priority show the day's
 * queue; equal priorities are sorted by the ticket's opening date.
 */
@Component
public class VisitQueue {

    /** Task priority of "Recueillir les priorités du jour": the first thing on arrival. */
    static final int ARRIVAL_PRIORITY = 5000;

    /** Task priority of the first ticket given as a day's priority; the next ones come just below. */
    static final int DAY_PRIORITY_TOP = 4000;

    /** Base task priority of the lycée's tickets, to which the ticket's priority (1 to 5) is added. */
    static final int TICKET_BASE = 3000;

    /** Base task priority of the requests declared on the day. */
    static final int DECLARED_BASE = 2000;

    static final int INVENTORY_PRIORITY = 30;

    static final int PREVENTIVE_PRIORITY = 20;

    static final int CLOSE_PRIORITY = 10;

    /** Lunch break between the usual morning and afternoon hours, 12:00–14:00. */
    static final LocalTime LUNCH_START = LocalTime.of(12, 0);

    static final LocalTime LUNCH_END = LocalTime.of(14, 0);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final DateTimeFormatter OPENED =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRANCE).withZone(VisitProcess.ZONE);

    private final ProcessEngine processEngine;

    private final TicketService tickets;

    private final VisitService visits;

    private final UserDirectory users;

    VisitQueue(ProcessEngine processEngine, TicketService tickets, VisitService visits, UserDirectory users) {
        this.processEngine = processEngine;
        this.tickets = tickets;
        this.visits = visits;
        this.users = users;
    }

    /** Returns the Tasklist priority of a ticket's work task in a visit. */
    static int ticketPriority(Ticket ticket, VisitReport report) {
        int dayRank = report.priorityTicketNumbers().indexOf(ticket.getNumber());
        if (dayRank >= 0) {
            return DAY_PRIORITY_TOP - dayRank;
        }
        int ticketPriority = ticket.getPriority() == null ? 0 : ticket.getPriority();
        return (ticket.isDeclaredOnSite() ? DECLARED_BASE : TICKET_BASE) + ticketPriority;
    }

    /** Returns why a ticket has its place in the visit's queue, in French. */
    static String reason(Ticket ticket, VisitReport report) {
        int dayRank = report.priorityTicketNumbers().indexOf(ticket.getNumber());
        String opened = "ouvert le " + OPENED.format(ticket.getOpenedAt());
        if (dayRank >= 0) {
            String givenBy = PrioritySource.labelOf(report.getPrioritiesGivenBy());
            return "Priorité du jour n° " + (dayRank + 1) + (givenBy == null ? "" : ", donnée par " + givenBy)
                    + " ; " + opened + ".";
        }
        String priority = "priorité " + ticket.getPriority();
        if (ticket.isDeclaredOnSite()) {
            return "Demande déclarée sur place le jour du passage : elle passe après les tickets du lycée ; "
                    + priority + ", " + opened + ".";
        }
        return "Ticket du lycée, " + priority + " ; à priorité égale, le plus ancien d'abord : " + opened + ".";
    }

    /** Gives the visit's open ticket tasks their place after the day's priorities changed. */
    void reorder(long visitId) {
        VisitReport report = visits.report(visitId);
        TaskService taskService = processEngine.getTaskService();
        for (Task task : openTicketTasks(visitId)) {
            Ticket ticket = tickets.get(tickets.numberOf(task.getProcessInstanceId()));
            EngineQueries.withoutAuthorization(processEngine, () -> {
                taskService.setPriority(task.getId(), ticketPriority(ticket, report));
                Task stored = taskService.createTaskQuery().taskId(task.getId()).singleResult();
                stored.setDescription(reason(ticket, report));
                taskService.saveTask(stored);
                return null;
            });
        }
    }

    /**
     * Copies the minutes recorded so far into the open closing task of the visit, whose form offers
     * them as the times to confirm.
     */
    void refreshClosingTimes(long visitId) {
        VisitReport report = visits.report(visitId);
        TaskService taskService = processEngine.getTaskService();
        EngineQueries.withoutAuthorization(processEngine, () -> {
            for (Task task : taskService.createTaskQuery().processDefinitionKey(VisitProcess.KEY)
                    .processInstanceBusinessKey(VisitProcess.businessKey(visitId))
                    .taskDefinitionKey(VisitProcess.Element.CLOSE).list()) {
                taskService.setVariablesLocal(task.getId(), closingTimes(report));
            }
            return null;
        });
    }

    /** Returns the closing form's time fields as the report has them. */
    static Map<String, Object> closingTimes(VisitReport report) {
        VisitTime time = report.recordedTime();
        return Map.of(
                "ticketMinutes", time.tickets(),
                "declaredMinutes", time.declared(),
                "inventoryMinutes", time.inventory(),
                "preventiveMinutes", time.preventive(),
                "otherMinutes", time.other());
    }

    /** Returns the lycée's waiting tickets as the options of the priority forms' ticket list. */
    SpinJsonNode priorityOptions(String uai) {
        ArrayNode options = JSON.createArrayNode();
        for (Ticket ticket : tickets.openTickets(uai)) {
            options.addObject()
                    .put("label", ticket.getNumber() + " : " + ticket.getTitle() + " (priorité " + ticket.getPriority()
                            + ")")
                    .put("value", ticket.getNumber());
        }
        return Spin.JSON(options.toString());
    }

    /**
     * Offers the lycée's waiting tickets, as they are now, in the open priority tasks of its visits.
     * Those tasks can be created days before the tickets that they should list.
     */
    void refreshPriorityOptions(String uai) {
        TaskService taskService = processEngine.getTaskService();
        EngineQueries.withoutAuthorization(processEngine, () -> {
            List<Task> priorityTasks = taskService.createTaskQuery().processDefinitionKey(VisitProcess.KEY)
                    .processVariableValueEquals(VisitProcess.Var.SCHOOL_UAI, uai)
                    .taskDefinitionKeyIn(VisitProcess.Element.GIVE_PRIORITIES, VisitProcess.Element.ARRIVAL_PRIORITIES)
                    .list();
            if (!priorityTasks.isEmpty()) {
                SpinJsonNode options = priorityOptions(uai);
                priorityTasks.forEach(task -> taskService.setVariableLocal(task.getId(), VisitProcess.Var.OPEN_TICKETS,
                        options));
            }
            return null;
        });
    }

    /** Returns the open work tasks of the tickets in the visit's queue. */
    List<Task> openTicketTasks(long visitId) {
        return EngineQueries.withoutAuthorization(processEngine, () -> processEngine.getTaskService()
                .createTaskQuery()
                .processDefinitionKey(TicketProcess.KEY)
                .taskDefinitionKey(TicketProcess.Element.WORK)
                .processVariableValueEquals(VisitProcess.Var.CURRENT_VISIT_ID, visitId)
                .active()
                .list());
    }

    /** Returns the visit's open tasks in the order of the day, with why each comes where it does. */
    public QueueView queue(long visitId) {
        Visit visit = visits.visit(visitId);
        VisitReport report = visits.report(visitId);
        List<QueueItem> items = new ArrayList<>();
        for (Task task : openTicketTasks(visitId)) {
            Ticket ticket = tickets.get(tickets.numberOf(task.getProcessInstanceId()));
            items.add(new QueueItem(0, ticket.isDeclaredOnSite() ? "Demande du jour" : "Ticket", ticket.getNumber(),
                    ticket.getTitle(), reason(ticket, report), task.getId(), task.getAssignee(),
                    ticketPriority(ticket, report), ticket.getOpenedAt()));
        }
        List<Task> visitTasks = EngineQueries.withoutAuthorization(processEngine, () -> processEngine.getTaskService()
                .createTaskQuery()
                .processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(VisitProcess.businessKey(visitId))
                .active()
                .list());
        for (Task task : visitTasks) {
            items.add(new QueueItem(0, "Étape du passage", null, task.getName(), stepReason(task), task.getId(),
                    task.getAssignee(), task.getPriority(), null));
        }
        items.sort(Comparator.comparingInt(QueueItem::priority).reversed()
                .thenComparing(QueueItem::openedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        List<QueueItem> ranked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ranked.add(items.get(i).withRank(i + 1));
        }
        Instant now = VisitService.now();
        long slotMinutes = workingMinutes(visit.getStart(), visit.getEnd());
        LocalTime nowThere = now.atZone(VisitProcess.ZONE).toLocalTime();
        long minutesLeft;
        if (now.isBefore(visit.startsAt())) {
            minutesLeft = slotMinutes;
        } else if (now.isBefore(visit.endsAt())) {
            minutesLeft = workingMinutes(nowThere, visit.getEnd());
        } else {
            minutesLeft = 0;
        }
        int recorded = report.totalMinutes();
        return new QueueView(visitId, visit.getSchoolUai(), PublishedVisits.describe(visit), visit.getTechnicianId(),
                users.displayName(visit.getTechnicianId()), visit.getStatus().label(), slotMinutes, minutesLeft, recorded,
                "Il reste " + VisitDurations.format(minutesLeft) + " sur le créneau de "
                        + VisitDurations.format(slotMinutes) + " ; " + VisitDurations.format(recorded)
                        + " de travail déjà notées.",
                ranked, processEngine.getName());
    }

    private static String stepReason(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case VisitProcess.Element.ARRIVAL_PRIORITIES ->
                    "À l'arrivée : le chef d'établissement ou le correspondant peut changer l'ordre du jour.";
            case VisitProcess.Element.INVENTORY -> "Après les tickets et les demandes du jour, si le temps le permet.";
            case VisitProcess.Element.PREVENTIVE -> "Après l'inventaire, si le temps le permet.";
            case VisitProcess.Element.CLOSE -> "En fin de passage : noter le temps passé sur chaque type de travail.";
            default -> "Étape du passage.";
        };
    }

    /**
     * Returns the minutes of work between two times of a visit day, without the lunch break of
     * 12:00–14:00 that a full-day visit spans and that the allocation does not count.
     */
    static long workingMinutes(LocalTime from, LocalTime to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        long total = Duration.between(from, to).toMinutes();
        LocalTime breakStart = from.isAfter(LUNCH_START) ? from : LUNCH_START;
        LocalTime breakEnd = to.isBefore(LUNCH_END) ? to : LUNCH_END;
        long lunch = breakStart.isBefore(breakEnd) ? Duration.between(breakStart, breakEnd).toMinutes() : 0;
        return total - lunch;
    }

    /** Sets the due date of a task to the end of its visit, for the filter of the visit in progress. */
    static Date dueDate(Visit visit) {
        return Date.from(visit.endsAt());
    }

    /**
     * One line of the queue.
     *
     * @param ticketNumber the ticket's number, or null for a step of the visit
     * @param openedAt when the ticket was opened, or null for a step of the visit
     */
    public record QueueItem(int rank, String kind, String ticketNumber, String title, String reason, String taskId,
            String assignee, int priority, Instant openedAt) {

        QueueItem withRank(int newRank) {
            return new QueueItem(newRank, kind, ticketNumber, title, reason, taskId, assignee, priority, openedAt);
        }
    }

    /**
     * A visit's queue with the time left on its slot.
     *
     * @param engineName the engine that contains the tasks, for the links that open them in Tasklist
     */
    public record QueueView(long visitId, String schoolUai, String visit, String technicianId, String technicianName,
            String status,
            long slotMinutes, long minutesLeft, int minutesRecorded, String timeSummary, List<QueueItem> items,
            String engineName) {
    }
}
