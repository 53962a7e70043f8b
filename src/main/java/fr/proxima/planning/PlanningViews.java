package fr.proxima.planning;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.UserDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Plannings and visits as the API returns them, with French labels beside the codes. */
@Component
class PlanningViews {

    private final PlanningService plannings;

    private final VisitChangeService visitChanges;

    private final SchoolRepository schools;

    private final UserDirectory users;

    PlanningViews(PlanningService plannings, VisitChangeService visitChanges, SchoolRepository schools,
            UserDirectory users) {
        this.plannings = plannings;
        this.visitChanges = visitChanges;
        this.schools = schools;
        this.users = users;
    }

    record WarningView(String uai, double hoursOver, String message) {
    }

    /**
     * A planning.
     *
     * @param month such as "2026-03"
     * @param visits the planning's visits, in the view of one planning only; null in a list
     */
    record PlanningView(long id, String month, String monthLabel, String status, String statusLabel,
            String fileName, String uploadedBy, String uploadedByName, Instant uploadedAt, String decidedBy,
            String decidedByName, Instant decidedAt, String decisionComment, Instant publishedAt, String processInstanceId,
            List<WarningView> warnings, int visitCount, List<VisitView> visits) {
    }

    /**
     * A visit.
     *
     * @param start local time in Europe/Paris, "HH:MM"
     * @param plannedHours hours that the visit counts against the allocation, from its slot
     * @param sourceLine the line of the planning file that gave the visit, or null for a visit added later
     */
    record VisitView(long id, Long planningId, String date, String dateLabel, String slot, String slotLabel,
            String start, String end, double plannedHours, String uai, String schoolName, String technician,
            String technicianName, String status, String statusLabel, int sequence, Integer consumedMinutes,
            Integer sourceLine, Instant updatedAt) {
    }

    record ChangeView(Instant at, String author, String authorName, String kind, String kindLabel, String summary) {
    }

    /** A visit with its history. */
    record VisitDetail(VisitView visit, List<ChangeView> history) {
    }

    /** A visit after a change, with the allocation warnings that the change raised. */
    record VisitChangeResult(VisitView visit, boolean changed, List<WarningView> warnings) {
    }

    PlanningView summary(Planning planning) {
        return view(planning, plannings.visitsOf(planning.getId()), false);
    }

    PlanningView detail(Planning planning) {
        return view(planning, plannings.visitsOf(planning.getId()), true);
    }

    private PlanningView view(Planning planning, List<Visit> visits, boolean withVisits) {
        Map<String, String> technicianNames = new HashMap<>();
        Map<String, String> schoolNames = new HashMap<>();
        return new PlanningView(planning.getId(), planning.getMonth().toString(),
                FrenchFormats.month(planning.getMonth()), planning.getStatus().name(), planning.getStatus().label(),
                planning.getFileName(), planning.getUploadedBy(), users.displayName(planning.getUploadedBy()),
                planning.getUploadedAt(), planning.getDecidedBy(),
                planning.getDecidedBy() == null ? null : users.displayName(planning.getDecidedBy()),
                planning.getDecidedAt(),
                planning.getDecisionComment(), planning.getPublishedAt(), planning.getProcessInstanceId(),
                warnings(planning.getWarnings()), visits.size(),
                withVisits ? visits.stream().map(visit -> visit(visit, technicianNames, schoolNames)).toList() : null);
    }

    List<WarningView> warnings(List<PlanningWarning> warnings) {
        return warnings.stream()
                .map(warning -> new WarningView(warning.getSchoolUai(), warning.getMinutesOver() / 60.0,
                        warning.getMessage()))
                .toList();
    }

    VisitView visit(Visit visit) {
        return visit(visit, new HashMap<>(), new HashMap<>());
    }

    VisitDetail detail(Visit visit) {
        List<ChangeView> history = visitChanges.history(visit.getId()).stream()
                .map(change -> new ChangeView(change.getChangedAt(), change.getAuthor(),
                        users.displayName(change.getAuthor()), change.getKind().name(), change.getKind().label(),
                        change.getSummary()))
                .toList();
        return new VisitDetail(visit(visit), history);
    }

    /** Maps a visit, reading each technician's and lycée's name once per map. */
    private VisitView visit(Visit visit, Map<String, String> technicianNames, Map<String, String> schoolNames) {
        String schoolName = schoolNames.computeIfAbsent(visit.getSchoolUai(),
                uai -> schools.findById(uai).map(School::getName).orElse(uai));
        return new VisitView(visit.getId(), visit.getPlanningId(), visit.getDate().toString(),
                FrenchFormats.date(visit.getDate()), visit.getSlot().name(), visit.getSlot().label(),
                FrenchFormats.time(visit.getStart()), FrenchFormats.time(visit.getEnd()),
                visit.getSlot().plannedMinutes() / 60.0, visit.getSchoolUai(), schoolName, visit.getTechnicianId(),
                technicianNames.computeIfAbsent(visit.getTechnicianId(), users::displayName), visit.getStatus().name(),
                visit.getStatus().label(), visit.getIcalSequence(), visit.getConsumedMinutes(), visit.getSourceLine(),
                visit.getUpdatedAt());
    }
}
