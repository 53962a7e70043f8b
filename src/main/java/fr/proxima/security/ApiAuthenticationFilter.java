package fr.proxima.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires an authenticated user on our own {@code /api} endpoints: a Camunda webapp session or
 * valid HTTP Basic credentials. Every failure gets the same 401 response, which does not reveal
 * whether the user is unknown or the password is wrong.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String AUTHENTICATION_REQUIRED = "Authentification requise.";

    static final String CHALLENGE = "Basic realm=\"Proxima\"";

    private final HttpRequestCurrentUser currentUser;

    ApiAuthenticationFilter(HttpRequestCurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (currentUser.authenticate(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", CHALLENGE);
        ErrorResponses.writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, AUTHENTICATION_REQUIRED);
    }
}
