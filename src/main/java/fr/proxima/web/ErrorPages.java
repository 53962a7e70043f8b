package fr.proxima.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders every error that the servlet container forwards to {@code /error}, in place of Spring
 * Boot's English "Whitelabel Error Page": a problem detail for {@code /api} and for clients that
 * accept JSON only, a French HTML page otherwise. A 5xx gets a correlation id, logged with the
 * failure, and shows no exception text.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** French title and advice by status; other statuses get those of their class (4xx or 5xx). */
    private static final Map<Integer, String[]> TEXTS = Map.of(
            400, new String[] {"Requête invalide", "La requête n'a pas pu être lue : vérifiez les valeurs envoyées."},
            401, new String[] {"Authentification requise", "Connectez-vous à Proxima, puis réessayez."},
            403, new String[] {"Accès refusé",
                "Votre compte ne donne pas accès à cette page. Les administrateurs des processus ouvrent Cockpit"
                        + " et Admin ; les autres comptes travaillent dans Tasklist."},
            404, new String[] {"Page introuvable",
                "Cette adresse ne correspond à aucune page de Proxima, ou vous n'y avez pas accès."},
            405, new String[] {"Méthode non autorisée", "Cette adresse n'accepte pas cette méthode HTTP."});

    private static final String[] CLIENT_ERROR = {"Requête refusée", "La requête n'a pas pu être traitée."};

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Proxima – %1$s</title></head>
            <body>
            <h1>%1$s</h1>
            <p>%2$s</p>
            <p><a href="/">Retour à l'accueil de Proxima</a></p>
            </body>
            </html>
            """;

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<?> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String[] texts = texts(status);
        String detail = texts[1];
        if (status.is5xxServerError()) {
            String correlationId = UUID.randomUUID().toString();
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error("Request {} {} failed with {}, correlation id {}", request.getMethod(), path, status.value(),
                    correlationId, failure);
            detail = "Erreur interne du serveur. Réessayez plus tard ; si l'erreur persiste, transmettez à"
                    + " l'administrateur l'identifiant de corrélation " + correlationId + ".";
        }
        if (wantsProblem(request, path)) {
            ProblemDetail problem = ApiProblems.problem(status, texts[0], detail);
            if (path != null) {
                problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "_")));
            }
            return ResponseEntity.status(status).contentType(ApiProblems.MEDIA_TYPE).body(problem);
        }
        String page = PAGE.formatted(HtmlUtils.htmlEscape(texts[0]), HtmlUtils.htmlEscape(detail));
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String[] texts(HttpStatus status) {
        String[] texts = TEXTS.get(status.value());
        if (texts != null) {
            return texts;
        }
        return status.is4xxClientError() ? CLIENT_ERROR : new String[] {"Erreur du serveur", ""};
    }

    private static boolean wantsProblem(HttpServletRequest request, String path) {
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
