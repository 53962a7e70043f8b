package fr.proxima.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.proxima.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires an authenticated user on our own {@code /api} endpoints: a Camunda webapp session or
 * valid HTTP Basic credentials. Every failure gets the same 401 problem detail,
 * {@link ApiProblems#authenticationRequired()}, which does not reveal whether the user is unknown
 * or the password is wrong.
 *
 * <p>One exception: a GET of an iCalendar feed ({@code /api/feeds/schools/*.ics} or
 * {@code /api/feeds/technicians/*.ics}) with a {@code token} parameter passes without credentials,
 * because calendar apps cannot always send them. The feed's controller then authenticates the
 * token itself, and rejects an invalid one with 401.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"Proxima\"";

    /** The feeds that a personal token opens, as paths within the application. */
    private static final Pattern TOKEN_FEED_PATH = Pattern.compile("/api/feeds/(?:schools|technicians)/[^/]+\\.ics");

    private final HttpRequestCurrentUser currentUser;

    private final ObjectMapper json;

    ApiAuthenticationFilter(HttpRequestCurrentUser currentUser, ObjectMapper json) {
        this.currentUser = currentUser;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isTokenFeedRequest(request) || currentUser.authenticate(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        // Our own pages send X-Requested-With and show a French message on 401; a challenge would
        // make the browser open its Basic login dialog over them instead.
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        ApiProblems.write(request, response, ApiProblems.authenticationRequired(), json);
    }

    private static boolean isTokenFeedRequest(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getParameter("token") != null
                && TOKEN_FEED_PATH.matcher(RequestPaths.pathWithinApplication(request)).matches();
    }
}
