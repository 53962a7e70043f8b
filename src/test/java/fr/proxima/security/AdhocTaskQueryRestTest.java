package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdhocTaskQueryRestTest extends WebIntegrationTest {

    private static final String OR_QUERY_EXPRESSION = "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}";

    /** The body that Tasklist posts to list a filter's tasks. */
    static final String TASKLIST_FILTER_BODY = """
            {"processVariables": [], "taskVariables": [], "caseInstanceVariables": [],
             "sorting": [{"sortBy": "priority", "sortOrder": "desc"}, {"sortBy": "created", "sortOrder": "asc"}]}
            """;

    @Autowired
    FilterService filterService;

    @Test
    void orQueryExpressionIsRejectedOnRestApi() throws Exception {
        HttpResponse<String> task = postJson("/engine-rest/task?maxResults=15", "technicien", OR_QUERY_EXPRESSION);
        HttpResponse<String> namedEngine = postJson("/engine-rest/engine/default/task/count", "technicien",
                OR_QUERY_EXPRESSION);

        assertThat(task.statusCode()).isEqualTo(400);
        assertThat(json(task).path("message").asText())
                .startsWith("Requête de tâches refusée")
                .contains("assigneeExpression");
        assertThat(namedEngine.statusCode()).isEqualTo(400);
    }

    @Test
    void queryParameterExpressionIsRejected() throws Exception {
        String expression = URLEncoder.encode("${currentUser()}", StandardCharsets.UTF_8);

        assertThat(get("/engine-rest/task?assigneeExpression=" + expression, "technicien").statusCode()).isEqualTo(400);
        assertThat(get("/engine-rest/task/count?name=" + expression, "technicien").statusCode()).isEqualTo(400);
    }

    @Test
    void filterListWithExpressionIsRejected() throws Exception {
        String filterId = filterId(TasklistFilters.MY_TASKS);

        HttpResponse<String> response = postJson("/engine-rest/filter/" + filterId + "/list", "technicien",
                OR_QUERY_EXPRESSION);

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void plainTaskQueryIsAccepted() throws Exception {
        HttpResponse<String> response = postJson("/engine-rest/task?firstResult=0&maxResults=15", "technicien",
                "{\"orQueries\": [{\"assignee\": \"technicien\"}, {\"candidateGroup\": \"techniciens-0750654D\"}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).isArray()).isTrue();
    }

    @Test
    void storedFilterWithTasklistBodyIsAccepted() throws Exception {
        for (String name : new String[] {TasklistFilters.MY_TASKS, TasklistFilters.MY_SCHOOLS_TASKS}) {
            String filterId = filterId(name);

            HttpResponse<String> list = postJson("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                    "correspondant", TASKLIST_FILTER_BODY);
            HttpResponse<String> count = postJson("/engine-rest/filter/" + filterId + "/count", "correspondant",
                    TASKLIST_FILTER_BODY);

            assertThat(list.statusCode()).as(name).isEqualTo(200);
            assertThat(count.statusCode()).as(name).isEqualTo(200);
        }
    }

    @Test
    void webappEngineApiChecksQueries() throws Exception {
        WebappSession session = loginToWebapps("technicien");
        String filterId = filterId(TasklistFilters.MY_SCHOOLS_TASKS);

        HttpResponse<String> expression = session.postJson("/camunda/api/engine/engine/default/task", OR_QUERY_EXPRESSION);
        HttpResponse<String> filterExpression = session.postJson(
                "/camunda/api/engine/engine/default/filter/" + filterId + "/list", OR_QUERY_EXPRESSION);
        HttpResponse<String> plain = session.postJson("/camunda/api/engine/engine/default/task?maxResults=15",
                "{\"orQueries\": [{\"assignee\": \"technicien\"}]}");
        HttpResponse<String> filterList = session.postJson(
                "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                TASKLIST_FILTER_BODY);

        assertThat(expression.statusCode()).isEqualTo(400);
        assertThat(json(expression).path("message").asText()).contains("assigneeExpression");
        assertThat(filterExpression.statusCode()).isEqualTo(400);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(filterList.statusCode()).isEqualTo(200);
    }

    private String filterId(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }
}
