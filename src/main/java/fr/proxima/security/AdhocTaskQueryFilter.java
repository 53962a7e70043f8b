package fr.proxima.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects ad-hoc task queries that carry an expression. Camunda 7.24.0 evaluates expressions in
 * the {@code orQueries} of a task query although {@code enableExpressionsInAdhocQueries} is false,
 * so an authenticated user could run any expression on the server. This filter rejects, with 400,
 * the task query endpoints ({@code /task}, {@code /task/count}) and the filter executions with an
 * extending query ({@code /filter/{id}/list|count|singleResult}) whose query parameters or JSON
 * body contain a key ending in "Expression" or a value containing "${" or "#{", at any depth.
 * Stored filters keep their expressions: the engine reads those from the database.
 */
final class AdhocTaskQueryFilter extends OncePerRequestFilter {

    static final String EXPRESSION_REJECTED = "Requête de tâches refusée : les expressions ne sont pas acceptées"
            + " dans une recherche de tâches (critère « %s »). Retirez ce critère ou utilisez un filtre"
            + " enregistré.";

    static final String INVALID_BODY = "Requête de tâches refusée : le corps de la requête n'est pas un JSON valide.";

    static final String INVALID_PARAMETERS = "Requête de tâches refusée : les paramètres de l'adresse sont mal encodés.";

    static final String BODY_TOO_LARGE = "Requête de tâches refusée : le corps de la requête dépasse %d octets.";

    /** Upper bound of a task query body; Tasklist sends a few kilobytes at most. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(AdhocTaskQueryFilter.class);

    private static final JsonFactory JSON = new JsonFactory();

    /** Task query paths after a REST root, with the optional "/engine/{name}" prefix of named engines. */
    private static final Pattern TASK_QUERY_PATH = Pattern.compile(
            "(?:/engine/[^/]+)?/(?:task(?:/count)?|filter/[^/]+/(?:list|count|singleResult))/*");

    private final List<String> restRoots;

    /** @param restRoots paths of the REST APIs that serve task queries, such as {@code /engine-rest} */
    AdhocTaskQueryFilter(List<String> restRoots) {
        this.restRoots = List.copyOf(restRoots);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.pathWithinApplication(request);
        if (!isTaskQuery(path)) {
            chain.doFilter(request, response);
            return;
        }

        Optional<String> offendingParameter;
        try {
            offendingParameter = findExpressionInQueryString(request.getQueryString());
        } catch (IllegalArgumentException e) {
            reject(request, response, HttpServletResponse.SC_BAD_REQUEST, INVALID_PARAMETERS, "malformed query string");
            return;
        }
        if (offendingParameter.isPresent()) {
            reject(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    EXPRESSION_REJECTED.formatted(offendingParameter.get()), offendingParameter.get());
            return;
        }

        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            reject(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    BODY_TOO_LARGE.formatted(MAX_BODY_BYTES), "body too large");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            reject(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    BODY_TOO_LARGE.formatted(MAX_BODY_BYTES), "body too large");
            return;
        }

        Optional<String> offendingField;
        try {
            offendingField = findExpressionInJson(body);
        } catch (JsonProcessingException e) {
            reject(request, response, HttpServletResponse.SC_BAD_REQUEST, INVALID_BODY, "invalid JSON body");
            return;
        }
        if (offendingField.isPresent()) {
            reject(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    EXPRESSION_REJECTED.formatted(offendingField.get()), offendingField.get());
            return;
        }

        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private boolean isTaskQuery(String path) {
        for (String root : restRoots) {
            if (path.startsWith(root + "/") && TASK_QUERY_PATH.matcher(path.substring(root.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Returns the name of the first query parameter that carries an expression. */
    static Optional<String> findExpressionInQueryString(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return Optional.empty();
        }
        // Split on ';' too: stricter than Jersey, which only splits on '&'.
        for (String pair : queryString.split("[&;]")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (isExpressionKey(name) || containsExpression(name) || containsExpression(value)) {
                return Optional.of(shortened(name));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the name of the first field, at any depth and in any of the root values, whose name
     * ends in "Expression" or whose string value contains an expression. Every token is read, so a
     * duplicated key cannot hide an expression.
     */
    static Optional<String> findExpressionInJson(byte[] body) throws IOException {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (isExpressionKey(name) || containsExpression(name)) {
                        return Optional.of(shortened(name));
                    }
                } else if (token == JsonToken.VALUE_STRING && containsExpression(parser.getText())) {
                    String field = parser.currentName();
                    return Optional.of(field == null ? "valeur" : shortened(field));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isExpressionKey(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    private static boolean containsExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }

    /** Returns the name without control characters and cut to 80 characters, to be logged and shown. */
    private static String shortened(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }

    private static byte[] readAtMost(InputStream input, int maxBytes) throws IOException {
        return input.readNBytes(maxBytes);
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, int status, String message,
            String reason) throws IOException {
        log.warn("Rejected the task query {} {} from {}: {}", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr(), reason);
        ErrorResponses.writeJson(response, status, message);
    }
}
