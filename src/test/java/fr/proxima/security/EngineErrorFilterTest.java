package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@ExtendWith(OutputCaptureExtension.class)
class EngineErrorFilterTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String SQL_ERROR = "{\"type\":\"ProcessEngineException\",\"message\":\"### Error querying database."
            + " Cause: org.h2.jdbc.JdbcSQLSyntaxErrorException: Table \\\"ACT_RU_TASK\\\" not found; SQL statement:"
            + " select * from ACT_RU_TASK\"}";

    final EngineErrorFilter filter = new EngineErrorFilter(List.of("/engine-rest"));

    @Test
    void serverErrorReplacedByCorrelationId(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = run("POST", "/engine-rest/task", 500, SQL_ERROR);
        JsonNode body = JSON.readTree(response.getContentAsByteArray());
        String correlationId = body.path("correlationId").asText();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body.path("message").asText()).startsWith("Erreur interne du serveur").contains(correlationId);
        assertThat(response.getContentAsString()).doesNotContain("ACT_RU_TASK", "SQL");
        assertThat(output.getAll()).contains(correlationId, "ACT_RU_TASK");
    }

    @Test
    void forbiddenReadBecomesNotFound() throws Exception {
        MockHttpServletResponse response = run("GET", "/engine-rest/process-instance/abc", 403,
                "{\"type\":\"AuthorizationException\",\"message\":\"The user with id 'x' does not have 'READ'\"}");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(JSON.readTree(response.getContentAsByteArray()).path("message").asText())
                .isEqualTo(EngineErrorFilter.NOT_FOUND_MESSAGE);
    }

    @Test
    void missingTaskErrorBecomesNotFound() throws Exception {
        MockHttpServletResponse response = run("GET", "/engine-rest/task/abc/variables", 500,
                "{\"type\":\"NullValueException\",\"message\":\"task abc doesn't exist: task is null\"}");

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void forbiddenWriteKeptUnchanged() throws Exception {
        MockHttpServletResponse response = run("POST", "/engine-rest/deployment/create", 403,
                "{\"type\":\"AuthorizationException\",\"message\":\"no CREATE\"}");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("no CREATE");
    }

    @Test
    void unauthorizedGetsFrenchMessage() throws Exception {
        MockHttpServletResponse response = run("GET", "/engine-rest/task", 401, "");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(JSON.readTree(response.getContentAsByteArray()).path("message").asText())
                .isEqualTo(EngineErrorFilter.UNAUTHORIZED_MESSAGE);
    }

    private MockHttpServletResponse run(String method, String path, int status, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            ((HttpServletResponse) res).setStatus(status);
            res.setContentType("application/json");
            res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        });
        return response;
    }
}
