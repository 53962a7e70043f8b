package fr.proxima.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Writes the errors of every request under {@code /api} as problem details: those that our
 * controllers throw with {@link ApiProblems#exception}, and those that Spring MVC raises before a
 * controller runs (unknown path, method, content type or response format, upload too large,
 * unreadable JSON body, missing or malformed parameter), which get a French title and detail here.
 *
 * <p>The advice is global because Spring MVC raises the latter before it has chosen a controller.
 * For a request outside {@code /api}, each handler rethrows the exception, so that Spring's
 * default handling applies as if this advice did not exist.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MultipartProperties multipart;

    ApiExceptionHandler(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> handleProblem(ErrorResponseException exception, HttpServletRequest request) {
        if (!ApiProblems.isApiRequest(request)) {
            throw exception;
        }
        return response(exception.getStatusCode(), exception.getHeaders(), exception.getBody());
    }

    @ExceptionHandler({
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> handleRequestError(Exception exception, HttpServletRequest request)
            throws Exception {
        if (!ApiProblems.isApiRequest(request)) {
            throw exception;
        }
        log.warn("Rejected {} {}: {}", request.getMethod(), request.getRequestURI(), exception.getMessage());
        ErrorResponse error = (ErrorResponse) exception;
        ProblemDetail problem = describe(exception, error.getStatusCode(), request);
        return response(error.getStatusCode(), error.getHeaders(), problem);
    }

    /** A request body that is not valid JSON, or whose values do not fit the expected fields. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> handleUnreadableBody(HttpMessageNotReadableException exception,
            HttpServletRequest request) {
        if (!ApiProblems.isApiRequest(request)) {
            throw exception;
        }
        log.warn("Rejected the body of {} {}: {}", request.getMethod(), request.getRequestURI(),
                exception.getMostSpecificCause().getClass().getSimpleName());
        String detail = "Le corps de la requête n'est pas un JSON valide";
        if (exception.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
            detail = "Le champ « " + field + " » du corps de la requête n'a pas le type attendu"
                    + " (texte, nombre ou objet selon le champ)";
        } else if (exception.getCause() instanceof JsonProcessingException parse && parse.getLocation() != null) {
            JsonLocation location = parse.getLocation();
            detail += " (ligne " + location.getLineNr() + ", colonne " + location.getColumnNr() + ")";
        }
        return response(HttpStatus.BAD_REQUEST, new HttpHeaders(), ApiProblems.problem(HttpStatus.BAD_REQUEST,
                "Requête invalide", detail + " : corrigez-le et renvoyez la requête."));
    }

    /** A path or query parameter that is missing, or that is not of its type, such as a non-numeric id. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> handleParameterError(Exception exception, HttpServletRequest request)
            throws Exception {
        if (!ApiProblems.isApiRequest(request)) {
            throw exception;
        }
        log.warn("Rejected a parameter of {} {}: {}", request.getMethod(), request.getRequestURI(),
                exception.getClass().getSimpleName());
        String detail;
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            detail = "Le paramètre « " + mismatch.getName() + " » n'a pas le format attendu : vérifiez sa valeur.";
        } else {
            detail = "Le paramètre « " + ((MissingServletRequestParameterException) exception).getParameterName()
                    + " » est obligatoire.";
        }
        return response(HttpStatus.BAD_REQUEST, new HttpHeaders(),
                ApiProblems.problem(HttpStatus.BAD_REQUEST, "Paramètre invalide", detail));
    }

    private ProblemDetail describe(Exception exception, HttpStatusCode status, HttpServletRequest request) {
        String path = request.getRequestURI();
        if (exception instanceof HttpRequestMethodNotSupportedException methodError) {
            return ApiProblems.problem(status, "Méthode non autorisée", "La méthode " + methodError.getMethod()
                    + " n'est pas acceptée sur " + path + " : utilisez " + methods(methodError) + ".");
        }
        if (exception instanceof HttpMediaTypeNotSupportedException contentTypeError) {
            MediaType contentType = contentTypeError.getContentType();
            String sent = contentType == null ? "absent" : "« " + contentType + " »";
            return ApiProblems.problem(status, "Type de contenu non pris en charge", "Le type de contenu " + sent
                    + " n'est pas accepté sur " + path + " : envoyez "
                    + mediaTypes(contentTypeError.getSupportedMediaTypes()) + ".");
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException acceptError) {
            return ApiProblems.problem(status, "Format de réponse indisponible", "L'adresse " + path + " répond en "
                    + mediaTypes(acceptError.getSupportedMediaTypes())
                    + " : acceptez ce format dans l'en-tête Accept de la requête.");
        }
        if (exception instanceof MaxUploadSizeExceededException) {
            return ApiProblems.problem(status, "Fichier trop volumineux", "La requête dépasse la taille maximale"
                    + " acceptée (" + size(multipart.getMaxFileSize()) + " par fichier, "
                    + size(multipart.getMaxRequestSize()) + " par requête) : envoyez un fichier plus petit.");
        }
        return ApiProblems.problem(status, "Adresse inconnue",
                "Aucune ressource de l'API Proxima ne correspond à " + path + " : vérifiez l'adresse.");
    }

    private static ResponseEntity<ProblemDetail> response(HttpStatusCode status, HttpHeaders headers,
            ProblemDetail problem) {
        return ResponseEntity.status(status).headers(headers).contentType(ApiProblems.MEDIA_TYPE).body(problem);
    }

    private static String methods(HttpRequestMethodNotSupportedException exception) {
        var supported = exception.getSupportedHttpMethods();
        if (supported == null || supported.isEmpty()) {
            return "une autre méthode";
        }
        return supported.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(" ou "));
    }

    private static String mediaTypes(List<MediaType> types) {
        if (types.isEmpty()) {
            return "un autre format";
        }
        return types.stream().map(MediaType::toString).collect(Collectors.joining(" ou "));
    }

    /** Formats a size as French writes it: "5 Mo", "512 Ko", "100 octets"; a negative size means no limit. */
    private static String size(DataSize size) {
        long bytes = size.toBytes();
        if (bytes < 0) {
            return "sans limite";
        }
        if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " Mo";
        }
        if (bytes > 0 && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " Ko";
        }
        return bytes + " octets";
    }
}
