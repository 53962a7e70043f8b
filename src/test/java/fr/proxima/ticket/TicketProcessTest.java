package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.proxima.mail.MailProperties;
import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.VisitChangeService;
import fr.proxima.support.ContextIsolationInitializer;
import fr.proxima.support.InMemoryH2Initializer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every path of ticket.bpmn on the real application (H2 in memory, demo accounts, mails as .eml
 * files in the outbox folder), with the job executor off: the tests run jobs and move the engine
 * clock themselves.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ContextConfiguration(initializers = {ContextIsolationInitializer.class, InMemoryH2Initializer.class})
class TicketProcessTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String HENRI_IV = "0750654D";
    static final String CORRESPONDENT = "correspondant";
    static final String TECHNICIAN = "technicien";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired TicketService tickets;
    @Autowired TicketMails ticketMails;
    @Autowired MailProperties mailProperties;
    @Autowired VisitChangeService visitChanges;
    @Autowired PublishedVisits publishedVisits;

    @BeforeEach
    void setUp() throws IOException {
        init(processEngine);
        // Thursday 17 December 2026, two days before the Christmas holidays of zone C.
        setClock(LocalDateTime.of(2026, 12, 17, 10, 0));
        ensureAfternoonVisit();
        deleteOutbox();
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void outOfScopeRequestEndsWithMail() throws Exception {
        ProcessInstance instance = open(request("TELEPHONIE", "AUTRE", null, "HAUTE", "LYCEE"));

        assertThat(instance).isWaitingAt(Element.MAIL_OUT_OF_SCOPE);
        executeJob(instance);

        assertThat(instance).hasPassed(Element.DECIDE_SCOPE).isEnded().hasPassed(Element.END_OUT_OF_SCOPE);
        Ticket ticket = ticketOf(instance);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OUT_OF_SCOPE);
        assertThat(ticket.getScope()).isEqualTo(TicketScope.NOT_COVERED);
        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("Ticket " + ticket.getNumber() + " hors périmètre : Téléphone de l'accueil");
        assertThat(body(mail)).contains("La téléphonie n'entre pas dans le périmètre")
                .contains("adressez-vous à la personne ou au prestataire chargé de la téléphonie");
    }

    @Test
    void administrativeSoftwareGoesToAcademie() throws Exception {
        ProcessInstance instance = open(request("LOGICIEL", "POSTE_FIXE", "ADMINISTRATIF", "MOYENNE", "POSTE"));

        executeJob(instance);

        assertThat(instance).isEnded().hasPassed(Element.END_ACADEMIE);
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.SENT_TO_ACADEMIE);
        assertThat(body(onlyMail())).contains("relève de l'Académie de Paris")
                .contains("la plateforme d'assistance informatique de votre académie");
    }

    @Test
    void coveredTicketReachesTechniciansWithPriority() {
        ProcessInstance instance = open(request("IMPRESSION", "IMPRIMANTE", null, "HAUTE", "SALLE"));

        assertThat(instance).isWaitingAt(Element.WORK);
        Task work = task(instance);
        assertThat(work.getName()).isEqualTo("Traiter le ticket");
        // The visit's queue: the lycée's tickets come after the day's priorities, by ticket priority.
        assertThat(work.getPriority()).isEqualTo(3004);
        assertThat(work.getAssignee()).isEqualTo(TECHNICIAN);
        assertThat(taskService.getIdentityLinksForTask(work.getId())).extracting(IdentityLink::getGroupId)
                .contains("techniciens-" + HENRI_IV);
        Ticket ticket = ticketOf(instance);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ticket.getNumber())
                .count()).isEqualTo(1);
        assertThat(taskService.getVariablesLocal(work.getId())).containsEntry("ticketNumber", ticket.getNumber())
                .containsEntry("title", "Demande de test")
                .containsKey("schoolName");
        assertThat(ticket.getNumber()).matches("2026-\\d{5}");
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.getPriority()).isEqualTo(4);
    }

    @Test
    void resolvedTicketMailedConfirmedAndClosed() throws Exception {
        ProcessInstance instance = open(request("POSTE", "POSTE_FIXE", "PEDAGOGIQUE", "MOYENNE", "POSTE"));
        Ticket ticket = ticketOf(instance);

        assertThat(task(instance).getAssignee()).isEqualTo(TECHNICIAN);
        completeWork(instance, "Barrette mémoire réinstallée, poste redémarré ; élève ravi", 45, "RESOLVED");
        assertThat(instance).isWaitingAt(Element.MAIL_RESOLUTION);
        executeJob(instance);

        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("Ticket " + ticket.getNumber() + " résolu : Poste qui ne démarre plus");
        assertThat(body(mail)).contains("Barrette mémoire réinstallée, poste redémarré ; élève ravi")
                .contains("(45 min)")
                .contains("clos automatiquement le jeudi 7 janvier 2027");
        assertThat(instance).isWaitingAt(Element.CONFIRM);
        assertThat(task(instance).getAssignee()).isEqualTo(CORRESPONDENT);
        assertThat(tickets.get(ticket.getNumber()).getStatus()).isEqualTo(TicketStatus.RESOLVED);

        completeAs(CORRESPONDENT, task(instance), Map.of("confirmation", "CONFIRMED", "satisfaction", "5"));

        assertThat(instance).isEnded().hasPassed(Element.CLOSE_CONFIRMED, Element.END_CLOSED);
        Ticket closed = tickets.get(ticket.getNumber());
        assertThat(closed.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(tickets.history(closed)).extracting(TicketEvent::getType)
                .contains(TicketEventType.OPENED, TicketEventType.WORK_RECORDED, TicketEventType.MAIL_SENT,
                        TicketEventType.CONFIRMED, TicketEventType.CLOSED);
        assertThat(tickets.history(closed)).filteredOn(event -> event.getType() == TicketEventType.WORK_RECORDED)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getAuthor()).isEqualTo(TECHNICIAN);
                    assertThat(event.getMinutesSpent()).isEqualTo(45);
                });
    }

    @Test
    void unansweredResolutionClosesAfterFiveWorkingDays() throws Exception {
        ProcessInstance instance = open(request("POSTE", "PORTABLE", "PEDAGOGIQUE", "BASSE", "POSTE"));
        claim(instance);
        completeWork(instance, "Pilote du pavé tactile réinstallé.", 20, "RESOLVED");
        executeJob(instance);

        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        // Friday 18 December, then the holidays until Monday 4 January: the fifth working day is 7 January.
        assertThat(timer.getDuedate()).isEqualTo(date(LocalDateTime.of(2027, 1, 7, 18, 0)));

        setClock(LocalDateTime.of(2027, 1, 7, 18, 1));
        managementService.executeJob(timer.getId());

        assertThat(instance).isEnded().hasPassed(Element.CLOSE_AUTOMATICALLY, Element.END_CLOSED);
        assertThat(tickets.history(ticketOf(instance))).extracting(TicketEvent::getMessage)
                .anyMatch(message -> message != null && message.startsWith("Clos automatiquement"));
    }

    @Test
    void reopenedTicketReturnsToTechnician() throws Exception {
        ProcessInstance instance = open(request("POSTE", "POSTE_FIXE", "PEDAGOGIQUE", "HAUTE", "POSTE"));
        claim(instance);
        completeWork(instance, "Câble réseau remplacé.", 15, "RESOLVED");
        executeJob(instance);

        assertThatThrownBy(() -> completeAs(CORRESPONDENT, task(instance), Map.of("confirmation", "REOPENED")))
                .hasMessageContaining("« Motif de la réouverture » est obligatoire");
        completeAs(CORRESPONDENT, task(instance),
                Map.of("confirmation", "REOPENED", "reopenReason", "Le poste perd encore le réseau."));

        // The visit is still in progress: the reopened ticket joins its queue again.
        arriveAtVisit(instance);
        assertThat(instance).isWaitingAt(Element.WORK);
        Ticket ticket = ticketOf(instance);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(tickets.history(ticket)).anyMatch(event -> event.getType() == TicketEventType.REOPENED);
        assertThat(runtimeService.getVariable(instance.getId(), "workHistory").toString())
                .contains("Câble réseau remplacé\\.");

        // A second resolution sends a second mail, under its own key.
        claim(instance);
        completeWork(instance, "Prise murale rebrassée.", 25, "RESOLVED");
        executeJob(instance);
        assertThat(mails()).hasSize(2);
    }

    @Test
    void unfinishedTicketWaitsForNextVisit() {
        ProcessInstance instance = open(request("VIDEOPROJECTION", "VIDEOPROJECTEUR", null, "MOYENNE", "SALLE"));
        claim(instance);

        taskService.setAssignee(task(instance).getId(), null);
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.WAITING_FOR_VISIT);
        assertThat(task(instance).getAssignee()).isNull();
        claim(instance);
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);

        completeWork(instance, "Lampe commandée par le lycée, diagnostic fait.", 30, "NEXT_VISIT");

        // Not later in the same visit but at the next one; the lycée has none planned yet.
        assertThat(instance).isWaitingAt("Event_WaitForPlanning");
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.WAITING_FOR_PLANNING);
    }

    @Test
    void partSuppliedByLyceeResumesWork() {
        ProcessInstance instance = open(request("POSTE", "POSTE_FIXE", "PEDAGOGIQUE", "MOYENNE", "POSTE"));
        claim(instance);
        completeWork(instance, "Disque dur défectueux : le lycée doit en fournir un.", 20, "WAITING_FOR_PART");

        assertThat(instance).isWaitingAt(Element.SUPPLY_PART);
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.WAITING_FOR_PART);
        assertThat(taskService.getIdentityLinksForTask(task(instance).getId())).extracting(IdentityLink::getGroupId)
                .contains("correspondants-" + HENRI_IV);
        completeAs(CORRESPONDENT, task(instance), Map.of("comment", "Disque rangé au CDI."));

        // The part arrived during the visit: the ticket joins its queue again.
        arriveAtVisit(instance);
        assertThat(instance).isWaitingAt(Element.WORK);
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void technicianFindsTicketOutOfScope() throws Exception {
        ProcessInstance instance = open(request("POSTE", "POSTE_FIXE", "PEDAGOGIQUE", "MOYENNE", "POSTE"));
        claim(instance);

        Map<String, Object> work = workVariables("Constat fait sur place.", 10, "OUT_OF_SCOPE");
        assertThatThrownBy(() -> completeAs(TECHNICIAN, task(instance), work))
                .hasMessageContaining("« Motif du hors périmètre » est obligatoire");
        // A long explanation is kept whole, up to the form's 2,000 characters.
        work.put("outOfScopeReason", "La panne vient du serveur pédagogique, hors périmètre. " + "é".repeat(1900));
        completeAs(TECHNICIAN, task(instance), work);
        executeJob(instance);

        assertThat(instance).isEnded().hasPassed(Element.END_OUT_OF_SCOPE);
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.OUT_OF_SCOPE);
        assertThat(body(onlyMail())).contains("La panne vient du serveur pédagogique, hors périmètre.");
    }

    @Test
    void workTaskStaysWithLyceeTechnicians() {
        ProcessInstance instance = open(request("IMPRESSION", "IMPRIMANTE", null, "MOYENNE", "POSTE"));

        assertThatThrownBy(() -> taskService.setAssignee(task(instance).getId(), "correspondant2"))
                .hasMessageContaining("un technicien qui intervient dans ce lycée");

        assertThat(task(instance).getAssignee()).isEqualTo(TECHNICIAN);
        assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void tamperedTicketNumberIgnored() {
        ProcessInstance first = open(request("IMPRESSION", "IMPRIMANTE", null, "MOYENNE", "POSTE"));
        ProcessInstance second = open(request("IMPRESSION", "IMPRIMANTE", null, "MOYENNE", "POSTE"));
        claim(second);

        // The form sends another ticket's number: the work still goes to the ticket of this process.
        Map<String, Object> work = workVariables("Toner remplacé.", 10, "NEXT_VISIT");
        work.put("ticketNumber", ticketOf(first).getNumber());
        completeAs(TECHNICIAN, task(second), work);

        assertThat(tickets.history(ticketOf(second))).anyMatch(e -> e.getType() == TicketEventType.WORK_RECORDED);
        assertThat(tickets.history(ticketOf(first))).noneMatch(e -> e.getType() == TicketEventType.WORK_RECORDED);
    }

    @Test
    void invalidStartFormRejectedWholly() {
        Map<String, Object> form = request("POSTE", "POSTE_FIXE", null, "MOYENNE", "POSTE");
        form.put("title", "   ");
        long before = tickets.findVisible("admin").size();

        assertThatThrownBy(() -> open(form))
                .isInstanceOf(TicketValidationException.class)
                .hasMessageContaining("« Titre » est obligatoire")
                .hasMessageContaining("« Usage du poste » est obligatoire");
        assertThat(tickets.findVisible("admin")).hasSize((int) before);
    }

    @Test
    void ticketForAnotherLyceeRejected() {
        Map<String, Object> form = request("IMPRESSION", "IMPRIMANTE", null, "MOYENNE", "POSTE");
        form.put("schoolUai", "0750655E");

        assertThatThrownBy(() -> open(form))
                .hasMessage("Vous ne pouvez ouvrir un ticket que pour un lycée dont vous êtes correspondant ou technicien.");
    }

    @Test
    void invalidWorkRecordKeepsTask() {
        ProcessInstance instance = open(request("IMPRESSION", "IMPRIMANTE", null, "MOYENNE", "POSTE"));
        claim(instance);

        assertThatThrownBy(() -> completeWork(instance, "Toner changé.", 9999, "RESOLVED"))
                .hasMessageContaining("entre 0 et 600");
        assertThatThrownBy(() -> completeWork(instance, "Toner changé.", 10, "PEUT_ETRE"))
                .hasMessageContaining("« Issue de l'intervention » n'est pas reconnue");

        assertThat(instance).isWaitingAt(Element.WORK);
        assertThat(tickets.history(ticketOf(instance))).noneMatch(e -> e.getType() == TicketEventType.WORK_RECORDED);
    }

    @Test
    void failingMailRetriesThenRaisesIncident() throws Exception {
        ProcessInstance instance = open(request("TELEPHONIE", "AUTRE", null, "BASSE", "POSTE"));
        Path outbox = Path.of(mailProperties.outboxDir());
        Files.createDirectories(outbox.getParent());
        Files.writeString(outbox, "a file where the outbox folder should be");
        try {
            for (int attempt = 1; attempt <= 3; attempt++) {
                Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
                assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
            }
            Job failed = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
            assertThat(failed.getRetries()).isZero();
            assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        } finally {
            Files.delete(outbox);
        }

        managementService.setJobRetries(
                managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId(), 1);
        executeJob(instance);
        assertThat(instance).isEnded();
        assertThat(mails()).hasSize(1);
    }

    @Test
    void retriedMailJobSendsOnce() throws Exception {
        ProcessInstance instance = open(request("CABLAGE", "AUTRE", null, "BASSE", "POSTE"));
        Ticket ticket = ticketOf(instance);

        // The same mail asked twice, as a job retried after a failure that followed the sending would.
        ticketMails.send(TicketMails.Kind.OUT_OF_SCOPE, ticket.getNumber(), "la Région", null);
        executeJob(instance);

        assertThat(mails()).hasSize(1);
        assertThat(tickets.history(tickets.get(ticket.getNumber())))
                .filteredOn(e -> e.getType() == TicketEventType.MAIL_SENT).hasSize(1);
    }

    static Map<String, Object> request(String service, String kind, String usage, String urgency, String impact) {
        Map<String, Object> form = new HashMap<>();
        form.put("schoolUai", HENRI_IV);
        form.put("service", service);
        form.put("equipmentKind", kind);
        if (usage != null) {
            form.put("usage", usage);
        }
        form.put("urgency", urgency);
        form.put("impact", impact);
        form.put("title", switch (service) {
            case "TELEPHONIE" -> "Téléphone de l'accueil";
            case "POSTE" -> "Poste qui ne démarre plus";
            default -> "Demande de test";
        });
        form.put("description", "Décrit par le correspondant, avec des accents : éàçœ.");
        form.put("room", "B12");
        return form;
    }

    /** Opens a ticket as the correspondent; a covered one then reaches the afternoon visit's queue. */
    private ProcessInstance open(Map<String, Object> form) {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TicketProcess.KEY).latestVersion().singleResult().getId();
        ProcessInstance instance = as(CORRESPONDENT, () -> formService.submitStartForm(definitionId, form));
        arriveAtVisit(instance);
        return instance;
    }

    /** Moves the clock to the afternoon visit and runs the timer of a ticket waiting for it. */
    private void arriveAtVisit(ProcessInstance instance) {
        List<Job> timers = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId("Timer_NextVisit").list();
        if (!timers.isEmpty()) {
            setClock(LocalDateTime.of(2026, 12, 17, 14, 0));
            managementService.executeJob(timers.get(0).getId());
        }
    }

    /** Publishes, once for the whole class, the afternoon visit that the covered tickets wait for. */
    private void ensureAfternoonVisit() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 17, 10, 0);
        if (publishedVisits.upcoming(HENRI_IV, start.atZone(PARIS).toInstant()).isEmpty()) {
            visitChanges.add(new VisitChangeService.VisitValues("2026-12-17", HENRI_IV, TECHNICIAN, "après-midi",
                    null, null), "planificateur");
        }
    }

    private Ticket ticketOf(ProcessInstance instance) {
        // The ticket number is the business key; the history keeps it after the instance has ended.
        String number = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        return tickets.get(number);
    }

    /** Claims the task as the technician would in Tasklist; the visit already gave it to them. */
    private void claim(ProcessInstance instance) {
        as(TECHNICIAN, () -> {
            taskService.claim(task(instance).getId(), TECHNICIAN);
            return null;
        });
    }

    private void completeWork(ProcessInstance instance, String workDone, int minutes, String outcome) {
        completeAs(TECHNICIAN, task(instance), workVariables(workDone, minutes, outcome));
    }

    private static Map<String, Object> workVariables(String workDone, int minutes, String outcome) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("workDone", workDone);
        variables.put("minutesSpent", minutes);
        variables.put("outcome", outcome);
        return variables;
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

    private void executeJob(ProcessInstance instance) {
        managementService.executeJob(job(instance).getId());
    }

    private static void setClock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(date(localTime));
    }

    private static Date date(LocalDateTime localTime) {
        return Date.from(localTime.atZone(PARIS).toInstant());
    }

    private List<Path> mails() throws IOException {
        Path outbox = Path.of(mailProperties.outboxDir());
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private MimeMessage onlyMail() throws Exception {
        List<Path> files = mails();
        assertThat(files).hasSize(1);
        try (InputStream in = Files.newInputStream(files.get(0))) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    private void deleteOutbox() throws IOException {
        Path outbox = Path.of(mailProperties.outboxDir());
        if (Files.isDirectory(outbox)) {
            try (Stream<Path> files = Files.walk(outbox)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } else {
            Files.deleteIfExists(outbox);
        }
    }
}
