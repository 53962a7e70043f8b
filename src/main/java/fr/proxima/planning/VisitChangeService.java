package fr.proxima.planning;

import fr.proxima.school.Uai;
import fr.proxima.security.UserDirectory;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to published visits: a planner adds, moves or cancels one. Each change is checked as a
 * line of a planning file is, recorded in the visit's history, mailed to the lycée's
 * correspondents by the process visit-change, and announced by a {@link SchoolPlanChanged} event.
 */
@Service
@Transactional
public class VisitChangeService {

    private static final Logger LOG = LoggerFactory.getLogger(VisitChangeService.class);

    private final VisitRepository visits;

    private final VisitChangeRepository changes;

    private final PlanningRepository plannings;

    private final VisitValidator validator;

    private final AllocationService allocations;

    private final RuntimeService runtimeService;

    private final UserDirectory users;

    private final ApplicationEventPublisher events;

    VisitChangeService(VisitRepository visits, VisitChangeRepository changes, PlanningRepository plannings,
            VisitValidator validator, AllocationService allocations, RuntimeService runtimeService,
            UserDirectory users, ApplicationEventPublisher events) {
        this.visits = visits;
        this.changes = changes;
        this.plannings = plannings;
        this.validator = validator;
        this.allocations = allocations;
        this.runtimeService = runtimeService;
        this.users = users;
        this.events = events;
    }

    /**
     * A visit after a change, with the allocation warnings that the change raised.
     *
     * @param changed false when the request left the visit as it was, and nothing was mailed
     */
    public record Outcome(Visit visit, boolean changed, List<PlanningWarning> warnings) {
    }

    /**
     * The values of a visit to add, or those to change in a visit to move: a null value keeps the
     * visit's value. Values are written as in a planning file.
     */
    public record VisitValues(String date, String uai, String technician, String slot, String start, String end) {
    }

    /**
     * Adds a published visit. It joins the latest published planning of its month, if any.
     *
     * @throws PlanningRejectedException when a value is invalid or the technician is already booked
     */
    public Outcome add(VisitValues values, String author) {
        VisitRequest request = validate(new VisitLine(null, values.date(), values.uai(), values.technician(),
                values.slot(), values.start(), values.end()), null);
        List<PlanningWarning> warnings = allocations.overruns(List.of(request), null);
        Instant now = PlanningService.now();
        Long planningId = publishedPlanningOf(YearMonth.from(request.date())).map(Planning::getId).orElse(null);
        Visit visit = visits.save(new Visit(planningId, request, VisitStatus.PUBLISHED, now));
        record(visit, VisitChangeKind.ADDED, author, now, "Passage ajouté : " + describe(visit) + ".");
        LOG.info("Visit {} added for school {} on {} by {}", visit.getId(), visit.getSchoolUai(), visit.getDate(),
                author);
        return new Outcome(visit, true, warnings);
    }

    /**
     * Moves a published visit to another day, slot, hours or technician. Changing the slot without
     * giving hours gives the new slot's usual hours. A visit does not change lycée: cancel it and
     * add another.
     *
     * @throws PlanningRejectedException when a value is invalid or the technician is already booked
     * @throws VisitStateException when the visit is not published
     */
    public Outcome move(long visitId, VisitValues values, String author) {
        Visit visit = findChangeable(visitId);
        if (values.uai() != null && !Uai.normalize(values.uai()).equals(visit.getSchoolUai())) {
            throw new PlanningRejectedException(List.of(PlanningError.of(null, "un passage ne change pas de lycée :"
                    + " annulez-le, puis ajoutez un passage au lycée voulu.")));
        }
        // Hours that the request leaves out are kept, unless the slot changes: then they are left
        // empty, so that the new slot's usual hours apply.
        boolean slotChanged = values.slot() != null && VisitSlot.parse(values.slot()).orElse(null) != visit.getSlot();
        String keptStart = slotChanged ? "" : FrenchFormats.time(visit.getStart());
        String keptEnd = slotChanged ? "" : FrenchFormats.time(visit.getEnd());
        String start = Optional.ofNullable(values.start()).orElse(keptStart);
        String end = Optional.ofNullable(values.end()).orElse(keptEnd);
        VisitLine line = new VisitLine(null,
                Optional.ofNullable(values.date()).orElse(visit.getDate().toString()),
                visit.getSchoolUai(),
                Optional.ofNullable(values.technician()).orElse(visit.getTechnicianId()),
                Optional.ofNullable(values.slot()).orElse(visit.getSlot().name()),
                start, end);
        VisitRequest request = validate(line, visitId);
        if (sameValues(visit, request)) {
            return new Outcome(visit, false, List.of());
        }

        List<PlanningWarning> warnings = allocations.overruns(List.of(request), visitId);
        String before = describe(visit);
        Instant now = PlanningService.now();
        visit.move(request, now);
        record(visit, VisitChangeKind.MOVED, author, now, "Passage déplacé : prévu le " + before
                + ", il a lieu le " + describe(visit) + ".");
        LOG.info("Visit {} of school {} moved by {} to {} {}", visit.getId(), visit.getSchoolUai(), author,
                visit.getDate(), visit.getSlot());
        return new Outcome(visit, true, warnings);
    }

    /**
     * Cancels a published visit.
     *
     * @param reason an optional reason, which the mail to the lycée gives
     * @throws VisitStateException when the visit is not published
     */
    public Outcome cancel(long visitId, String reason, String author) {
        Visit visit = findChangeable(visitId);
        Instant now = PlanningService.now();
        visit.cancel(now);
        String because = reason == null || reason.isBlank() ? "" : " Motif : " + reason.strip() + ".";
        record(visit, VisitChangeKind.CANCELLED, author, now, "Passage annulé : " + describe(visit) + "." + because);
        LOG.info("Visit {} of school {} on {} cancelled by {}", visit.getId(), visit.getSchoolUai(), visit.getDate(),
                author);
        return new Outcome(visit, true, List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Visit> find(long visitId) {
        return visits.findById(visitId);
    }

    @Transactional(readOnly = true)
    public List<VisitChange> history(long visitId) {
        return changes.findByVisitIdOrderByChangedAtAscIdAsc(visitId);
    }

    private Visit findChangeable(long visitId) {
        Visit visit = visits.findById(visitId)
                .orElseThrow(() -> new VisitNotFoundException(visitId));
        switch (visit.getStatus()) {
            case PUBLISHED -> {
                return visit;
            }
            case PLANNED -> throw new VisitStateException("Ce passage appartient au planning n° "
                    + visit.getPlanningId() + ", qui attend sa confirmation : confirmez ou abandonnez ce planning"
                    + " dans Tasklist avant de modifier ses passages.");
            case CANCELLED -> throw new VisitStateException("Ce passage est annulé : il ne peut plus être modifié.");
            default -> throw new VisitStateException("Ce passage a eu lieu : il ne peut plus être modifié.");
        }
    }

    private VisitRequest validate(VisitLine line, Long movedVisitId) {
        VisitValidator.Validation validation = validator.validateOne(line, movedVisitId);
        if (!validation.valid()) {
            throw new PlanningRejectedException(validation.errors());
        }
        return validation.visits().get(0);
    }

    private static boolean sameValues(Visit visit, VisitRequest request) {
        return visit.getDate().equals(request.date())
                && visit.getTechnicianId().equals(request.technicianId())
                && visit.getSlot() == request.slot()
                && visit.getStart().equals(request.start())
                && visit.getEnd().equals(request.end());
    }

    private Optional<Planning> publishedPlanningOf(YearMonth month) {
        return plannings.findAllByOrderByUploadedAtDescIdDesc().stream()
                .filter(planning -> planning.getStatus() == PlanningStatus.PUBLISHED)
                .filter(planning -> planning.getMonth().equals(month))
                .findFirst();
    }

    /** Records the change, starts the mail to the lycée and announces the change of its plan. */
    private void record(Visit visit, VisitChangeKind kind, String author, Instant at, String summary) {
        VisitChange change = changes.save(new VisitChange(visit, kind, author, at, summary));
        runtimeService.startProcessInstanceByKey(PlanningProcess.CHANGE_KEY,
                "visit-" + visit.getId() + "-" + visit.getIcalSequence(),
                Map.of(PlanningProcess.Var.VISIT_CHANGE_ID, change.getId(),
                        PlanningProcess.Var.SCHOOL_UAI, visit.getSchoolUai()));
        events.publishEvent(new SchoolPlanChanged(visit.getSchoolUai()));
    }

    /** Describes a visit as "lundi 2 mars 2026, matin, 08:30–12:00, avec Julien Moreau". */
    private String describe(Visit visit) {
        return FrenchFormats.date(visit.getDate()) + ", " + visit.getSlot().label() + ", "
                + FrenchFormats.hours(visit.getStart(), visit.getEnd()) + ", avec "
                + users.displayName(visit.getTechnicianId());
    }
}
