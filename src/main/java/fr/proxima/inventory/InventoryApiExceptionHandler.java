package fr.proxima.inventory;

import fr.proxima.web.ApiProblems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Writes the inventory's own exceptions as problem details with a French title and detail. A
 * rejected file lists each error in an {@code errors} member:
 * {@code [{"line": 3, "column": "type", "message": "Ligne 3 : ..."}]}.
 */
@RestControllerAdvice(assignableTypes = InventoryController.class)
class InventoryApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryApiExceptionHandler.class);

    @ExceptionHandler(InventoryImportException.class)
    ResponseEntity<ProblemDetail> handle(InventoryImportException exception) {
        List<ImportError> errors = exception.errors();
        String detail = errors.size() == 1
                ? errors.get(0).message() + " Rien n'a été importé."
                : errors.size() + " erreurs ont été trouvées : rien n'a été importé. Corrigez-les toutes, puis"
                        + " envoyez de nouveau le fichier.";
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Fichier d'inventaire refusé", detail);
        problem.setProperty("errors", errors.stream().map(InventoryApiExceptionHandler::member).toList());
        return response(problem);
    }

    @ExceptionHandler(EquipmentStateException.class)
    ResponseEntity<ProblemDetail> handle(EquipmentStateException exception) {
        return response(ApiProblems.problem(HttpStatus.CONFLICT, "Équipement non modifiable", exception.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handle(OptimisticLockingFailureException exception) {
        LOG.info("Concurrent change of an equipment item refused: {}", exception.getMessage());
        return response(ApiProblems.problem(HttpStatus.CONFLICT, "Équipement modifié entre-temps",
                "Quelqu'un d'autre a modifié cet équipement au même moment : rechargez-le, puis refaites votre"
                        + " modification."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> handle(HttpMessageNotReadableException exception) {
        return response(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                "Le corps de la requête n'est pas un objet JSON valide : envoyez par exemple {\"room\": \"B12\","
                        + " \"context\": \"ticket 2026-00012\"}."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handle(MethodArgumentTypeMismatchException exception) {
        return response(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Requête invalide", "Le paramètre « "
                + exception.getName() + " » n'a pas la forme attendue : donnez l'identifiant numérique de"
                + " l'équipement."));
    }

    private static Map<String, Object> member(ImportError error) {
        Map<String, Object> member = new LinkedHashMap<>();
        if (error.line() != null) {
            member.put("line", error.line());
        }
        if (error.column() != null) {
            member.put("column", error.column());
        }
        member.put("message", error.message());
        return member;
    }

    private static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.MEDIA_TYPE).body(problem);
    }
}
