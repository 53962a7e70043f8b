package fr.proxima.ticket;

import static fr.proxima.ticket.TicketProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.VisitChangeService;
import fr.proxima.security.Groups;
import fr.proxima.support.PostgresIntegrationTest;
import fr.proxima.support.ReceivedMail;
import fr.proxima.support.TestMailbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ticket lifecycle driven over HTTP as Tasklist and the follow-up page drive it: the Camunda
 * REST API and {@code /api/tickets}, both with HTTP Basic, on PostgreSQL with the job executor on,
 * so that the asynchronous mail steps run on their own and reach the GreenMail SMTP server.
 *
 * <p>The test engine has a unique name (see {@code ContextIsolationInitializer}), so the REST paths
 * name it: {@code /engine-rest/engine/<name>/...}. The unnamed paths address the engine "default",
 * which does not exist in this context.
 */
@PostgresIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "proxima.admin.id=" + TicketLifecycleIT.ADMIN_ID,
        "proxima.admin.password=" + TicketLifecycleIT.ADMIN_PASSWORD,
        "proxima.admin.email=lifecycle.admin@proxima.example"})
class TicketLifecycleIT {

    /** First administrator, created at startup by the application from the proxima.admin properties. */
    static final String ADMIN_ID = "lifecycle.admin";
    static final String ADMIN_PASSWORD = "Admin-lifecycle-42";

    private static final String HENRI_IV = "0750654D";
    private static final String LOUIS_LE_GRAND = "0750655E";

    private static final Account ADMIN = new Account(ADMIN_ID, ADMIN_PASSWORD);
    private static final Account CORRESPONDENT = new Account("camille.dupre", "Correspondant-henri4-42");
    private static final String CORRESPONDENT_NAME = "Camille Dupré";
    private static final String CORRESPONDENT_EMAIL = "camille.dupre@lycee-henri4.example";
    private static final Account TECHNICIAN = new Account("theo.lefevre", "Technicien-henri4-42");
    private static final String TECHNICIAN_NAME = "Théo Lefèvre";
    private static final Account OTHER_CORRESPONDENT = new Account("ines.moreau", "Correspondant-llg-42");

    private static final String PRINTER_TITLE =
            "Imprimante de la salle B12 : bourrage à chaque page, l'accueil est bloqué";
    private static final String WORK_DONE =
            "Rouleau d'entraînement nettoyé, capot arrière réenclenché ; page de test imprimée sans bourrage.";

    /** Time allowed for the job executor to run an asynchronous step. Other builds may load the machine. */
    private static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(30);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A Tuesday of the school year, when the technician's morning visit is in progress. */
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 8);

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    TestMailbox mailbox;

    @Autowired
    VisitChangeService visitChanges;

    @Autowired
    PublishedVisits publishedVisits;

    private final HttpClient http = HttpClient.newHttpClient();

    /** HTTP Basic credentials of one Camunda user. */
    record Account(String id, String password) {
    }

    @BeforeEach
    void createUsersAndEmptyMailbox() {
        createUser(CORRESPONDENT, "Camille", "Dupré", CORRESPONDENT_EMAIL,
                Groups.CORRESPONDENTS, Groups.correspondentsOf(HENRI_IV));
        createUser(TECHNICIAN, "Théo", "Lefèvre", "theo.lefevre@proxima.example",
                Groups.TECHNICIANS, Groups.techniciansOf(HENRI_IV));
        createUser(OTHER_CORRESPONDENT, "Inès", "Moreau", "ines.moreau@lycee-louis-le-grand.example",
                Groups.CORRESPONDENTS, Groups.correspondentsOf(LOUIS_LE_GRAND));
        mailbox.purge();
        // The tests run on a working day while the technician is at the lycée.
        ClockUtil.setCurrentTime(Date.from(VISIT_DAY.atTime(10, 0).atZone(PARIS).toInstant()));
        if (publishedVisits.inProgress(HENRI_IV, ClockUtil.getCurrentTime().toInstant()).isEmpty()) {
            visitChanges.add(new VisitChangeService.VisitValues(VISIT_DAY.toString(), HENRI_IV, TECHNICIAN.id(),
                    "matin", null, null), ADMIN_ID);
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void engineRestRequiresCredentials() throws Exception {
        String definitions = engineRest("/process-definition?maxResults=50");

        HttpResponse<String> anonymous = get(definitions, null);
        HttpResponse<String> correspondent = get(definitions, CORRESPONDENT);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(correspondent.statusCode()).as(correspondent.body()).isEqualTo(200);
        assertThat(json(correspondent).findValuesAsText("key")).contains(TicketProcess.KEY);
    }

    @Test
    void ticketDeploymentContainsModelsAndForms() throws Exception {
        JsonNode definition = json(get(engineRest("/process-definition/key/" + TicketProcess.KEY), ADMIN));
        String deploymentId = definition.path("deploymentId").asText();
        String bpmnXml = json(get(engineRest("/process-definition/" + definition.path("id").asText() + "/xml"), ADMIN))
                .path("bpmn20Xml").asText();
        JsonNode resources = json(get(engineRest("/deployment/" + deploymentId + "/resources"), ADMIN));
        JsonNode decisions = json(get(engineRest("/decision-definition?deploymentId=" + deploymentId
                + "&maxResults=50"), ADMIN));

        // The starter names a deployed resource by its file path, which differs between target/classes and a jar.
        List<String> fileNames = new ArrayList<>();
        Set<String> deployedFormIds = new TreeSet<>();
        for (JsonNode resource : resources) {
            String name = resource.path("name").asText();
            fileNames.add(name.substring(name.lastIndexOf('/') + 1));
            if (name.endsWith(".form")) {
                String data = get(engineRest("/deployment/" + deploymentId + "/resources/"
                        + resource.path("id").asText() + "/data"), ADMIN).body();
                deployedFormIds.add(JSON.readTree(data).path("id").asText());
            }
        }

        assertThat(deploymentId).isNotBlank();
        assertThat(fileNames).contains("ticket.bpmn", "ticket-priority.dmn", "ticket-scope.dmn",
                "ticket-open.form", "ticket-work.form", "ticket-confirm.form", "ticket-part.form");
        assertThat(formRefs(bpmnXml)).containsExactlyInAnyOrder(TicketProcess.START_FORM, TicketProcess.WORK_FORM,
                TicketProcess.CONFIRM_FORM, TicketProcess.PART_FORM);
        assertThat(deployedFormIds).containsAll(formRefs(bpmnXml));
        // The business rule tasks use decisionRefBinding="deployment", so both tables must be in this deployment.
        assertThat(decisions.findValuesAsText("key"))
                .contains(TicketProcess.PRIORITY_DECISION, TicketProcess.SCOPE_DECISION);
    }

    @Test
    void coveredTicketResolvedConfirmedAndClosed() throws Exception {
        // The correspondent opens the ticket.
        HttpResponse<String> opened = submitStartForm(coveredPrinterRequest());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        String number = json(opened).path("businessKey").asText();

        assertThat(number).matches("\\d{4}-\\d{5}");
        // Filed while the technician is on site: the request joins the visit's queue at once.
        JsonNode workTask = awaitSingleTask(number, TECHNICIAN);
        JsonNode waiting = ticketDetail(number, CORRESPONDENT);
        assertThat(waiting.path("summary").path("status").asText()).isEqualTo(TicketStatus.IN_PROGRESS.name());
        assertThat(waiting.path("summary").path("declaredOnSite").asBoolean()).isTrue();
        assertThat(waiting.path("summary").path("title").asText()).isEqualTo(PRINTER_TITLE);
        assertThat(waiting.path("summary").path("priority").asInt()).isEqualTo(4);
        String openedYear = String.valueOf(
                Instant.parse(waiting.path("summary").path("openedAt").asText()).atZone(PARIS).getYear());
        assertThat(number).startsWith(openedYear + "-");

        // Another lycée's correspondent neither reads nor lists it.
        HttpResponse<String> otherDetail = get("/api/tickets/" + number, OTHER_CORRESPONDENT);
        assertThat(otherDetail.statusCode()).isEqualTo(404);
        assertThat(otherDetail.body()).doesNotContain(PRINTER_TITLE);
        assertThat(json(get("/api/tickets", OTHER_CORRESPONDENT)).findValuesAsText("number")).doesNotContain(number);

        // The visit gave the work task to its technician, who claims and resolves it.
        assertThat(workTask.path("name").asText()).isEqualTo("Traiter le ticket");
        assertThat(workTask.path("priority").asInt()).isEqualTo(2004);
        String workTaskId = workTask.path("id").asText();

        HttpResponse<String> claim = postJson(engineRest("/task/" + workTaskId + "/claim"), TECHNICIAN,
                JSON.createObjectNode().put("userId", TECHNICIAN.id()).toString());
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
        assertThat(ticketDetail(number, TECHNICIAN).path("summary").path("status").asText())
                .isEqualTo(TicketStatus.IN_PROGRESS.name());

        Map<String, Object> work = new LinkedHashMap<>();
        work.put(Var.WORK_DONE, WORK_DONE);
        work.put(Var.MINUTES_SPENT, 35);
        work.put(Var.OUTCOME, "RESOLVED");
        HttpResponse<String> resolved = submitTaskForm(workTaskId, TECHNICIAN, work);
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(204);
        assertThat(ticketDetail(number, CORRESPONDENT).path("summary").path("status").asText())
                .isEqualTo(TicketStatus.RESOLVED.name());

        // The job executor sends the resolution mail.
        List<ReceivedMail> mails = mailbox.awaitMessages(1, ASYNC_TIMEOUT);
        assertThat(mails).hasSize(1);
        ReceivedMail mail = mails.get(0);
        assertThat(mail.to()).containsExactly(CORRESPONDENT_EMAIL);
        assertThat(mail.subject()).isEqualTo("Ticket " + number + " résolu : " + PRINTER_TITLE);
        assertThat(mail.message().getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(mail.body()).contains("Bonjour " + CORRESPONDENT_NAME + ",");
        assertThat(mail.body()).contains(WORK_DONE);
        assertThat(mail.body()).contains("par " + TECHNICIAN_NAME + " (35 min)");
        assertThat(mail.body()).contains("Sans réponse de votre part, le ticket sera clos automatiquement le ");

        // The requester confirms the resolution.
        JsonNode confirmTask = awaitSingleTask(number, CORRESPONDENT);
        assertThat(confirmTask.path("name").asText()).isEqualTo("Confirmer la résolution");
        assertThat(confirmTask.path("assignee").asText()).isEqualTo(CORRESPONDENT.id());

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(Var.CONFIRMATION, "CONFIRMED");
        answer.put(Var.SATISFACTION, "4");
        HttpResponse<String> confirmed = submitTaskForm(confirmTask.path("id").asText(), CORRESPONDENT, answer);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);

        // The closing step runs in the same transaction as the confirmation.
        JsonNode instance = historicInstance(number);
        assertThat(instance.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(endEvents(instance)).containsExactly(TicketProcess.Element.END_CLOSED);
        assertThat(json(get(engineRest("/process-instance?businessKey=" + number + "&maxResults=10"), ADMIN)).size())
                .isZero();

        JsonNode closed = ticketDetail(number, CORRESPONDENT);
        assertThat(closed.path("summary").path("status").asText()).isEqualTo(TicketStatus.CLOSED.name());
        assertThat(closed.path("summary").path("statusLabel").asText()).isEqualTo(TicketStatus.CLOSED.label());
        assertThat(closed.path("closedAt").isNull()).isFalse();
        assertThat(closed.path("minutesSpent").asInt()).isEqualTo(35);
        JsonNode history = closed.path("history");
        assertThat(types(history)).containsSubsequence(TicketEventType.OPENED.name(),
                TicketEventType.WORK_RECORDED.name(), TicketEventType.MAIL_SENT.name(),
                TicketEventType.CONFIRMED.name(), TicketEventType.CLOSED.name());

        JsonNode workRecord = singleEvent(history, TicketEventType.WORK_RECORDED);
        assertThat(workRecord.path("author").asText()).isEqualTo(TECHNICIAN_NAME);
        assertThat(workRecord.path("minutesSpent").asInt()).isEqualTo(35);
        assertThat(workRecord.path("message").asText()).isEqualTo(WORK_DONE);
        assertThat(singleEvent(history, TicketEventType.MAIL_SENT).path("message").asText())
                .contains(mail.subject());
        JsonNode confirmation = singleEvent(history, TicketEventType.CONFIRMED);
        assertThat(confirmation.path("author").asText()).isEqualTo(CORRESPONDENT_NAME);
        assertThat(confirmation.path("message").asText()).contains("Satisfaction : 4/5.");
        assertThat(singleEvent(history, TicketEventType.CLOSED).path("message").asText())
                .isEqualTo("Clos après confirmation du demandeur.");

        assertThat(mailbox.messages()).hasSize(1);
    }

    @Test
    void outOfScopeTicketMailedAndEnded() throws Exception {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(Var.SCHOOL_UAI, HENRI_IV);
        form.put("service", "TELEPHONIE");
        form.put("equipmentKind", "AUTRE");
        form.put("urgency", "MOYENNE");
        form.put("impact", "POSTE");
        form.put(Var.TITLE, "Téléphone de l'accueil muet");
        form.put("description", "Plus de tonalité depuis ce matin à l'accueil ; le standard ne répond pas.");

        HttpResponse<String> opened = submitStartForm(form);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        String number = json(opened).path("businessKey").asText();

        List<ReceivedMail> mails = mailbox.awaitMessages(1, ASYNC_TIMEOUT);
        assertThat(mails).hasSize(1);
        ReceivedMail mail = mails.get(0);
        assertThat(mail.to()).containsExactly(CORRESPONDENT_EMAIL);
        assertThat(mail.subject()).isEqualTo("Ticket " + number + " hors périmètre : Téléphone de l'accueil muet");
        assertThat(mail.body()).contains(
                "Motif : La téléphonie n'entre pas dans le périmètre du service de maintenance de proximité.");
        assertThat(mail.body()).contains("Pour cette demande, adressez-vous à la personne ou au prestataire"
                + " chargé de la téléphonie de votre lycée.");

        // The mail job commits after the SMTP server has received the mail, so wait for the instance to end.
        JsonNode instance = await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> historicInstance(number), found -> "COMPLETED".equals(found.path("state").asText()));
        assertThat(endEvents(instance)).containsExactly(TicketProcess.Element.END_OUT_OF_SCOPE);
        JsonNode ticket = ticketDetail(number, CORRESPONDENT);
        assertThat(ticket.path("summary").path("status").asText()).isEqualTo(TicketStatus.OUT_OF_SCOPE.name());
        assertThat(ticket.path("scope").asText()).isEqualTo(TicketScope.NOT_COVERED);
        assertThat(json(get(taskQuery(number, null), TECHNICIAN)).size()).isZero();
        assertThat(mailbox.messages()).hasSize(1);
    }

    @Test
    void startFormWithoutTitleRejected() throws Exception {
        Map<String, Object> form = coveredPrinterRequest();
        form.remove(Var.TITLE);
        int ticketsBefore = json(get("/api/tickets", CORRESPONDENT)).size();
        long instancesBefore = ticketInstanceCount();

        HttpResponse<String> response = submitStartForm(form);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("message").asText()).contains("« Titre » est obligatoire");
        assertThat(json(get("/api/tickets", CORRESPONDENT)).size()).isEqualTo(ticketsBefore);
        assertThat(ticketInstanceCount()).isEqualTo(instancesBefore);
        assertThat(mailbox.messages()).isEmpty();
    }

    @Test
    void startAtChosenActivityRejected() throws Exception {
        int ticketsBefore = json(get("/api/tickets", OTHER_CORRESPONDENT)).size();
        String body = """
                {"businessKey":"pirate","skipCustomListeners":true,"skipIoMappings":true,
                 "startInstructions":[{"type":"startBeforeActivity","activityId":"Task_CloseConfirmed"}],
                 "variables":{"ticketNumber":{"value":"2026-00001"}}}""";

        HttpResponse<String> response = postJson(engineRest("/process-definition/key/" + TicketProcess.KEY + "/start"),
                CORRESPONDENT, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(json(response).path("message").asText()).contains("Seuls les administrateurs");
        assertThat(json(get("/api/tickets", OTHER_CORRESPONDENT)).size()).isEqualTo(ticketsBefore);
    }

    @Test
    void invalidTaskFormAnsweredInFrench() throws Exception {
        String number = json(submitStartForm(coveredPrinterRequest())).path("businessKey").asText();
        String taskId = awaitSingleTask(number, TECHNICIAN).path("id").asText();
        postJson(engineRest("/task/" + taskId + "/claim"), TECHNICIAN,
                "{\"userId\":\"" + TECHNICIAN.id() + "\"}");

        HttpResponse<String> response = submitTaskForm(taskId, TECHNICIAN,
                Map.of("workDone", "   ", "minutesSpent", 2.5, "outcome", "RESOLVED"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        String message = json(response).path("message").asText();
        assertThat(message).startsWith("Le champ « Travaux réalisés » est obligatoire.");
        assertThat(message).contains("« Temps passé (minutes) » doit être un nombre entier de minutes");
        assertThat(message).doesNotContain("ENGINE-").doesNotContain("TaskListener");
        assertThat(json(get(taskQuery(number, null), TECHNICIAN)).get(0).path("id").asText()).isEqualTo(taskId);
    }

    @Test
    void processVariablesNotWritableOutsideForms() throws Exception {
        HttpResponse<String> opened = submitStartForm(coveredPrinterRequest());
        String number = json(opened).path("businessKey").asText();
        JsonNode work = awaitSingleTask(number, TECHNICIAN);

        HttpResponse<String> response = postJson(engineRest("/task/" + work.path("id").asText() + "/variables"),
                TECHNICIAN, "{\"modifications\":{\"requester\":{\"value\":\"ines.moreau\"}}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(json(response).path("message").asText()).contains("Seuls les administrateurs");
    }

    private static Map<String, Object> coveredPrinterRequest() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(Var.SCHOOL_UAI, HENRI_IV);
        form.put("service", "IMPRESSION");
        form.put("equipmentKind", "IMPRIMANTE");
        form.put("urgency", "HAUTE");
        form.put("impact", "SALLE");
        form.put(Var.TITLE, PRINTER_TITLE);
        form.put("description", "Le bac 2 se bloque dès la première feuille ; papier changé, même résultat.");
        form.put("room", "B12");
        return form;
    }

    private HttpResponse<String> submitStartForm(Map<String, Object> fields) throws IOException, InterruptedException {
        return postJson(engineRest("/process-definition/key/" + TicketProcess.KEY + "/submit-form"), CORRESPONDENT,
                formBody(fields));
    }

    private HttpResponse<String> submitTaskForm(String taskId, Account account, Map<String, Object> fields)
            throws IOException, InterruptedException {
        return postJson(engineRest("/task/" + taskId + "/submit-form"), account, formBody(fields));
    }

    /** Returns the Camunda REST body of a form submission. The REST API infers each value's type from its JSON type. */
    private static String formBody(Map<String, Object> fields) throws JsonProcessingException {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        fields.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
        return JSON.writeValueAsString(body);
    }

    private String taskQuery(String number, String assignee) {
        return engineRest("/task?processInstanceBusinessKey=" + encode(number)
                + (assignee == null ? "" : "&assignee=" + encode(assignee)) + "&maxResults=10");
    }

    /** Waits for the one task of the ticket assigned to the user, which an asynchronous step creates. */
    private JsonNode awaitSingleTask(String number, Account assignee) {
        JsonNode tasks = await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> json(get(taskQuery(number, assignee.id()), assignee)), found -> found.size() == 1);
        return tasks.get(0);
    }

    /** Returns the historic process instance of the ticket, read as the administrator, or a missing node. */
    private JsonNode historicInstance(String number) throws IOException, InterruptedException {
        JsonNode instances = json(get(engineRest("/history/process-instance?processInstanceBusinessKey="
                + encode(number) + "&maxResults=10"), ADMIN));
        assertThat(instances.size()).as("historic instances of ticket %s", number).isLessThanOrEqualTo(1);
        return instances.path(0);
    }

    /** Returns the ids of the end events that the historic process instance reached. */
    private List<String> endEvents(JsonNode instance) throws IOException, InterruptedException {
        JsonNode activities = json(get(engineRest("/history/activity-instance?processInstanceId="
                + encode(instance.path("id").asText()) + "&activityType=noneEndEvent&maxResults=50"), ADMIN));
        return activities.findValuesAsText("activityId");
    }

    private long ticketInstanceCount() throws IOException, InterruptedException {
        return json(get(engineRest("/history/process-instance/count?processDefinitionKey=" + TicketProcess.KEY),
                ADMIN)).path("count").asLong();
    }

    private JsonNode ticketDetail(String number, Account account) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/tickets/" + number, account);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<String> types(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(entry -> entry.path("type").asText()).toList();
    }

    private static JsonNode singleEvent(JsonNode history, TicketEventType type) {
        List<JsonNode> events = StreamSupport.stream(history.spliterator(), false)
                .filter(entry -> type.name().equals(entry.path("type").asText()))
                .toList();
        assertThat(events).as("history entries of type %s in %s", type, history).hasSize(1);
        return events.get(0);
    }

    /** Returns the form keys that the start event and the user tasks of the model reference. */
    private static Set<String> formRefs(String bpmnXml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
        Set<String> keys = new TreeSet<>();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                keys.add(start.getCamundaFormRef());
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() != null) {
                keys.add(task.getCamundaFormRef());
            }
        }
        return keys;
    }

    private void createUser(Account account, String firstName, String lastName, String email, String... groupIds) {
        IdentityService identityService = processEngine.getIdentityService();
        if (identityService.createUserQuery().userId(account.id()).count() == 0) {
            User user = identityService.newUser(account.id());
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(account.password());
            identityService.saveUser(user);
        }
        for (String groupId : groupIds) {
            if (identityService.createUserQuery().userId(account.id()).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(account.id(), groupId);
            }
        }
    }

    private String engineRest(String path) {
        return "/engine-rest/engine/" + processEngine.getName() + path;
    }

    private HttpResponse<String> get(String path, Account account) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
        return send(request, account);
    }

    private HttpResponse<String> postJson(String path, Account account, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(request, account);
    }

    /** Sends the request with the account's HTTP Basic credentials, or none when the account is null. */
    private HttpResponse<String> send(HttpRequest.Builder request, Account account)
            throws IOException, InterruptedException {
        if (account != null) {
            String credentials = account.id() + ":" + account.password();
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
