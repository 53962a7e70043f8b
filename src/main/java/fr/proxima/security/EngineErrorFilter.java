package fr.proxima.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rewrites three kinds of error responses of Camunda's REST API, on {@code /engine-rest} and on the
 * webapps' API alike.
 *
 * <ul>
 *   <li>A 5xx response can carry raw SQL, table names and stack details: it becomes a French message
 *       with a correlation id, and the original body goes to the log under that id.</li>
 *   <li>On the engine's own routes, a GET rejected for a missing permission (403) and a GET of an
 *       unknown id (404, or the 400 and 500 that some routes of Camunda 7.24 answer for a missing
 *       task or execution) all become one 404 with one French message. So a response never
 *       confirms that another lycée's object exists, and never echoes the id.</li>
 *   <li>A 401 gets one French message whatever the cause: no credentials, unknown user, wrong
 *       password or a login delay after failed attempts.</li>
 * </ul>
 * Other answers pass unchanged. The filter buffers each response of these paths, which are JSON
 * documents and deployment resources of at most a few megabytes.
 */
final class EngineErrorFilter extends OncePerRequestFilter {

    static final String NOT_FOUND_MESSAGE = "Objet introuvable : il n'existe pas, ou vous n'y avez pas accès.";

    static final String UNAUTHORIZED_MESSAGE = "Identifiants absents ou refusés : envoyez en HTTP Basic l'identifiant"
            + " et le mot de passe de votre compte Proxima, puis réessayez. Après un échec, attendez quelques"
            + " secondes avant un nouvel essai.";

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrorFilter.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Exception types of Camunda's REST errors that a GET of a missing object produces. */
    private static final Set<String> MISSING_OBJECT_TYPES = Set.of("NullValueException", "NullPointerException");

    /** Messages of Camunda's 400 responses about a missing object, such as "task abc does not exist". */
    private static final Pattern MISSING_OBJECT_MESSAGE = Pattern.compile(
            "(?i).*(does not exist|doesn't exist|not found|cannot find|cannot get form|no task found|is null|no matching).*",
            Pattern.DOTALL);

    private final List<String> engineApiPrefixes;

    /** @param engineApiPaths the paths of the engine's REST API, such as {@code /engine-rest} */
    EngineErrorFilter(List<String> engineApiPaths) {
        this.engineApiPrefixes = engineApiPaths.stream().map(path -> path + "/").toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } catch (IOException | ServletException | RuntimeException failure) {
            String correlationId = UUID.randomUUID().toString();
            LOG.error("Engine REST request {} {} failed, correlation id {}", request.getMethod(),
                    request.getRequestURI(), correlationId, failure);
            buffered.resetBuffer();
            writeServerError(buffered, correlationId);
            buffered.copyBodyToResponse();
            return;
        }
        int status = buffered.getStatus();
        if ("GET".equals(request.getMethod()) && isEngineApi(request) && isMissingOrForbidden(buffered)) {
            LOG.info("Engine REST read {} answered {}, sent as not found", request.getRequestURI(), status);
            buffered.resetBuffer();
            writeMessage(buffered, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException", NOT_FOUND_MESSAGE);
        } else if (status >= 500) {
            String correlationId = UUID.randomUUID().toString();
            LOG.error("Engine REST request {} {} answered {}, correlation id {}: {}", request.getMethod(),
                    request.getRequestURI(), status, correlationId, bodyText(buffered));
            buffered.resetBuffer();
            writeServerError(buffered, correlationId);
        } else if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            buffered.resetBuffer();
            writeMessage(buffered, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", UNAUTHORIZED_MESSAGE);
        }
        buffered.copyBodyToResponse();
    }

    private static void writeServerError(HttpServletResponse response, String correlationId) throws IOException {
        writeMessage(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "ServerError",
                "Erreur interne du serveur. Réessayez plus tard ; si l'erreur persiste, transmettez à"
                        + " l'administrateur l'identifiant de corrélation " + correlationId + ".",
                correlationId);
    }

    private static void writeMessage(HttpServletResponse response, int status, String type, String message)
            throws IOException {
        writeMessage(response, status, type, message, null);
    }

    /** Writes a body with the fields of Camunda's REST errors, {@code type} and {@code message}. */
    private static void writeMessage(HttpServletResponse response, int status, String type, String message,
            String correlationId) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/json");
        var body = JSON.createObjectNode().put("type", type).put("message", message);
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        JSON.writeValue(response.getOutputStream(), body);
    }

    private boolean isEngineApi(HttpServletRequest request) {
        String path = RequestPaths.pathWithinApplication(request);
        return engineApiPrefixes.stream().anyMatch(path::startsWith);
    }

    private static boolean isMissingOrForbidden(ContentCachingResponseWrapper response) {
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND) {
            return true;
        }
        if (status != HttpServletResponse.SC_BAD_REQUEST && status != HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(response.getContentAsByteArray());
            if (body == null) {
                return false;
            }
            return MISSING_OBJECT_TYPES.contains(body.path("type").asText())
                    || (status == HttpServletResponse.SC_BAD_REQUEST
                            && MISSING_OBJECT_MESSAGE.matcher(body.path("message").asText()).matches());
        } catch (IOException notJson) {
            return false;
        }
    }

    private static String bodyText(ContentCachingResponseWrapper response) {
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        return body.length() <= 4000 ? body : body.substring(0, 4000) + "…";
    }
}
