package fr.proxima.planning;

import fr.proxima.calendar.SchoolCalendarNotImportedException;
import fr.proxima.web.ApiProblems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Writes the planning's own exceptions as problem details with a French title and detail, as
 * {@link ApiProblems} does for the other errors under {@code /api}. A rejected planning file or
 * visit also lists each error, with its line when it has one, in an {@code errors} member:
 * {@code [{"line": 3, "message": "Ligne 3 : ..."}]}.
 */
@RestControllerAdvice(assignableTypes = {PlanningController.class, VisitController.class,
        AllocationController.class, FeedController.class})
class PlanningApiExceptionHandler {

    @ExceptionHandler(PlanningRejectedException.class)
    ResponseEntity<ProblemDetail> handle(PlanningRejectedException exception) {
        List<PlanningError> errors = exception.errors();
        String detail = errors.size() == 1
                ? errors.get(0).message() + " Rien n'a été enregistré."
                : errors.size() + " erreurs ont été trouvées : rien n'a été enregistré. Corrigez-les toutes, puis"
                        + " envoyez de nouveau.";
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Passages refusés", detail);
        problem.setProperty("errors", errors.stream().map(PlanningApiExceptionHandler::member).toList());
        return response(problem);
    }

    @ExceptionHandler(VisitStateException.class)
    ResponseEntity<ProblemDetail> handle(VisitStateException exception) {
        return response(ApiProblems.problem(HttpStatus.CONFLICT, "Passage non modifiable", exception.getMessage()));
    }

    @ExceptionHandler(VisitNotFoundException.class)
    ResponseEntity<ProblemDetail> handle(VisitNotFoundException exception) {
        return response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Passage introuvable",
                "Aucun passage accessible ne porte ce numéro."));
    }

    @ExceptionHandler(SchoolCalendarNotImportedException.class)
    ResponseEntity<ProblemDetail> handle(SchoolCalendarNotImportedException exception) {
        return response(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Calendrier scolaire manquant",
                exception.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> handle(HttpMessageNotReadableException exception) {
        return response(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                "Le corps de la requête n'est pas un objet JSON valide : envoyez par exemple {\"date\":"
                        + " \"2026-03-02\", \"slot\": \"matin\"}."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handle(MethodArgumentTypeMismatchException exception) {
        return response(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Requête invalide", "Le paramètre « "
                + exception.getName() + " » vaut « " + PlanningFileReader.printable(String.valueOf(exception.getValue()))
                + " », qui n'est pas un nombre entier : donnez le numéro du planning ou du passage."));
    }

    private static Map<String, Object> member(PlanningError error) {
        Map<String, Object> member = new LinkedHashMap<>();
        if (error.line() != null) {
            member.put("line", error.line());
        }
        member.put("message", error.message());
        return member;
    }

    private static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.MEDIA_TYPE).body(problem);
    }
}
