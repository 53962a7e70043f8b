package fr.proxima.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the server side of Cockpit and Admin ({@code /camunda/api/cockpit/**},
 * {@code /camunda/api/admin/**}) to the users with the ACCESS permission on that application,
 * that is the process administrators unless Camunda Admin grants it to others. In Camunda 7.24.0
 * some of these plugin routes, such as the process definition statistics, return to any logged-in
 * user the counts of every lycée.
 *
 * <p>Two parts stay open: the webapps' login and logout ({@code /api/admin/auth/}), which every
 * user needs, and the plugins' static scripts ({@code /static/}), which hold code and no data.
 */
final class WebappApiGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(WebappApiGuard.class);

    private final String cockpitPrefix;

    private final String adminPrefix;

    private final String authPrefix;

    private final HttpRequestCurrentUser currentUser;

    private final ProcessEngine processEngine;

    /** @param webappPath the path of the Camunda webapps, such as {@code /camunda} */
    WebappApiGuard(String webappPath, HttpRequestCurrentUser currentUser, ProcessEngine processEngine) {
        this.cockpitPrefix = webappPath + "/api/cockpit/";
        this.adminPrefix = webappPath + "/api/admin/";
        this.authPrefix = webappPath + "/api/admin/auth/";
        this.currentUser = currentUser;
        this.processEngine = processEngine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.pathWithinApplication(request);
        String application = application(path);
        if (application == null) {
            chain.doFilter(request, response);
            return;
        }
        String userId = currentUser.authenticate(request).orElse(null);
        if (userId == null) {
            ErrorResponses.writeJson(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Connectez-vous à Proxima, puis réessayez.");
            return;
        }
        if (!hasAccess(userId, application)) {
            LOG.warn("Rejected {} {} by {}: no access to the {} webapp", request.getMethod(), path, userId, application);
            ErrorResponses.writeJson(response, HttpServletResponse.SC_FORBIDDEN, "Votre compte n'a pas accès à "
                    + ("cockpit".equals(application) ? "Cockpit" : "Admin")
                    + " : ces applications sont réservées aux administrateurs des processus.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Returns the webapp whose server side the path belongs to, or null for a path this filter leaves open. */
    private String application(String path) {
        if (path.contains("/static/")) {
            return null;
        }
        if (path.startsWith(cockpitPrefix)) {
            return "cockpit";
        }
        if (path.startsWith(adminPrefix) && !path.startsWith(authPrefix)) {
            return "admin";
        }
        return null;
    }

    private boolean hasAccess(String userId, String application) {
        return EngineQueries.withoutAuthorization(processEngine, () -> {
            List<String> groupIds = processEngine.getIdentityService().createGroupQuery().groupMember(userId)
                    .unlimitedList().stream().map(Group::getId).toList();
            return processEngine.getAuthorizationService().isUserAuthorized(userId, groupIds, Permissions.ACCESS,
                    Resources.APPLICATION, application);
        });
    }
}
