package fr.proxima.planning;

import fr.proxima.web.ApiProblems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published visits. Planners and administrators add, move and cancel them, and the users who may
 * read a lycée's plan read its visits. Another lycée's visit gets 404, as an unknown one does.
 */
@RestController
@RequestMapping(path = "/api/visits", produces = MediaType.APPLICATION_JSON_VALUE)
class VisitController {

    private final VisitChangeService visits;

    private final PlanningViews views;

    private final PlanningAccess access;

    VisitController(VisitChangeService visits, PlanningViews views, PlanningAccess access) {
        this.visits = visits;
        this.views = views;
        this.access = access;
    }

    /**
     * The values of a visit in a request, written as in a planning file: date "2026-03-02", uai,
     * technician (user id), slot "matin", "après-midi" or "journée", and optional start and end
     * "HH:MM". When moving a visit, a missing value keeps the visit's value.
     */
    record VisitBody(String date, String uai, String technician, String slot, String start, String end) {

        VisitChangeService.VisitValues values() {
            return new VisitChangeService.VisitValues(date, uai, technician, slot, start, end);
        }
    }

    @GetMapping("/{id}")
    PlanningViews.VisitDetail get(@PathVariable("id") long id) {
        String userId = access.requireUser();
        return visits.find(id)
                .filter(visit -> access.canReadSchool(userId, visit.getSchoolUai()))
                .map(views::detail)
                .orElseThrow(() -> new VisitNotFoundException(id));
    }

    /** Adds a published visit; responds 201, or 400 with the errors. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanningViews.VisitChangeResult> add(@RequestBody(required = false) VisitBody body) {
        String userId = access.requirePlanner();
        VisitChangeService.Outcome outcome = visits.add(requireBody(body).values(), userId);
        return ResponseEntity.created(URI.create("/api/visits/" + outcome.visit().getId())).body(result(outcome));
    }

    /** Moves a published visit; responds 400 with the errors, 409 when the visit is not published. */
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    PlanningViews.VisitChangeResult move(@PathVariable("id") long id, @RequestBody(required = false) VisitBody body) {
        String userId = access.requirePlanner();
        return result(visits.move(id, requireBody(body).values(), userId));
    }

    /** Cancels a published visit, with an optional reason that the mail to the lycée gives. */
    @DeleteMapping("/{id}")
    PlanningViews.VisitChangeResult cancel(@PathVariable("id") long id,
            @RequestParam(name = "reason", required = false) String reason) {
        String userId = access.requirePlanner();
        if (reason != null && reason.length() > 500) {
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Paramètre invalide",
                    "Le motif de l'annulation dépasse 500 caractères.");
        }
        return result(visits.cancel(id, reason, userId));
    }

    private PlanningViews.VisitChangeResult result(VisitChangeService.Outcome outcome) {
        return new PlanningViews.VisitChangeResult(views.visit(outcome.visit()), outcome.changed(),
                views.warnings(outcome.warnings()));
    }

    private static VisitBody requireBody(VisitBody body) {
        if (body == null) {
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Requête invalide",
                    "Le corps de la requête est vide : un objet JSON avec les valeurs du passage est attendu.");
        }
        return body;
    }
}
