package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a correspondent does through the REST API, as Tasklist does it: list the startable
 * processes, fetch the Camunda Form start form of "ticket" and submit it. A stand-in ticket model
 * is deployed, whose task goes to the technicians of the lycée given in the form.
 */
class CorrespondentAccessTest extends WebIntegrationTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    FilterService filterService;

    @BeforeEach
    void deployTicketStandIn() {
        repositoryService.createDeployment()
                .name("security-test-ticket")
                .addClasspathResource("security/ticket-test.bpmn")
                .addClasspathResource("security/ticket-start.form")
                .enableDuplicateFiltering(true)
                .deploy();
    }

    @Test
    void correspondentFetchesAndSubmitsStartForm() throws Exception {
        HttpResponse<String> startable = get("/engine-rest/process-definition"
                + "?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true&maxResults=50",
                "correspondant");
        HttpResponse<String> startForm = get("/engine-rest/process-definition/key/ticket/startForm", "correspondant");
        HttpResponse<String> deployedForm = get("/engine-rest/process-definition/key/ticket/deployed-start-form",
                "correspondant");
        // Correspondents start the ticket and the D3E disposal: take the ticket's definition.
        String definitionId = StreamSupport.stream(json(startable).spliterator(), false)
                .filter(definition -> "ticket".equals(definition.path("key").asText()))
                .map(definition -> definition.path("id").asText())
                .findFirst().orElse("");
        HttpResponse<String> started = submitTicket("correspondant", definitionId, "0750654D");

        assertThat(startable.statusCode()).isEqualTo(200);
        assertThat(json(startable).findValuesAsText("key")).containsExactlyInAnyOrder("ticket", "d3e-disposal");
        assertThat(startForm.statusCode()).isEqualTo(200);
        assertThat(json(startForm).path("camundaFormRef").path("key").asText()).isEqualTo("ticket-start");
        assertThat(deployedForm.statusCode()).isEqualTo(200);
        assertThat(json(deployedForm).path("id").asText()).isEqualTo("ticket-start");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(json(started).path("id").asText()).isNotBlank();
    }

    @Test
    void correspondentCannotReadProcessInstances() throws Exception {
        String ownInstance = json(submitTicket("correspondant", latestTicketId(), "0750654D")).path("id").asText();
        String otherInstance = json(submitTicket("correspondant2", latestTicketId(), "0750655E")).path("id").asText();

        HttpResponse<String> other = get("/engine-rest/process-instance/" + otherInstance, "correspondant");
        HttpResponse<String> otherVariables = get("/engine-rest/process-instance/" + otherInstance + "/variables",
                "correspondant");
        HttpResponse<String> instances = get("/engine-rest/process-instance?processDefinitionKey=ticket&maxResults=50",
                "correspondant");
        HttpResponse<String> history = get("/engine-rest/history/process-instance?processDefinitionKey=ticket&maxResults=50",
                "correspondant");
        HttpResponse<String> deployments = get("/engine-rest/deployment?maxResults=50", "correspondant");

        assertThat(ownInstance).isNotBlank();
        assertThat(other.statusCode()).isIn(403, 404);
        assertThat(otherVariables.statusCode()).isIn(403, 404);
        assertThat(other.body()).doesNotContain("0750655E");
        assertThat(json(instances).size()).isZero();
        assertThat(json(history).size()).isZero();
        assertThat(json(deployments).size()).isZero();
    }

    @Test
    void technicianStartsTicketDeclaredOnSite() throws Exception {
        HttpResponse<String> response = submitTicket("technicien", latestTicketId(), "0750654D");

        // A technician files the requests declared to them on a visit day.
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void plannerCannotStartTicket() throws Exception {
        HttpResponse<String> response = submitTicket("planificateur", latestTicketId(), "0750654D");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void schoolFilterShowsTasksOfOwnLyceesOnly() throws Exception {
        String henriIv = json(submitTicket("correspondant", latestTicketId(), "0750654D")).path("id").asText();
        String louisLeGrand = json(submitTicket("correspondant2", latestTicketId(), "0750655E")).path("id").asText();
        String schoolsFilter = filterId(TasklistFilters.MY_SCHOOLS_TASKS);

        JsonNode technicianTasks = json(postJson(filterList(schoolsFilter), "technicien",
                AdhocTaskQueryRestTest.TASKLIST_FILTER_BODY));
        JsonNode correspondentTasks = json(postJson(filterList(schoolsFilter), "correspondant",
                AdhocTaskQueryRestTest.TASKLIST_FILTER_BODY));

        assertThat(technicianTasks.findValuesAsText("processInstanceId")).contains(henriIv).doesNotContain(louisLeGrand);
        assertThat(correspondentTasks.findValuesAsText("processInstanceId")).doesNotContain(henriIv, louisLeGrand);
    }

    @Test
    void myTasksFilterShowsClaimedTask() throws Exception {
        String instance = json(submitTicket("correspondant", latestTicketId(), "0750654D")).path("id").asText();
        JsonNode tasks = json(postJson("/engine-rest/task?maxResults=15", "technicien",
                "{\"processInstanceId\": \"" + instance + "\"}"));
        String taskId = tasks.path(0).path("id").asText();
        String myTasksFilter = filterId(TasklistFilters.MY_TASKS);

        HttpResponse<String> claim = postJson("/engine-rest/task/" + taskId + "/claim", "technicien",
                "{\"userId\": \"technicien\"}");
        JsonNode technicianTasks = json(postJson(filterList(myTasksFilter), "technicien",
                AdhocTaskQueryRestTest.TASKLIST_FILTER_BODY));
        JsonNode otherUserTasks = json(postJson(filterList(myTasksFilter), "correspondant",
                AdhocTaskQueryRestTest.TASKLIST_FILTER_BODY));

        assertThat(tasks.size()).isEqualTo(1);
        assertThat(claim.statusCode()).isEqualTo(204);
        assertThat(technicianTasks.findValuesAsText("id")).contains(taskId);
        assertThat(otherUserTasks.findValuesAsText("id")).doesNotContain(taskId);
    }

    private HttpResponse<String> submitTicket(String userId, String definitionId, String uai) throws Exception {
        String form = """
                {"variables": {"uai": {"value": "%s"}, "summary": {"value": "Vidéoprojecteur en panne"}}}
                """.formatted(uai);
        return postJson("/engine-rest/process-definition/" + definitionId + "/submit-form", userId, form);
    }

    private String latestTicketId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("ticket").latestVersion()
                .singleResult().getId();
    }

    private static String filterList(String filterId) {
        return "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50";
    }

    private String filterId(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }
}
