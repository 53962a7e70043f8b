package fr.proxima.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.util.UrlPathHelper;

/**
 * Builds the error responses of our own endpoints under {@code /api}: RFC 9457 problem details
 * with a French {@code title} and a French {@code detail} that states what failed and what to do.
 * A controller throws {@link #exception}, which {@link ApiExceptionHandler} writes. A servlet
 * filter, which runs before Spring MVC, writes its problem with {@link #write}.
 */
public final class ApiProblems {

    /** Content type of every error response under {@code /api}, whatever the request's Accept header. */
    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    private static final String API_PATH = "/api";

    private ApiProblems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** Returns the exception to throw from a controller to respond with this problem. */
    public static ErrorResponseException exception(HttpStatusCode status, String title, String detail) {
        return exception(problem(status, title, detail));
    }

    /** Returns the exception to throw from a controller to respond with this problem and its extra properties. */
    public static ErrorResponseException exception(ProblemDetail problem) {
        return new ErrorResponseException(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
    }

    /**
     * Returns the 401 problem of a request without a valid user. It has one text for every cause
     * (no credentials, unknown user, wrong password), so it does not reveal which users exist.
     */
    public static ProblemDetail authenticationRequired() {
        return problem(HttpStatus.UNAUTHORIZED, "Authentification requise",
                "Identifiants absents ou refusés : connectez-vous à Proxima (Tasklist), ou envoyez en HTTP Basic"
                        + " l'identifiant et le mot de passe de votre compte, puis réessayez.");
    }

    /** Tells whether the request is for one of our own endpoints, whose errors are problem details. */
    public static boolean isApiRequest(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.equals(API_PATH) || path.startsWith(API_PATH + "/");
    }

    /**
     * Writes the problem as the whole response, for a servlet filter. Like Spring MVC, it sets the
     * problem's {@code instance} to the request path when the problem has none.
     *
     * @param json the application's object mapper, which writes a problem's extra properties at
     *     the top level of the JSON object as RFC 9457 requires
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
            ObjectMapper json) throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MEDIA_TYPE.toString());
        json.writeValue(response.getOutputStream(), problem);
    }
}
