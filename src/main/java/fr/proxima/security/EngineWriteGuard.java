package fr.proxima.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the engine's write routes that bypass our process logic to administrators, on
 * {@code /engine-rest} and on the webapps' engine API alike.
 *
 * <ul>
 *   <li>A process start with {@code startInstructions}, {@code skipCustomListeners} or
 *       {@code skipIoMappings} would run a process from any activity without the delegates that
 *       check the lycée, so it could close or reopen another lycée's ticket.</li>
 *   <li>Setting or deleting variables of a task, an execution or a process instance would change
 *       the values a process reads, such as the requester or the lycée, outside any form.</li>
 *   <li>A task created by hand belongs to no process and no lycée. Tasklist offers "Créer une tâche"
 *       to every user, and the engine's own refusal is in English, so this filter rejects it in French.
 *       Deleting a task is kept to administrators too: for a task of a running process, Camunda
 *       returns "part of a running process" before it checks permissions, which confirms that the
 *       task exists.</li>
 * </ul>
 * Tasklist needs none of them for its users' work: it starts processes and completes tasks through their forms.
 */
final class EngineWriteGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineWriteGuard.class);

    private static final Pattern PROCESS_START = Pattern.compile(".*/process-definition/.+/(start|submit-form)$");

    private static final Pattern VARIABLE_WRITE =
            Pattern.compile(".*/(task|execution|process-instance)/[^/]+/(variables|localVariables)(/.*)?$");

    private static final Pattern TASK_CREATE = Pattern.compile(".*/task/create$");

    private static final Pattern TASK_DELETE = Pattern.compile(".*/task/[^/]+$");

    /** Largest start request read; Tasklist's start forms are a few kilobytes. */
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpRequestCurrentUser currentUser;

    private final SchoolAccess schoolAccess;

    EngineWriteGuard(HttpRequestCurrentUser currentUser, SchoolAccess schoolAccess) {
        this.currentUser = currentUser;
        this.schoolAccess = schoolAccess;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.pathWithinApplication(request);
        String method = request.getMethod();
        boolean variableWrite = !"GET".equals(method) && VARIABLE_WRITE.matcher(path).matches();
        boolean processStart = "POST".equals(method) && PROCESS_START.matcher(path).matches();
        boolean standaloneTaskChange = "POST".equals(method) && TASK_CREATE.matcher(path).matches()
                || "DELETE".equals(method) && TASK_DELETE.matcher(path).matches();
        if (!variableWrite && !processStart && !standaloneTaskChange) {
            chain.doFilter(request, response);
            return;
        }
        String userId = currentUser.id().orElse(null);
        if (userId != null && schoolAccess.isAdministrator(userId)) {
            chain.doFilter(request, response);
            return;
        }
        if (standaloneTaskChange) {
            reject(response, userId, path, "Seuls les administrateurs peuvent créer ou supprimer une tâche isolée :"
                    + " pour une demande, démarrez le processus « Ticket de maintenance ».");
            return;
        }
        if (variableWrite) {
            reject(response, userId, path, "Seuls les administrateurs peuvent modifier des variables :"
                    + " passez par le formulaire de la tâche.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            ErrorResponses.writeJson(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "La demande dépasse 1 Mio.");
            return;
        }
        if (bypassesListeners(body)) {
            reject(response, userId, path, "Seuls les administrateurs peuvent démarrer un processus à une étape"
                    + " choisie ou sans ses écouteurs : ouvrez la demande par son formulaire.");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** True when the start request would begin elsewhere than the start event, or skip listeners. */
    static boolean bypassesListeners(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException invalid) {
            // The REST API rejects invalid JSON itself, without starting anything.
            return false;
        }
        if (json == null || !json.isObject()) {
            return false;
        }
        JsonNode instructions = json.get("startInstructions");
        return (instructions != null && !instructions.isNull() && !(instructions.isArray() && instructions.isEmpty()))
                || json.path("skipCustomListeners").asBoolean(false)
                || json.path("skipIoMappings").asBoolean(false);
    }

    private static void reject(HttpServletResponse response, String userId, String path, String message)
            throws IOException {
        LOG.warn("Rejected engine write by {} on {}", userId == null ? "an anonymous caller" : userId, path);
        ErrorResponses.writeJson(response, HttpServletResponse.SC_FORBIDDEN, message);
    }
}
