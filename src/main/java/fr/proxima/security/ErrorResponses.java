package fr.proxima.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * Writes the JSON error bodies of the filters on Camunda's own APIs ({@code /engine-rest},
 * {@code /camunda/api}): {@code {"message": "..."}}, in French, the field that Camunda's REST errors
 * use too. Our own {@code /api} endpoints return problem details instead, see
 * {@link fr.proxima.web.ApiProblems}.
 */
final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    static void writeJson(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), Map.of("message", message));
    }
}
