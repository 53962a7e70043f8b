package fr.proxima.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The user of the current HTTP request: the user logged in to the Camunda webapps in the same
 * HTTP session, else the HTTP Basic credentials checked against the Camunda identity service.
 * The result is kept as a request attribute, so one request checks a password once: Camunda
 * counts each failed check toward the user's login delay.
 *
 * <p>NOTE: {@code /api} does not check the webapps' CSRF token. Cross-site requests are kept out
 * by the session cookie's {@code SameSite=Lax}, which the Camunda webapps set at login
 * ({@code camunda.bpm.webapp.session-cookie}). So a state-changing endpoint must not accept GET.
 */
@Component
class HttpRequestCurrentUser implements CurrentUser {

    private static final Logger log = LoggerFactory.getLogger(HttpRequestCurrentUser.class);

    private static final String USER_ID_ATTRIBUTE = HttpRequestCurrentUser.class.getName() + ".userId";

    /** Request attribute value of a request that was checked and found anonymous. */
    private static final String ANONYMOUS = "";

    private static final String BASIC_PREFIX = "basic ";

    private final ProcessEngine processEngine;

    private final IdentityService identityService;

    private final AuthenticationProperties webappAuthentication;

    HttpRequestCurrentUser(ProcessEngine processEngine, CamundaBpmProperties camundaProperties) {
        this.processEngine = processEngine;
        this.identityService = processEngine.getIdentityService();
        this.webappAuthentication = camundaProperties.getWebapp().getAuth();
    }

    @Override
    public Optional<String> id() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servletAttributes) {
            return authenticate(servletAttributes.getRequest());
        }
        return Optional.empty();
    }

    /** Returns the id of the request's user, checking the session and the credentials once per request. */
    Optional<String> authenticate(HttpServletRequest request) {
        Object known = request.getAttribute(USER_ID_ATTRIBUTE);
        if (known instanceof String userId) {
            return userId.isEmpty() ? Optional.empty() : Optional.of(userId);
        }
        Optional<String> userId = fromWebappSession(request).or(() -> fromBasicCredentials(request));
        request.setAttribute(USER_ID_ATTRIBUTE, userId.orElse(ANONYMOUS));
        return userId;
    }

    private Optional<String> fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        // The webapps reload a session's groups after the cache time to live and drop deleted
        // users. This request does not pass through the webapp filters, so it does the same.
        if (webappAuthentication.getCache().isTtlEnabled()) {
            AuthenticationUtil.updateCache(authentications, session, webappAuthentication.getCache().getTimeToLive());
        }
        Authentication authentication = authentications.getAuthenticationForProcessEngine(processEngine.getName());
        if (authentication == null || authentication.getIdentityId() == null) {
            return Optional.empty();
        }
        return Optional.of(authentication.getIdentityId());
    }

    private Optional<String> fromBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC_PREFIX, 0, BASIC_PREFIX.length())) {
            return Optional.empty();
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(BASIC_PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            log.info("Rejected HTTP Basic credentials that are not valid Base64 on {}", request.getRequestURI());
            return Optional.empty();
        }
        int colon = credentials.indexOf(':');
        if (colon <= 0) {
            log.info("Rejected HTTP Basic credentials without a user id on {}", request.getRequestURI());
            return Optional.empty();
        }
        String userId = credentials.substring(0, colon);
        String password = credentials.substring(colon + 1);
        if (identityService.checkPassword(userId, password)) {
            return Optional.of(userId);
        }
        log.info("Wrong HTTP Basic password or unknown user {} on {}", printable(userId), request.getRequestURI());
        return Optional.empty();
    }

    private static String printable(String userId) {
        String cleaned = userId.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 64 ? cleaned : cleaned.substring(0, 64) + "…";
    }
}
