package fr.proxima.ticket;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Returns a form rejected by our checks as 400 and the French messages alone, on the form routes
 * of {@code /engine-rest} and of the webapps' engine API. Without it, Tasklist shows a task form's
 * errors behind the engine's English prefix ("Cannot submit task form …: ENGINE-03051 …"), because
 * the engine wraps every exception that a task listener throws.
 */
@Component
class FormErrorResponses extends OncePerRequestFilter {

    private static final Pattern FORM_ROUTE =
            Pattern.compile(".*/(task/[^/]+/(submit-form|complete)|process-definition/.+/(submit-form|start))$");

    private final ObjectMapper json;

    FormErrorResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !FORM_ROUTE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        TicketValidationException.LAST_IN_THREAD.remove();
        try {
            chain.doFilter(request, buffered);
            TicketValidationException rejection = TicketValidationException.LAST_IN_THREAD.get();
            if (rejection != null && buffered.getStatus() >= HttpServletResponse.SC_BAD_REQUEST) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", TicketValidationException.class.getSimpleName());
                body.put("message", rejection.getMessage());
                body.put("errors", rejection.errors());
                buffered.resetBuffer();
                buffered.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
                buffered.setCharacterEncoding("UTF-8");
                json.writeValue(buffered.getOutputStream(), body);
            }
        } finally {
            TicketValidationException.LAST_IN_THREAD.remove();
            buffered.copyBodyToResponse();
        }
    }
}
