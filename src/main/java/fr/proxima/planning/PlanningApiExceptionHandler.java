package fr.proxima.planning;

import fr.proxima.calendar.SchoolCalendarNotImportedException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Writes the errors of the planning's endpoints as RFC 9457 problem details with a French title
 * and detail. A rejected planning file or visit also lists each error, with its line when it has
 * one, in an {@code errors} member: {@code [{"line": 3, "message": "Ligne 3 : ..."}]}.
 */
@RestControllerAdvice(assignableTypes = {PlanningController.class, VisitController.class,
        AllocationController.class, FeedController.class})
class PlanningApiExceptionHandler {

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> handle(ErrorResponseException exception) {
        return ResponseEntity.status(exception.getStatusCode()).body(exception.getBody());
    }

    @ExceptionHandler(PlanningRejectedException.class)
    ResponseEntity<ProblemDetail> handle(PlanningRejectedException exception) {
        List<PlanningError> errors = exception.errors();
        String detail = errors.size() == 1
                ? errors.get(0).message() + " Rien n'a été enregistré."
                : errors.size() + " erreurs ont été trouvées : rien n'a été enregistré. Corrigez-les toutes, puis"
                        + " envoyez de nouveau.";
        ErrorResponseException problem = Problems.of(HttpStatus.BAD_REQUEST, "Passages refusés", detail);
        problem.getBody().setProperty("errors", errors.stream()
                .map(error -> error.line() == null
                        ? Map.of("message", error.message())
                        : Map.of("line", error.line(), "message", error.message()))
                .toList());
        return handle(problem);
    }

    @ExceptionHandler(VisitStateException.class)
    ResponseEntity<ProblemDetail> handle(VisitStateException exception) {
        return handle(Problems.of(HttpStatus.CONFLICT, "Passage non modifiable", exception.getMessage()));
    }

    @ExceptionHandler(VisitNotFoundException.class)
    ResponseEntity<ProblemDetail> handle(VisitNotFoundException exception) {
        return handle(Problems.of(HttpStatus.NOT_FOUND, "Passage introuvable", "Aucun passage ne porte ce numéro."));
    }

    @ExceptionHandler(SchoolCalendarNotImportedException.class)
    ResponseEntity<ProblemDetail> handle(SchoolCalendarNotImportedException exception) {
        return handle(Problems.of(HttpStatus.BAD_REQUEST, "Calendrier scolaire manquant", exception.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> handle(HttpMessageNotReadableException exception) {
        return handle(Problems.of(HttpStatus.BAD_REQUEST, "Requête invalide",
                "Le corps de la requête n'est pas un objet JSON valide, par exemple {\"date\": \"2026-03-02\","
                        + " \"slot\": \"matin\"}."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handle(MethodArgumentTypeMismatchException exception) {
        return handle(Problems.of(HttpStatus.BAD_REQUEST, "Requête invalide", "Le paramètre « " + exception.getName()
                + " » vaut « " + Problems.printable(String.valueOf(exception.getValue())) + " », qui n'est pas"
                + " un nombre entier."));
    }
}
