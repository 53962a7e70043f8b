package fr.proxima.visit;

import static fr.proxima.visit.VisitProcess.Element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.proxima.mail.MailProperties;
import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.planning.VisitChangeService;
import fr.proxima.planning.VisitChangeService.VisitValues;
import fr.proxima.planning.VisitStatus;
import fr.proxima.support.ContextIsolationInitializer;
import fr.proxima.support.InMemoryH2Initializer;
import fr.proxima.ticket.Ticket;
import fr.proxima.ticket.TicketProcess;
import fr.proxima.ticket.TicketService;
import fr.proxima.ticket.TicketStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The on-site visit on the real application (H2 in memory, demo accounts, mails as .eml files), with
 * the job executor off: the tests move the engine clock and run the due jobs themselves. The tests
 * share one database, so each uses its own lycée or its own days.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ContextConfiguration(initializers = {ContextIsolationInitializer.class, InMemoryH2Initializer.class})
class VisitProcessTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String HENRI_IV = "0750654D";
    static final String LAVOISIER = "0750652B";
    static final String MONTAIGNE = "0750656F";
    static final String LOUIS_LE_GRAND = "0750657G";
    static final String SAINT_LOUIS = "0750660K";
    static final String CORRESPONDENT = "correspondant";
    static final String TECHNICIAN = "technicien";
    static final String PLANNER = "planificateur";
    /** Where a ticket waits for its visit: the event-based gateway before the timer. */
    static final String WAITING_FOR_VISIT = "Gateway_WaitForVisit";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired FormService formService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired TicketService tickets;
    @Autowired VisitChangeService visitChanges;
    @Autowired PublishedVisits publishedVisits;
    @Autowired VisitService visits;
    @Autowired VisitQueue queue;
    @Autowired MailProperties mailProperties;

    @BeforeEach
    void setUp() {
        init(processEngine);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void queueOrdersByPriorityThenAge() {
        setClock(LocalDateTime.of(2027, 1, 11, 9, 0));
        Visit thursday = addVisit("2027-01-14", HENRI_IV, "matin");
        ProcessInstance low = openAs(CORRESPONDENT, HENRI_IV, "Souris à changer", "BASSE", "POSTE");
        ProcessInstance highOld = openAs(CORRESPONDENT, HENRI_IV, "Imprimante de la salle B12", "HAUTE", "SALLE");
        setClock(LocalDateTime.of(2027, 1, 11, 10, 0));
        ProcessInstance highNew = openAs(CORRESPONDENT, HENRI_IV, "Vidéoprojecteur de la salle A3", "HAUTE", "SALLE");
        ProcessInstance medium = openAs(CORRESPONDENT, HENRI_IV, "Poste lent en CDI", "MOYENNE", "POSTE");

        for (ProcessInstance instance : List.of(low, highOld, highNew, medium)) {
            assertThat(instance).isWaitingAt(WAITING_FOR_VISIT);
            assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.WAITING_FOR_VISIT);
            assertThat(ticketOf(instance).getNextVisitId()).isEqualTo(thursday.getId());
        }
        assertThat(timerDue(low)).isEqualTo(instant(LocalDateTime.of(2027, 1, 14, 8, 30)));

        // Before the visit, the correspondent may give the day's priorities in Tasklist.
        Task givePriorities = visitTask(thursday, Element.GIVE_PRIORITIES);
        assertThat(taskService.getIdentityLinksForTask(givePriorities.getId()))
                .anyMatch(link -> ("correspondants-" + HENRI_IV).equals(link.getGroupId()));
        // The task was created with the visit, before the tickets: it lists them all the same.
        assertThat(taskService.getVariable(givePriorities.getId(), "openTickets").toString())
                .contains(number(low), number(highOld), number(highNew), number(medium));
        completeAs(CORRESPONDENT, givePriorities, Map.of("prioritiesGivenBy", "CORRESPONDENT",
                "priorityTickets", Spin.JSON("[\"" + number(medium) + "\"]"), "prioritiesNote", "Le CDI ouvre à 9 h."));

        setClock(LocalDateTime.of(2027, 1, 14, 8, 30));
        runDueJobs(HENRI_IV);

        assertThat(queueTitles(thursday)).containsExactly("Recueillir les priorités du jour", "Poste lent en CDI",
                "Imprimante de la salle B12", "Vidéoprojecteur de la salle A3", "Souris à changer",
                "Faire l'inventaire du parc", "Réaliser la maintenance préventive", "Clore le passage");
        Task work = workTask(highOld);
        assertThat(work.getAssignee()).isEqualTo(TECHNICIAN);
        assertThat(work.getDescription()).contains("priorité 4").contains("le plus ancien d'abord");
        assertThat(ticketOf(highOld).getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);

        // On arrival the head changes the order: the mouse first, then the usual order.
        Task arrival = visitTask(thursday, Element.ARRIVAL_PRIORITIES);
        assertThat(taskService.getVariable(arrival.getId(), "priorityTickets").toString()).contains(number(medium));
        completeAs(TECHNICIAN, arrival, Map.of("prioritiesGivenBy", "HEAD",
                "priorityTickets", Spin.JSON("[\"" + number(low) + "\"]")));

        assertThat(queueTitles(thursday)).containsExactly("Souris à changer", "Imprimante de la salle B12",
                "Vidéoprojecteur de la salle A3", "Poste lent en CDI", "Faire l'inventaire du parc",
                "Réaliser la maintenance préventive", "Clore le passage");
        assertThat(queue.queue(thursday.getId()).items().get(0).reason())
                .startsWith("Priorité du jour n° 1, donnée par le chef d'établissement");

        // The technician's Tasklist filter of the day's visit shows the same order.
        String filterId = filterService.createFilterQuery().filterName("File du passage en cours").singleResult()
                .getId();
        List<String> filtered = as(TECHNICIAN, () -> filterService.<Task>listPage(filterId, 0, 100)).stream()
                .filter(task -> task.getDueDate() != null && !task.getDueDate().toInstant().isBefore(thursday.startsAt()))
                .map(Task::getName).toList();
        assertThat(filtered).startsWith("Traiter le ticket", "Traiter le ticket", "Traiter le ticket",
                "Traiter le ticket", "Faire l'inventaire du parc", "Réaliser la maintenance préventive",
                "Clore le passage");
    }

    @Test
    void unfinishedTicketMovesToNextVisit() throws IOException {
        setClock(LocalDateTime.of(2027, 1, 11, 9, 0));
        Visit first = addVisit("2027-01-12", LAVOISIER, "matin");
        Visit second = addVisit("2027-01-19", LAVOISIER, "matin");
        ProcessInstance leftOpen = openAs(TECHNICIAN, LAVOISIER, "Poste en panne salle 12", "HAUTE", "POSTE");
        ProcessInstance postponed = openAs(TECHNICIAN, LAVOISIER, "Écran qui scintille", "BASSE", "POSTE");
        assertThat(ticketOf(leftOpen).isDeclaredOnSite()).isFalse();

        setClock(LocalDateTime.of(2027, 1, 12, 8, 30));
        runDueJobs(LAVOISIER);
        completeWork(postponed, "Câble changé, à revoir", 20, "NEXT_VISIT");
        assertThat(postponed).isWaitingAt(WAITING_FOR_VISIT);
        assertThat(ticketOf(postponed).getNextVisitId()).isEqualTo(second.getId());

        completeAs(TECHNICIAN, visitTask(first, Element.INVENTORY),
                Map.of("inventoryMinutes", 45, "inventoryItems", 12, "inventoryNote", "Salle 12 étiquetée."));
        setClock(LocalDateTime.of(2027, 1, 12, 11, 50));
        Task close = visitTask(first, Element.CLOSE);
        assertThat(taskService.getVariable(close.getId(), "ticketMinutes")).isEqualTo(20);
        assertThat(taskService.getVariable(close.getId(), "inventoryMinutes")).isEqualTo(45);
        completeAs(TECHNICIAN, close, closing(20, 0, 45, 0, 30, "Réunion avec le proviseur adjoint."));
        runDueJobs(LAVOISIER);

        assertThat(leftOpen).isWaitingAt(WAITING_FOR_VISIT);
        Ticket carried = ticketOf(leftOpen);
        assertThat(carried.getStatus()).isEqualTo(TicketStatus.WAITING_FOR_VISIT);
        assertThat(carried.getNextVisitId()).isEqualTo(second.getId());
        assertThat(tickets.history(carried)).anyMatch(event -> event.getMessage().contains("reporté au prochain passage"));
        assertThat(timerDue(leftOpen)).isEqualTo(instant(LocalDateTime.of(2027, 1, 19, 8, 30)));

        Visit done = publishedVisits.find(first.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(done.getConsumedMinutes()).isEqualTo(95);
        assertVisitEndedAfter(first, Element.END_DONE);
        String activity = visits.activity(LAVOISIER, first.getDate()).orElseThrow().getBody();
        assertThat(activity).contains("12 équipements inventoriés").contains("Réunion avec le proviseur adjoint")
                .contains("Maintenance préventive : non réalisée");

        setClock(LocalDateTime.of(2027, 1, 19, 8, 30));
        runDueJobs(LAVOISIER);
        assertThat(workTask(leftOpen).getAssignee()).isEqualTo(TECHNICIAN);
        assertThat(workTask(postponed).getAssignee()).isEqualTo(TECHNICIAN);
    }

    @Test
    void movedOrCancelledVisitRecomputesTimers() {
        setClock(LocalDateTime.of(2027, 1, 11, 9, 0));
        Visit visit = addVisit("2027-01-13", MONTAIGNE, "après-midi");
        ProcessInstance instance = openAs(TECHNICIAN, MONTAIGNE, "Imprimante hors ligne", "MOYENNE", "SALLE");
        assertThat(timerDue(instance)).isEqualTo(instant(LocalDateTime.of(2027, 1, 13, 14, 0)));

        visitChanges.move(visit.getId(), new VisitValues("2027-01-15", null, null, "matin", null, null), PLANNER);

        assertThat(instance).isWaitingAt(WAITING_FOR_VISIT);
        assertThat(timerDue(instance)).isEqualTo(instant(LocalDateTime.of(2027, 1, 15, 8, 30)));
        assertThat(jobDue(visitProcess(visit), "Timer_VisitStart")).isEqualTo(instant(LocalDateTime.of(2027, 1, 15, 8, 30)));
        assertThat(ticketOf(instance).getNextVisitAt()).isEqualTo(instant(LocalDateTime.of(2027, 1, 15, 8, 30)));

        visitChanges.cancel(visit.getId(), "Technicien en formation", PLANNER);

        assertThat(instance).isWaitingAt("Event_WaitForPlanning");
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.WAITING_FOR_PLANNING);
        assertThat(ticketOf(instance).getNextVisitId()).isNull();
        assertVisitEndedAfter(visit, Element.END_CANCELLED);
    }

    @Test
    void lyceeWithoutVisitWaitsForPlanning() {
        setClock(LocalDateTime.of(2027, 1, 11, 9, 0));
        ProcessInstance instance = openAs(TECHNICIAN, LOUIS_LE_GRAND, "Clavier cassé", "BASSE", "POSTE");

        assertThat(instance).isWaitingAt("Event_WaitForPlanning");
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.WAITING_FOR_PLANNING);
        assertThat(tickets.history(ticketOf(instance)))
                .anyMatch(event -> event.getMessage().contains("Aucun passage n'est planifié"));

        addVisit("2027-01-21", LOUIS_LE_GRAND, "après-midi");

        assertThat(instance).isWaitingAt(WAITING_FOR_VISIT);
        assertThat(timerDue(instance)).isEqualTo(instant(LocalDateTime.of(2027, 1, 21, 14, 0)));
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.WAITING_FOR_VISIT);
    }

    @Test
    void visitHoursSurviveClockChanges() {
        // Spring: the clocks go forward on Sunday 29 March 2026; 08:30 in Paris is then 06:30 UTC.
        setClock(LocalDateTime.of(2026, 3, 27, 10, 0));
        addVisit("2026-03-30", SAINT_LOUIS, "matin");
        ProcessInstance spring = openAs(TECHNICIAN, SAINT_LOUIS, "Poste de la vie scolaire", "MOYENNE", "POSTE");
        assertThat(timerDue(spring)).isEqualTo(Instant.parse("2026-03-30T06:30:00Z"));

        setClock(LocalDateTime.of(2026, 3, 30, 8, 29));
        assertThat(managementService.createJobQuery().processInstanceId(spring.getId()).executable().count()).isZero();
        setClock(LocalDateTime.of(2026, 3, 30, 8, 30));
        runDueJobs(SAINT_LOUIS);
        assertThat(spring).isWaitingAt(TicketProcess.Element.WORK);

        // Autumn: the clocks go back on Sunday 25 October 2026; 08:30 in Paris is then 07:30 UTC.
        setClock(LocalDateTime.of(2026, 10, 16, 10, 0));
        addVisit("2026-11-03", SAINT_LOUIS, "matin");
        ProcessInstance autumn = openAs(TECHNICIAN, SAINT_LOUIS, "Imprimante du CDI", "MOYENNE", "SALLE");
        assertThat(timerDue(autumn)).isEqualTo(Instant.parse("2026-11-03T07:30:00Z"));
    }

    @Test
    void morningAndAfternoonShareActivity() throws IOException {
        setClock(LocalDateTime.of(2027, 1, 25, 9, 0));
        Visit morning = addVisit("2027-01-27", HENRI_IV, "matin");
        Visit afternoon = addVisit("2027-01-27", HENRI_IV, "après-midi");
        ProcessInstance ticket = openAs(CORRESPONDENT, HENRI_IV, "Salle informatique sans réseau", "HAUTE", "SALLE");

        setClock(LocalDateTime.of(2027, 1, 27, 8, 30));
        runDueJobs(HENRI_IV);
        assertThat(workTask(ticket).getDueDate().toInstant()).isEqualTo(morning.endsAt());
        setClock(LocalDateTime.of(2027, 1, 27, 12, 0));
        completeAs(TECHNICIAN, visitTask(morning, Element.PREVENTIVE), preventive());
        completeAs(TECHNICIAN, visitTask(morning, Element.CLOSE), closing(150, 0, 0, 40, 0, null));
        runDueJobs(HENRI_IV);

        // The unfinished ticket waits for the afternoon visit of the same day.
        assertThat(ticket).isWaitingAt(WAITING_FOR_VISIT);
        assertThat(ticketOf(ticket).getNextVisitId()).isEqualTo(afternoon.getId());
        setClock(LocalDateTime.of(2027, 1, 27, 14, 0));
        runDueJobs(HENRI_IV);
        assertThat(workTask(ticket).getDueDate().toInstant()).isEqualTo(afternoon.endsAt());

        // A request filed during the visit is declared on the day and comes after the lycée's tickets.
        setClock(LocalDateTime.of(2027, 1, 27, 14, 30));
        ProcessInstance declared = openAs(CORRESPONDENT, HENRI_IV, "Le vidéoprojecteur du CDI ne s'allume plus",
                "HAUTE", "LYCEE");
        assertThat(ticketOf(declared).isDeclaredOnSite()).isTrue();
        runDueJobs(HENRI_IV);
        List<String> titles = queueTitles(afternoon);
        assertThat(titles.indexOf("Salle informatique sans réseau"))
                .isLessThan(titles.indexOf("Le vidéoprojecteur du CDI ne s'allume plus"));
        assertThat(titles.indexOf("Le vidéoprojecteur du CDI ne s'allume plus"))
                .isLessThan(titles.indexOf("Faire l'inventaire du parc"));

        completeWork(ticket, "Prise réseau brassée", 30, "RESOLVED");
        completeWork(declared, "Lampe changée (fournie par le lycée)", 15, "RESOLVED");
        setClock(LocalDateTime.of(2027, 1, 27, 17, 30));
        completeAs(TECHNICIAN, visitTask(afternoon, Element.CLOSE), closing(30, 15, 0, 0, 0, null));
        runDueJobs(HENRI_IV);

        DailyActivity activity = visits.activity(HENRI_IV, morning.getDate()).orElseThrow();
        assertThat(activity.getBody()).contains("mercredi 27 janvier 2027, matin")
                .contains("mercredi 27 janvier 2027, après-midi")
                .contains("Déploiement de l'antivirus vérifié sur chaque poste : fait, 24 postes");
        assertThat(mailsWithSubject("Activité du jour du mercredi 27 janvier 2027")).hasSize(2);
        assertThat(publishedVisits.find(afternoon.getId()).orElseThrow().getConsumedMinutes()).isEqualTo(45);
    }

    @Test
    void unclosedVisitClosesItself() {
        setClock(LocalDateTime.of(2027, 1, 25, 9, 0));
        Visit visit = addVisit("2027-01-26", LAVOISIER, "matin");
        ProcessInstance ticket = openAs(TECHNICIAN, LAVOISIER, "Onduleur qui bipe", "MOYENNE", "SALLE");
        setClock(LocalDateTime.of(2027, 1, 26, 8, 30));
        runDueJobs(LAVOISIER);
        completeAs(TECHNICIAN, visitTask(visit, Element.INVENTORY), Map.of("inventoryMinutes", 60));

        setClock(LocalDateTime.of(2027, 1, 26, 12, 59));
        runDueJobs(LAVOISIER);
        assertThat(visitProcess(visit)).isWaitingAt(Element.CLOSE);
        setClock(LocalDateTime.of(2027, 1, 26, 13, 0));
        runDueJobs(LAVOISIER);

        assertVisitEndedAfter(visit, Element.AUTO_CLOSE_TIMER);
        VisitReport report = visits.findReport(visit.getId()).orElseThrow();
        assertThat(report.isClosedAutomatically()).isTrue();
        assertThat(publishedVisits.find(visit.getId()).orElseThrow().getConsumedMinutes()).isEqualTo(60);
        assertThat(ticket).isWaitingAt("Event_WaitForPlanning");
        assertThat(tickets.history(ticketOf(ticket)))
                .anyMatch(event -> event.getMessage().contains("reporté au prochain passage"));
    }

    @Test
    void invalidClosingFormRejected() {
        setClock(LocalDateTime.of(2027, 2, 1, 9, 0));
        Visit visit = addVisit("2027-02-02", SAINT_LOUIS, "matin");
        setClock(LocalDateTime.of(2027, 2, 2, 8, 30));
        runDueJobs(SAINT_LOUIS);
        Task close = visitTask(visit, Element.CLOSE);

        assertThatThrownBy(() -> completeAs(TECHNICIAN, close, closing(400, 0, 0, 0, 300, null)))
                .hasMessageContaining("« Autres travaux réalisés » est obligatoire");
        assertThatThrownBy(() -> completeAs(TECHNICIAN, close, closing(400, 0, 0, 0, 250, "Câblage")))
                .hasMessageContaining("dépasse les 600 minutes");
        assertThat(visitProcess(visit)).isWaitingAt(Element.CLOSE);
        assertThat(visits.findReport(visit.getId()).orElseThrow().isClosed()).isFalse();
    }

    private Visit addVisit(String date, String uai, String slot) {
        return visitChanges.add(new VisitValues(date, uai, TECHNICIAN, slot, null, null), PLANNER).visit();
    }

    private ProcessInstance openAs(String userId, String uai, String title, String urgency, String impact) {
        Map<String, Object> form = new HashMap<>();
        form.put("schoolUai", uai);
        form.put("service", "POSTE");
        form.put("equipmentKind", "POSTE_FIXE");
        form.put("usage", "PEDAGOGIQUE");
        form.put("urgency", urgency);
        form.put("impact", impact);
        form.put("title", title);
        form.put("description", "Signalé pour le test du passage.");
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TicketProcess.KEY).latestVersion().singleResult().getId();
        return as(userId, () -> formService.submitStartForm(definitionId, form));
    }

    private Ticket ticketOf(ProcessInstance instance) {
        return tickets.get(number(instance));
    }

    private String number(ProcessInstance instance) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
    }

    private Task workTask(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TicketProcess.Element.WORK).singleResult();
    }

    private void completeWork(ProcessInstance instance, String workDone, int minutes, String outcome) {
        completeAs(TECHNICIAN, workTask(instance), Map.of("workDone", workDone, "minutesSpent", minutes,
                "outcome", outcome));
    }

    private ProcessInstance visitProcess(Visit visit) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(VisitProcess.businessKey(visit.getId())).singleResult();
    }

    private void assertVisitEndedAfter(Visit visit, String activityId) {
        String id = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(VisitProcess.businessKey(visit.getId())).singleResult().getId();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id).activityId(activityId)
                .count()).isPositive();
    }

    private Task visitTask(Visit visit, String taskKey) {
        return taskService.createTaskQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(VisitProcess.businessKey(visit.getId()))
                .taskDefinitionKey(taskKey).singleResult();
    }

    private List<String> queueTitles(Visit visit) {
        return queue.queue(visit.getId()).items().stream().map(VisitQueue.QueueItem::title).toList();
    }

    private Instant timerDue(ProcessInstance instance) {
        return jobDue(instance, "Timer_NextVisit");
    }

    private Instant jobDue(ProcessInstance instance, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
        return job.getDuedate().toInstant();
    }

    /** Runs the jobs that are due for the lycée's tickets and visits, until none is left. */
    private void runDueJobs(String uai) {
        for (int round = 0; round < 20; round++) {
            Set<String> instances = new java.util.HashSet<>();
            runtimeService.createProcessInstanceQuery().variableValueEquals("schoolUai", uai).list()
                    .forEach(instance -> instances.add(instance.getId()));
            List<Job> due = instances.isEmpty() ? List.of() : managementService.createJobQuery()
                    .processInstanceIds(instances).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs of " + uai + " kept coming after 20 rounds");
    }

    private static Map<String, Object> closing(int ticketMinutes, int declaredMinutes, int inventoryMinutes,
            int preventiveMinutes, int otherMinutes, String otherWork) {
        Map<String, Object> form = new HashMap<>();
        form.put("ticketMinutes", ticketMinutes);
        form.put("declaredMinutes", declaredMinutes);
        form.put("inventoryMinutes", inventoryMinutes);
        form.put("preventiveMinutes", preventiveMinutes);
        form.put("otherMinutes", otherMinutes);
        if (otherWork != null) {
            form.put("otherWork", otherWork);
        }
        return form;
    }

    private static Map<String, Object> preventive() {
        Map<String, Object> form = new HashMap<>();
        form.put("projectorFiltersResult", "DONE");
        form.put("projectorFiltersCount", 3);
        form.put("equipmentResult", "DONE");
        form.put("antivirusResult", "DONE");
        form.put("antivirusCount", 24);
        form.put("printersResult", "NOT_APPLICABLE");
        form.put("preventiveMinutes", 40);
        return form;
    }

    private void completeAs(String userId, Task task, Map<String, Object> variables) {
        as(userId, () -> {
            formService.submitTaskForm(task.getId(), variables);
            return null;
        });
    }

    /** Runs a call as Tasklist would for this user: authenticated, with their groups, under authorization checks. */
    private <T> T as(String userId, Supplier<T> call) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).unlimitedList().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return call.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static void setClock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(Date.from(instant(localTime)));
    }

    private static Instant instant(LocalDateTime localTime) {
        return localTime.atZone(PARIS).toInstant();
    }

    private List<String> mailsWithSubject(String subjectStart) throws IOException {
        Path outbox = Path.of(mailProperties.outboxDir());
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(outbox)) {
            return found;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".eml")).toList()) {
                String content = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (decodedSubject(content).startsWith(subjectStart)) {
                    found.add(content);
                }
            }
        }
        return found;
    }

    private static String decodedSubject(String eml) {
        try {
            jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                    jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(eml.getBytes(StandardCharsets.ISO_8859_1)));
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
