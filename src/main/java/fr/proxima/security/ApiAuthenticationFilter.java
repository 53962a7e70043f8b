package fr.proxima.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.proxima.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires an authenticated user on our own {@code /api} endpoints: a Camunda webapp session or
 * valid HTTP Basic credentials. Every failure gets the same 401 problem detail,
 * {@link ApiProblems#authenticationRequired()}, which does not reveal whether the user is unknown
 * or the password is wrong.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"Proxima\"";

    private final HttpRequestCurrentUser currentUser;

    private final ObjectMapper json;

    ApiAuthenticationFilter(HttpRequestCurrentUser currentUser, ObjectMapper json) {
        this.currentUser = currentUser;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (currentUser.authenticate(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", CHALLENGE);
        ApiProblems.write(request, response, ApiProblems.authenticationRequired(), json);
    }
}
