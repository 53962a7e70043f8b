package fr.proxima.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.proxima.browser.TasklistDashboard.TaskCard;
import fr.proxima.browser.TicketFollowUpPage.TicketRow;
import fr.proxima.support.Browser;
import fr.proxima.support.BrowserExtension;
import fr.proxima.support.CamundaLoginPage;
import fr.proxima.support.CamundaWebapp;
import fr.proxima.support.CamundaWebappPage;
import fr.proxima.support.H2IntegrationTest;
import fr.proxima.support.ReceivedMail;
import fr.proxima.support.TestMailbox;
import fr.proxima.ticket.TicketProcess;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One ticket through the real Tasklist in headless Chromium, with the demo accounts: the
 * correspondent of Henri-IV opens it, the technician resolves it, the correspondent of
 * Louis-le-Grand cannot see it, and the requester confirms the resolution.
 *
 * <p>The steps run in order on one shared ticket, each in a browser of its own. A step whose
 * ticket an earlier step could not bring to the needed state is skipped, not failed. Checks that
 * leave the ticket as it is, such as what a task card shows, are tests of their own, so that their
 * failure does not stop the ticket's way to its closing.
 */
@H2IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketBrowserIT {

    private static final String PROCESS_NAME = "Ticket de maintenance";

    private static final String MY_TASKS = "Mes tâches";

    private static final String MY_SCHOOLS_TASKS = "Tâches de mes lycées";

    private static final String WORK_TASK = "Traiter le ticket";

    private static final String CONFIRM_TASK = "Confirmer la résolution";

    /** Label of the ticket number among the process variables that the filters show on each card. */
    private static final String TICKET_VARIABLE = "Ticket";

    private static final String HENRI_IV_UAI = "0750654D";

    private static final String LOUIS_LE_GRAND_UAI = "0750655E";

    /** Component ids of forms/ticket-open.form, forms/ticket-work.form and forms/ticket-confirm.form. */
    private static final String SCHOOL_FIELD = "Field_School";
    private static final String SERVICE_FIELD = "Field_Service";
    private static final String EQUIPMENT_KIND_FIELD = "Field_EquipmentKind";
    private static final String USAGE_FIELD = "Field_Usage";
    private static final String URGENCY_FIELD = "Field_Urgency";
    private static final String IMPACT_FIELD = "Field_Impact";
    private static final String TITLE_FIELD = "Field_Title";
    private static final String DESCRIPTION_FIELD = "Field_Description";
    private static final String ROOM_FIELD = "Field_Room";
    private static final String EQUIPMENT_LABEL_FIELD = "Field_EquipmentLabel";
    private static final String WORK_DONE_FIELD = "Field_WorkDone";
    private static final String MINUTES_FIELD = "Field_MinutesSpent";
    private static final String OUTCOME_FIELD = "Field_Outcome";
    private static final String CONFIRMATION_FIELD = "Field_Confirmation";
    private static final String SATISFACTION_FIELD = "Field_Satisfaction";
    private static final String COMMENT_FIELD = "Field_Comment";

    /** Makes the title unique, because test classes with the same configuration share one database. */
    private static final String TITLE =
            "Bourrage répété de l'imprimante, essai " + UUID.randomUUID().toString().substring(0, 8);

    private static final String DESCRIPTION = "L'imprimante affiche « bourrage papier » alors que le bac est vide ;"
            + " déjà essayé : l'éteindre et la rallumer.";

    private static final String WORK_DONE = "Rouleau d'entraînement nettoyé, bac réglé ; impression vérifiée à"
            + " l'écran et sur papier.";

    /** The resolution mail goes out in a job of the job executor, after the task's completion. */
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;

    @Autowired
    private ProcessEngine processEngine;

    @Autowired
    private TestMailbox mailbox;

    /** Process instance of the ticket that the first step opened, null until then. */
    private String processInstanceId;

    /** Number of the ticket that the first step opened, null until then. */
    private String ticketNumber;

    /** True once the technician has resolved the ticket. */
    private boolean resolved;

    @Test
    @Order(1)
    void correspondentOpensTicket(Browser browser) {
        CamundaWebappPage tasklist = logIn(browser, "correspondant");

        StartProcessDialog dialog = new TasklistDashboard(browser).startProcess(PROCESS_NAME);
        CamundaForm form = dialog.form();

        String school = form.selectedLabel(SCHOOL_FIELD);
        String preselection = "The lycée select should preselect Henri-IV, shows '" + school + "'";
        assertTrue(school.contains("HENRI IV"), preselection);
        assertTrue(school.contains(HENRI_IV_UAI), preselection);
        List<String> schools = form.optionLabels(SCHOOL_FIELD);
        assertEquals(List.of(school), schools, "The lycée select should offer only the correspondent's lycée");

        form.select(SERVICE_FIELD, "Moyens d'impression");
        form.select(EQUIPMENT_KIND_FIELD, "Imprimante");
        assertFalse(form.isFieldShown(USAGE_FIELD), "The workstation usage should be hidden for a printer");
        form.choose(URGENCY_FIELD, "Moyenne : le travail est gêné");
        form.choose(IMPACT_FIELD, "Une salle ou un groupe de postes");
        form.fill(TITLE_FIELD, TITLE);
        form.fill(DESCRIPTION_FIELD, DESCRIPTION);
        form.fill(ROOM_FIELD, "B12");
        // The host name of a printer of the demo inventory: an unknown one is rejected.
        form.fill(EQUIPMENT_LABEL_FIELD, "H4-IMP-CDI");

        String startedText = TasklistTexts.text(browser, TasklistTexts.PROCESS_STARTED);
        List<String> notifications = dialog.start();
        assertTrue(notifications.contains(startedText), "Tasklist should notify the start, shows " + notifications);

        // The ticket is found through the engine, so that the later steps run even when the
        // follow-up page fails.
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TicketProcess.KEY)
                .variableValueEquals(TicketProcess.Var.TITLE, TITLE)
                .singleResult();
        assertNotNull(instance, "No ticket process has the title '" + TITLE + "'");
        processInstanceId = instance.getId();
        Object number =
                processEngine.getRuntimeService().getVariable(processInstanceId, TicketProcess.Var.TICKET_NUMBER);
        assertNotNull(number, "The ticket process " + processInstanceId + " has no ticket number");
        ticketNumber = number.toString();
        assertTrue(ticketNumber.matches("20\\d{2}-\\d{5}"), "Unexpected ticket number " + ticketNumber);

        TicketFollowUpPage followUp = TicketFollowUpPage.openList(browser, baseUrl());
        assertTrue(followUp.isListShown(), "The follow-up page should list the tickets, shows: " + followUp.message());
        TicketRow row = followUp.row(ticketNumber).orElseThrow(() -> new AssertionError(
                "The follow-up page does not list the new ticket " + ticketNumber + ". Listed: " + followUp.rows()));
        assertEquals(TITLE, row.title());
        assertTrue(row.school().contains(HENRI_IV_UAI), row.school());
        assertEquals("En attente de passage", row.status());

        browser.open(tasklistUrl());
        assertTrue(tasklist.logOut().isShown());
    }

    @Test
    @Order(2)
    void workTaskCardShowsTicket(Browser browser) {
        assumeTrue(ticketNumber != null, "No ticket: the correspondent's step failed");
        logIn(browser, "technicien");
        TasklistDashboard dashboard = new TasklistDashboard(browser);

        dashboard.selectFilter(MY_SCHOOLS_TASKS);
        TaskCard card = dashboard.waitForTaskCard(activeTaskId(TicketProcess.Element.WORK));

        assertEquals(WORK_TASK, card.name());
        assertAll("card of the work task",
                () -> assertEquals(ticketNumber, card.variables().get(TICKET_VARIABLE), "ticket number"),
                () -> assertEquals(TITLE, card.variables().get("Titre"), "title"),
                () -> assertTrue(card.variables().getOrDefault("Lycée", "").contains("HENRI IV"), "lycée"),
                () -> assertEquals(PROCESS_NAME, card.processName(), "process name"));
    }

    @Test
    @Order(3)
    void technicianResolvesTicket(Browser browser) {
        assumeTrue(ticketNumber != null, "No ticket: the correspondent's step failed");
        mailbox.purge();
        CamundaWebappPage tasklist = logIn(browser, "technicien");
        TasklistDashboard dashboard = new TasklistDashboard(browser);

        dashboard.selectFilter(MY_SCHOOLS_TASKS);
        String taskId = activeTaskId(TicketProcess.Element.WORK);
        TaskCard card = dashboard.waitForTaskCard(taskId);
        assertEquals(WORK_TASK, card.name());

        TaskPane task = dashboard.openTask(card);
        CamundaForm form = task.form();
        assertTrue(form.text().contains("Ticket " + ticketNumber),
                "The work form should name the ticket: " + form.text());
        assertFalse(task.isAssignedToMe(), "The work task should wait for a technician to claim it");
        task.claim();

        form.fill(WORK_DONE_FIELD, WORK_DONE);
        form.fill(MINUTES_FIELD, "45");
        form.choose(OUTCOME_FIELD, "Résolu");
        task.complete();
        dashboard.waitForTaskCardGone(taskId);
        resolved = true;

        String requesterAddress = mailAddress("correspondant");
        ReceivedMail mail = await("the resolution mail of ticket " + ticketNumber)
                .atMost(MAIL_TIMEOUT)
                .until(() -> findMail(ticketNumber), Optional::isPresent)
                .orElseThrow();
        assertEquals(List.of(requesterAddress), mail.to());
        assertTrue(mail.subject().startsWith("Ticket " + ticketNumber), mail.subject());
        assertTrue(mail.subject().contains("résolu"), mail.subject());
        assertTrue(mail.subject().contains(TITLE), mail.subject());
        assertTrue(mail.body().contains(WORK_DONE), "The mail should quote the work done:\n" + mail.body());

        assertTrue(tasklist.logOut().isShown());
    }

    @Test
    @Order(4)
    void otherSchoolCorrespondentSeesNothing(Browser browser) {
        assumeTrue(ticketNumber != null, "No ticket: the correspondent's step failed");
        List<String> ticketTaskIds = await("a task of ticket " + ticketNumber)
                .atMost(Browser.DEFAULT_TIMEOUT)
                .until(this::activeTaskIds, ids -> !ids.isEmpty());
        CamundaWebappPage tasklist = logIn(browser, "correspondant2");
        TasklistDashboard dashboard = new TasklistDashboard(browser);

        List<String> filters = dashboard.filterNames();
        assertTrue(filters.containsAll(List.of(MY_TASKS, MY_SCHOOLS_TASKS)), "Missing shared filters: " + filters);
        for (String filter : filters) {
            dashboard.selectFilter(filter);
            List<TaskCard> cards = dashboard.taskCards();
            assertEquals(dashboard.selectedFilterCount(), cards.size(),
                    "The filter '" + filter + "' has more tasks than its first page shows, which this check reads");
            assertTrue(cards.stream().noneMatch(card -> ticketTaskIds.contains(card.taskId())),
                    "The filter '" + filter + "' shows a task of ticket " + ticketNumber + ": " + cards);
        }

        StartProcessDialog dialog = dashboard.startProcess(PROCESS_NAME);
        List<String> schools = dialog.form().optionLabels(SCHOOL_FIELD);
        assertEquals(1, schools.size(), "The lycée select should offer only Louis-le-Grand: " + schools);
        assertTrue(schools.get(0).contains(LOUIS_LE_GRAND_UAI), schools.get(0));
        assertEquals(schools.get(0), dialog.form().selectedLabel(SCHOOL_FIELD));
        dialog.close();

        // The API returns 404 for another lycée's ticket, as for an unknown one.
        assertEquals(200, TicketFollowUpPage.httpStatus(browser, "/api/tickets"));
        assertEquals(404, TicketFollowUpPage.httpStatus(browser, "/api/tickets/" + ticketNumber));

        TicketFollowUpPage followUp = TicketFollowUpPage.openList(browser, baseUrl());
        assertTrue(followUp.isListShown(), "The follow-up page should show a list, shows: " + followUp.message());
        assertTrue(followUp.row(ticketNumber).isEmpty(), "Another lycée's ticket is listed: " + followUp.rows());

        TicketFollowUpPage detail = TicketFollowUpPage.openTicket(browser, baseUrl(), ticketNumber);
        assertFalse(detail.isDetailShown(), "Another lycée's ticket is shown: " + detail.detailFields());
        assertEquals("Ticket introuvable.", detail.message());

        browser.open(tasklistUrl());
        assertTrue(tasklist.logOut().isShown());
    }

    @Test
    @Order(5)
    void confirmationFormShowsWorkDone(Browser browser) {
        assumeTrue(resolved, "No resolved ticket: an earlier step failed");
        String taskId = awaitConfirmationTaskId();
        logIn(browser, "correspondant");
        TasklistDashboard dashboard = new TasklistDashboard(browser);

        dashboard.selectFilter(MY_TASKS);
        TaskPane task = dashboard.openTask(dashboard.waitForTaskCard(taskId));
        CamundaForm form = task.form();

        assertTrue(form.text().contains("Ticket " + ticketNumber), "The form should name the ticket: " + form.text());
        assertTrue(form.text().contains(WORK_DONE), "The form should show the work done: " + form.text());
    }

    @Test
    @Order(6)
    void requesterConfirmsResolution(Browser browser) {
        assumeTrue(resolved, "No resolved ticket: an earlier step failed");
        String taskId = awaitConfirmationTaskId();
        CamundaWebappPage tasklist = logIn(browser, "correspondant");
        TasklistDashboard dashboard = new TasklistDashboard(browser);

        dashboard.selectFilter(MY_TASKS);
        TaskCard card = dashboard.waitForTaskCard(taskId);
        assertEquals(CONFIRM_TASK, card.name());
        TaskPane task = dashboard.openTask(card);
        assertTrue(task.isAssignedToMe(), "The confirmation should be assigned to the requester");

        CamundaForm form = task.form();
        form.choose(CONFIRMATION_FIELD, "Le problème est résolu : je confirme");
        form.select(SATISFACTION_FIELD, "5 : très satisfait");
        form.fill(COMMENT_FIELD, "Merci, l'impression fonctionne de nouveau.");
        task.complete();
        dashboard.waitForTaskCardGone(taskId);

        TicketFollowUpPage detail = TicketFollowUpPage.openTicket(browser, baseUrl(), ticketNumber);
        assertTrue(detail.isDetailShown(), "The follow-up page should show the ticket, shows: " + detail.message());
        assertEquals("Clos", detail.detailFields().get("Statut"), detail.detailFields().toString());

        browser.open(tasklistUrl());
        assertTrue(tasklist.logOut().isShown());
    }

    /** Logs a demo account in to Tasklist. Each demo account's password is its user id. */
    private CamundaWebappPage logIn(Browser browser, String userId) {
        return CamundaLoginPage.open(browser, baseUrl(), CamundaWebapp.TASKLIST, processEngine.getName())
                .logIn(userId, userId);
    }

    /**
     * Returns the id of the ticket's active task of that BPMN element, read from the engine, so that
     * the test finds the task's card whatever the card shows.
     */
    private String activeTaskId(String taskDefinitionKey) {
        return findActiveTaskId(taskDefinitionKey).orElseThrow(() -> new AssertionError(
                "Ticket " + ticketNumber + " has no active task " + taskDefinitionKey));
    }

    /** Waits for the requester's task, because the asynchronous mail job creates it after the resolution. */
    private String awaitConfirmationTaskId() {
        return await("the task " + CONFIRM_TASK + " of ticket " + ticketNumber)
                .atMost(Browser.DEFAULT_TIMEOUT)
                .until(() -> findActiveTaskId(TicketProcess.Element.CONFIRM), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<String> findActiveTaskId(String taskDefinitionKey) {
        return processEngine.getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey)
                .list().stream().map(Task::getId).findFirst();
    }

    private List<String> activeTaskIds() {
        return processEngine.getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId)
                .list().stream().map(Task::getId).toList();
    }

    private String mailAddress(String userId) {
        User user = processEngine.getIdentityService().createUserQuery().userId(userId).singleResult();
        assertNotNull(user, "Missing demo account " + userId);
        assertNotNull(user.getEmail(), "The demo account " + userId + " has no mail address");
        return user.getEmail();
    }

    private Optional<ReceivedMail> findMail(String number) {
        return mailbox.messages().stream().filter(mail -> mail.subject().contains(number)).findFirst();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private String tasklistUrl() {
        return CamundaWebapp.TASKLIST.url(baseUrl(), processEngine.getName());
    }
}
