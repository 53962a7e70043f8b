package fr.proxima.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Fills the "Lycée" select of the ticket start form with the lycées of the user who opens it.
 *
 * <p>Tasklist renders a start form without any variable, so a Camunda Form cannot list options that
 * depend on the user. This filter rewrites the form as the REST API serves it, for the two API roots
 * (Tasklist's {@code /camunda/api/engine} and {@code /engine-rest}). The choice is checked again when
 * the ticket is registered: the list only spares the user a choice they are not allowed.
 */
@Component
class StartFormSchoolOptions extends OncePerRequestFilter {

    static final String SCHOOL_FIELD_KEY = "schoolUai";

    private static final Pattern START_FORM_PATH = Pattern.compile(".*/process-definition/.+/deployed-start-form$");

    private final CurrentUser currentUser;

    private final TicketService tickets;

    private final SchoolRepository schools;

    private final ObjectMapper objectMapper;

    StartFormSchoolOptions(CurrentUser currentUser, TicketService tickets, SchoolRepository schools,
            ObjectMapper objectMapper) {
        this.currentUser = currentUser;
        this.tickets = tickets;
        this.schools = schools;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !START_FORM_PATH.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.getContentAsByteArray();
        if (buffered.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
            byte[] rewritten = rewrite(body, request);
            if (rewritten != null) {
                buffered.resetBuffer();
                buffered.getOutputStream().write(rewritten);
            }
        }
        buffered.copyBodyToResponse();
    }

    /** Returns the form with the user's lycées as options, or null to leave the body untouched. */
    private byte[] rewrite(byte[] body, HttpServletRequest request) {
        JsonNode form;
        try {
            form = objectMapper.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
        if (!(form instanceof ObjectNode) || !TicketProcess.START_FORM.equals(form.path("id").asText())) {
            return null;
        }
        Set<String> uais = currentUser.id().map(tickets::requesterSchools).orElse(Set.of());
        List<School> own = uais.isEmpty() ? List.of() : schools.findByUaiInOrderByName(uais);
        for (JsonNode component : form.path("components")) {
            if (SCHOOL_FIELD_KEY.equals(component.path("key").asText()) && component instanceof ObjectNode field) {
                ArrayNode values = field.putArray("values");
                for (School school : own) {
                    values.addObject().put("label", school.displayName()).put("value", school.getUai());
                }
                if (own.size() == 1) {
                    field.put("defaultValue", own.get(0).getUai());
                }
            }
        }
        try {
            return objectMapper.writeValueAsString(form).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
