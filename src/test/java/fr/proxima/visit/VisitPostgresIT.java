package fr.proxima.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.planning.VisitChangeService;
import fr.proxima.planning.VisitChangeService.VisitValues;
import fr.proxima.planning.VisitStatus;
import fr.proxima.security.Groups;
import fr.proxima.support.PostgresIntegrationTest;
import fr.proxima.support.ReceivedMail;
import fr.proxima.support.TestMailbox;
import fr.proxima.ticket.TicketProcess;
import fr.proxima.ticket.TicketService;
import fr.proxima.ticket.TicketStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole visit on PostgreSQL with the real SMTP server: a ticket filed the day before joins the
 * visit's queue, the technician resolves it, does the preventive maintenance and closes the visit;
 * the correspondent receives the resolution and the activité du jour, and the allocation API counts
 * the hours. The job executor is off so that the test moves the engine clock and runs the jobs.
 */
@PostgresIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class VisitPostgresIT {

    static final String LAMARTINE = "0750670W";
    static final String TECHNICIAN = "tech-visite-pg";
    static final String CORRESPONDENT = "corr-visite-pg";
    static final String CORRESPONDENT_MAIL = "corr-visite-pg@lycee.example";
    static final String PASSWORD = "Secret-visite-42";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired VisitChangeService visitChanges;
    @Autowired PublishedVisits publishedVisits;
    @Autowired TicketService tickets;
    @Autowired TestMailbox mailbox;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void wholeVisitMailsActivity() throws Exception {
        createUser(TECHNICIAN, null, Groups.TECHNICIANS, Groups.techniciansOf(LAMARTINE));
        createUser(CORRESPONDENT, CORRESPONDENT_MAIL, Groups.CORRESPONDENTS, Groups.correspondentsOf(LAMARTINE));
        mailbox.purge();

        setClock(LocalDateTime.of(2027, 3, 8, 9, 0));
        Visit visit = visitChanges.add(new VisitValues("2027-03-09", LAMARTINE, TECHNICIAN, "matin", null, null),
                "planificateur").visit();
        ProcessInstance ticket = openTicket();
        String number = historyService.createHistoricProcessInstanceQuery().processInstanceId(ticket.getId())
                .singleResult().getBusinessKey();
        assertThat(tickets.get(number).getNextVisitId()).isEqualTo(visit.getId());

        setClock(LocalDateTime.of(2027, 3, 9, 8, 30));
        runDueJobs();
        Task work = taskService.createTaskQuery().processInstanceId(ticket.getId()).singleResult();
        assertThat(work.getAssignee()).isEqualTo(TECHNICIAN);
        complete(TECHNICIAN, work, Map.of("workDone", "Toner remplacé, page de test imprimée.", "minutesSpent", 40,
                "outcome", "RESOLVED"));
        complete(TECHNICIAN, visitTask(visit, VisitProcess.Element.PREVENTIVE), preventive());
        setClock(LocalDateTime.of(2027, 3, 9, 11, 45));
        Map<String, Object> closing = new HashMap<>();
        closing.put("ticketMinutes", 40);
        closing.put("declaredMinutes", 0);
        closing.put("inventoryMinutes", 0);
        closing.put("preventiveMinutes", 50);
        closing.put("otherMinutes", 30);
        closing.put("otherWork", "Formation du correspondant au nouvel outil d'impression.");
        complete(TECHNICIAN, visitTask(visit, VisitProcess.Element.CLOSE), closing);
        runDueJobs();

        List<ReceivedMail> mails = mailbox.awaitMessages(2, Duration.ofSeconds(30));
        ReceivedMail activity = mails.stream().filter(mail -> mail.subject().startsWith("Activité du jour"))
                .findFirst().orElseThrow();
        assertThat(activity.to()).containsExactly(CORRESPONDENT_MAIL);
        assertThat(activity.subject()).isEqualTo("Activité du jour du mardi 9 mars 2027 : LYCEE GENERAL LAMARTINE");
        assertThat(activity.body()).contains("Filtres des vidéoprojecteurs dépoussiérés : fait, 6 vidéoprojecteurs")
                .contains("Imprimantes entretenues : non fait (kit de maintenance à commander par le lycée)")
                .contains("Formation du correspondant au nouvel outil d'impression.")
                .contains("Temps passé : 2 h");
        assertThat(mails).anyMatch(mail -> mail.subject().contains("résolu"));
        assertThat(tickets.get(number).getStatus()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(publishedVisits.find(visit.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.DONE);

        JsonNode allocation = getJson("/api/schools/" + LAMARTINE + "/allocation?schoolYear=2026-2027", CORRESPONDENT);
        assertThat(allocation.path("consumedHours").asDouble()).isEqualTo(2.0);
        JsonNode activities = getJson("/api/schools/" + LAMARTINE + "/activities", CORRESPONDENT);
        assertThat(activities.get(0).path("date").asText()).isEqualTo("2027-03-09");
        assertThat(activities.get(0).path("body").asText()).contains("Formation du correspondant");
    }

    private ProcessInstance openTicket() {
        Map<String, Object> form = new HashMap<>();
        form.put("schoolUai", LAMARTINE);
        form.put("service", "IMPRESSION");
        form.put("equipmentKind", "IMPRIMANTE");
        form.put("urgency", "HAUTE");
        form.put("impact", "SALLE");
        form.put("title", "Imprimante de la salle des professeurs");
        form.put("description", "Traits noirs sur chaque page.");
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TicketProcess.KEY).latestVersion().singleResult().getId();
        return as(CORRESPONDENT, () -> formService.submitStartForm(definitionId, form));
    }

    private Task visitTask(Visit visit, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(VisitProcess.businessKey(visit.getId()))
                .taskDefinitionKey(taskKey).singleResult();
    }

    private static Map<String, Object> preventive() {
        Map<String, Object> form = new HashMap<>();
        form.put("projectorFiltersResult", "DONE");
        form.put("projectorFiltersCount", 6);
        form.put("equipmentResult", "DONE");
        form.put("antivirusResult", "DONE");
        form.put("antivirusCount", 30);
        form.put("printersResult", "NOT_DONE");
        form.put("printersRemark", "kit de maintenance à commander par le lycée");
        form.put("preventiveMinutes", 50);
        return form;
    }

    /** Runs the due jobs of the lycée's tickets and visits, until none is left. */
    private void runDueJobs() {
        for (int round = 0; round < 20; round++) {
            Set<String> instances = new HashSet<>();
            runtimeService.createProcessInstanceQuery().variableValueEquals("schoolUai", LAMARTINE).list()
                    .forEach(instance -> instances.add(instance.getId()));
            List<Job> due = instances.isEmpty() ? List.of()
                    : managementService.createJobQuery().processInstanceIds(instances).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs kept coming after 20 rounds");
    }

    private void complete(String userId, Task task, Map<String, Object> variables) {
        as(userId, () -> {
            formService.submitTaskForm(task.getId(), variables);
            return null;
        });
    }

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

    private JsonNode getJson(String path, String userId) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((userId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                        .uri(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + credentials)
                        .header("Accept", "application/json")
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private void createUser(String userId, String email, String... groupIds) {
        User user = identityService.newUser(userId);
        user.setFirstName("Lou");
        user.setLastName("Bernard");
        user.setEmail(email);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        for (String groupId : groupIds) {
            identityService.createMembership(userId, groupId);
        }
    }

    private static void setClock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(Date.from(localTime.atZone(PARIS).toInstant()));
    }
}
