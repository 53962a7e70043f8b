package fr.proxima.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers of every response. The Camunda webapps under their application path
 * get their content security policy from Camunda's own header filter
 * ({@code camunda.bpm.webapp.header-security}), which adds a per-response nonce that their pages
 * need. Every other path, our pages, {@code /api} and {@code /engine-rest}, gets {@link #POLICY}.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * Policy of our pages: scripts, styles and fetches from this origin only, no inline script or
     * style, no plugin, and no framing. Our pages load their scripts and styles as files.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** Two years, in seconds; subdomains included. */
    static final String HSTS = "max-age=63072000; includeSubDomains";

    private final String webappPrefix;

    private final boolean hstsEnabled;

    /**
     * @param webappPath the path of the Camunda webapps, such as {@code /camunda}
     * @param hstsEnabled true to send Strict-Transport-Security, which a browser honours only over HTTPS
     */
    SecurityHeadersFilter(String webappPath, boolean hstsEnabled) {
        this.webappPrefix = webappPath + "/";
        this.hstsEnabled = hstsEnabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // Feed addresses carry a personal token in their query: never send a URL to another site.
        response.setHeader("Referrer-Policy", "same-origin");
        if (!RequestPaths.pathWithinApplication(request).startsWith(webappPrefix)) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        if (hstsEnabled) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
