package fr.proxima.planning;

import fr.proxima.calendar.SchoolYear;
import fr.proxima.school.SchoolRepository;
import fr.proxima.school.Uai;
import fr.proxima.web.ApiProblems;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lycée's hour allocation for a school year, with the hours planned and consumed. Its
 * correspondents and technicians read it, as planners and administrators do for every lycée. A
 * request for another lycée gets 404, as one for an unknown lycée does.
 */
@RestController
class AllocationController {

    private final AllocationService allocations;

    private final SchoolRepository schools;

    private final PlanningAccess access;

    AllocationController(AllocationService allocations, SchoolRepository schools, PlanningAccess access) {
        this.allocations = allocations;
        this.schools = schools;
        this.access = access;
    }

    /**
     * Returns the allocation report.
     *
     * @param schoolYear such as "2025-2026"; the current school year when absent
     */
    @GetMapping(path = "/api/schools/{uai}/allocation", produces = MediaType.APPLICATION_JSON_VALUE)
    AllocationReport allocation(@PathVariable("uai") String uai,
            @RequestParam(name = "schoolYear", required = false) String schoolYear) {
        String userId = access.requireUser();
        SchoolYear year = parseSchoolYear(schoolYear);
        String normalized = Uai.normalize(uai);
        return schools.findById(normalized)
                .filter(school -> access.canReadSchool(userId, normalized))
                .map(school -> allocations.report(school, year))
                .orElseThrow(() -> ApiProblems.exception(HttpStatus.NOT_FOUND, "Lycée introuvable",
                        "Aucun lycée accessible ne porte l'UAI « " + PlanningFileReader.printable(uai) + " »."));
    }

    private static SchoolYear parseSchoolYear(String value) {
        if (value == null || value.isBlank()) {
            return SchoolYear.containing(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Paris"))
                    .toLocalDate());
        }
        return SchoolYear.parse(value).orElseThrow(() -> ApiProblems.exception(HttpStatus.BAD_REQUEST, "Paramètre invalide",
                "Le paramètre « schoolYear » vaut « " + PlanningFileReader.printable(value) + " » : une année scolaire"
                        + " AAAA-AAAA est attendue, par exemple 2025-2026."));
    }
}
