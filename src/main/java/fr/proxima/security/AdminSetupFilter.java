package fr.proxima.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Blocks Camunda Admin's setup: the endpoint {@code /api/admin/setup/{engine}/user/create}, which
 * creates an administrator whenever {@code camunda-admin} has no member, and the setup page that
 * the webapps redirect to in that case. Camunda 7.24.0 lets anyone call that endpoint while the
 * group is empty, and Proxima creates its accounts at startup instead.
 */
final class AdminSetupFilter extends OncePerRequestFilter {

    static final String SETUP_BLOCKED_MESSAGE = "L'installation par la page de configuration de Camunda est désactivée :"
            + " les comptes sont créés au démarrage de Proxima. Pour créer le premier administrateur,"
            + " définissez PROXIMA_ADMIN_ID et PROXIMA_ADMIN_PASSWORD puis redémarrez l'application.";

    private static final Logger log = LoggerFactory.getLogger(AdminSetupFilter.class);

    private static final String SETUP_PAGE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Proxima – installation désactivée</title></head>
            <body>
            <h1>Installation désactivée</h1>
            <p>La page d'installation de Camunda est désactivée dans Proxima : les comptes sont créés
            au démarrage de l'application.</p>
            <p>Si aucun administrateur n'existe encore, définissez les variables d'environnement
            <code>PROXIMA_ADMIN_ID</code> et <code>PROXIMA_ADMIN_PASSWORD</code>, puis redémarrez Proxima.</p>
            </body>
            </html>
            """;

    private final String setupApiPrefix;

    private final Pattern setupPagePath;

    /** @param applicationPath the path of the Camunda webapps, such as {@code /camunda} */
    AdminSetupFilter(String applicationPath) {
        this.setupApiPrefix = applicationPath + "/api/admin/setup/";
        this.setupPagePath = Pattern.compile(Pattern.quote(applicationPath) + "/app/admin/[^/]+/setup/?");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.pathWithinApplication(request);
        if (path.startsWith(setupApiPrefix)) {
            log.warn("Blocked a Camunda Admin setup request {} {} from {}", request.getMethod(), path,
                    request.getRemoteAddr());
            ErrorResponses.writeJson(response, HttpServletResponse.SC_FORBIDDEN, SETUP_BLOCKED_MESSAGE);
        } else if (setupPagePath.matcher(path).matches()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(SETUP_PAGE);
        } else {
            chain.doFilter(request, response);
        }
    }
}
