package fr.proxima.school;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Writes the errors raised by {@link SchoolController} as RFC 9457 problem details, keeping their
 * French title and detail. Without it, Spring would respond with a generic error body.
 */
@RestControllerAdvice(assignableTypes = SchoolController.class)
class SchoolApiExceptionHandler {

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> handle(ErrorResponseException exception) {
        return ResponseEntity.status(exception.getStatusCode()).body(exception.getBody());
    }
}
