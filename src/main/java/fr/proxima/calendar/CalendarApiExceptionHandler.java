package fr.proxima.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Writes the errors raised by {@link WorkingDayController} as RFC 9457 problem details with their
 * French title and detail. A school year without a calendar is the caller's range, hence a 400.
 */
@RestControllerAdvice(assignableTypes = WorkingDayController.class)
class CalendarApiExceptionHandler {

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> handle(ErrorResponseException exception) {
        return ResponseEntity.status(exception.getStatusCode()).body(exception.getBody());
    }

    @ExceptionHandler(SchoolCalendarNotImportedException.class)
    ResponseEntity<ProblemDetail> handle(SchoolCalendarNotImportedException exception) {
        ErrorResponseException problem = WorkingDayController.problem(HttpStatus.BAD_REQUEST,
                "Calendrier scolaire manquant", exception.getMessage());
        return handle(problem);
    }
}
