package fr.proxima.visit;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.planning.VisitNotFoundException;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.CurrentUser;
import fr.proxima.security.SchoolAccess;
import fr.proxima.web.ApiProblems;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The on-site visit as users read it: the queue of a visit, a technician's visits of the day, and
 * the activité du jour of a lycée. Each responds only to the people of the visit's lycée and to
 * administrators; another lycée's visit or activity gets the same 404 as an unknown one.
 */
@RestController
class VisitQueueController {

    private final VisitQueue queue;

    private final VisitService visits;

    private final PublishedVisits publishedVisits;

    private final SchoolAccess schoolAccess;

    private final SchoolRepository schools;

    private final CurrentUser currentUser;

    VisitQueueController(VisitQueue queue, VisitService visits, PublishedVisits publishedVisits,
            SchoolAccess schoolAccess, SchoolRepository schools, CurrentUser currentUser) {
        this.queue = queue;
        this.visits = visits;
        this.publishedVisits = publishedVisits;
        this.schoolAccess = schoolAccess;
        this.schools = schools;
        this.currentUser = currentUser;
    }

    record VisitSummary(long id, String schoolUai, String schoolName, String visit, String status, Instant startsAt,
            Instant endsAt) {
    }

    record ActivityView(String schoolUai, LocalDate date, String body, Instant updatedAt) {
    }

    @GetMapping("/api/visits/{id}/queue")
    VisitQueue.QueueView queue(@PathVariable long id) {
        String userId = requireUser();
        Visit visit = readableVisit(userId, id);
        return queue.queue(visit.getId());
    }

    /** Returns the current user's visits from today on, for the technician's page. */
    @GetMapping("/api/visits/mine")
    List<VisitSummary> mine() {
        String userId = requireUser();
        LocalDate today = VisitService.now().atZone(VisitProcess.ZONE).toLocalDate();
        return publishedVisits.ofTechnician(userId, today, today.plusDays(31)).stream().map(this::summary).toList();
    }

    @GetMapping("/api/schools/{uai}/activities")
    List<ActivityView> activities(@PathVariable String uai) {
        String userId = requireUser();
        String school = readableSchool(userId, uai);
        return visits.activities(school).stream()
                .map(activity -> new ActivityView(activity.getSchoolUai(), activity.getDate(), activity.getBody(),
                        activity.getUpdatedAt()))
                .toList();
    }

    private Visit readableVisit(String userId, long visitId) {
        Visit visit;
        try {
            visit = visits.visit(visitId);
        } catch (VisitNotFoundException e) {
            throw visitNotFound(visitId);
        }
        if (!schoolAccess.canRead(userId, visit.getSchoolUai()) && !visit.getTechnicianId().equals(userId)) {
            throw visitNotFound(visitId);
        }
        return visit;
    }

    private String readableSchool(String userId, String uai) {
        String normalized = uai == null ? "" : uai.strip().toUpperCase(java.util.Locale.ROOT);
        if (!schoolAccess.canRead(userId, normalized) || schools.findById(normalized).isEmpty()) {
            throw ApiProblems.exception(HttpStatus.NOT_FOUND, "Lycée introuvable",
                    "Aucun lycée accessible ne porte le code UAI « " + normalized.replaceAll("\\p{Cntrl}", "?")
                            + " ».");
        }
        return normalized;
    }

    private VisitSummary summary(Visit visit) {
        String schoolName = schools.findById(visit.getSchoolUai()).map(School::getName).orElse(visit.getSchoolUai());
        return new VisitSummary(visit.getId(), visit.getSchoolUai(), schoolName, PublishedVisits.describe(visit),
                visit.getStatus().label(), visit.startsAt(), visit.endsAt());
    }

    private static ErrorResponseException visitNotFound(long visitId) {
        return ApiProblems.exception(HttpStatus.NOT_FOUND, "Passage introuvable",
                "Aucun passage accessible ne porte le numéro " + visitId + ".");
    }

    private String requireUser() {
        return currentUser.id().orElseThrow(() -> ApiProblems.exception(ApiProblems.authenticationRequired()));
    }
}
