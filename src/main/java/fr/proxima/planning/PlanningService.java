package fr.proxima.planning;

import fr.proxima.calendar.SchoolYear;
import fr.proxima.security.UserDirectory;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly plannings: upload of a file, then publication or abandonment, which the process
 * monthly-planning drives through its delegates.
 */
@Service
@Transactional
public class PlanningService {

    /** Author recorded for steps that the engine runs on its own. */
    public static final String SYSTEM_AUTHOR = "système";

    private static final Logger LOG = LoggerFactory.getLogger(PlanningService.class);

    private final PlanningRepository plannings;

    private final VisitRepository visits;

    private final VisitChangeRepository changes;

    private final VisitValidator validator;

    private final AllocationService allocations;

    private final RuntimeService runtimeService;

    private final UserDirectory users;

    private final ApplicationEventPublisher events;

    PlanningService(PlanningRepository plannings, VisitRepository visits, VisitChangeRepository changes,
            VisitValidator validator, AllocationService allocations, RuntimeService runtimeService,
            UserDirectory users, ApplicationEventPublisher events) {
        this.plannings = plannings;
        this.visits = visits;
        this.changes = changes;
        this.validator = validator;
        this.allocations = allocations;
        this.runtimeService = runtimeService;
        this.users = users;
        this.events = events;
    }

    /**
     * Checks a planning file and, when it has no error, stores its visits and starts its process:
     * published at once without warnings, waiting for a planner's confirmation otherwise.
     *
     * @param requestedMonth the month that the file must cover, or null for the month of its first date
     * @throws PlanningRejectedException with every error of the file; nothing is stored
     */
    public Planning upload(byte[] content, String fileName, String uploader, YearMonth requestedMonth) {
        PlanningFileReader.Reading reading = PlanningFileReader.read(content);
        VisitValidator.Validation validation = validator.validateFile(reading.lines(), requestedMonth);
        List<PlanningError> errors = new ArrayList<>(reading.errors());
        errors.addAll(validation.errors());
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(PlanningError::line, Comparator.nullsFirst(Comparator.naturalOrder())));
            LOG.info("Planning file {} of {} rejected with {} error(s)", fileName, uploader, errors.size());
            throw new PlanningRejectedException(errors);
        }

        Instant now = now();
        YearMonth month = validation.month();
        List<PlanningWarning> warnings = allocations.overruns(validation.visits(), null);
        Planning planning = plannings.save(new Planning(month, fileName, uploader, now, warnings));
        for (VisitRequest request : validation.visits()) {
            Visit visit = visits.save(new Visit(planning.getId(), request, VisitStatus.PLANNED, now));
            changes.save(new VisitChange(visit, VisitChangeKind.PLANNED, uploader, now,
                    "Passage prévu par le planning n° " + planning.getId() + " (ligne " + request.line() + ")."));
        }
        LOG.info("Planning {} of {} stored from {} by {}: {} visits, {} allocation warning(s)", planning.getId(),
                month, fileName, uploader, validation.visits().size(), warnings.size());

        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PlanningProcess.KEY,
                "planning-" + planning.getId(), processVariables(planning));
        planning.attachProcessInstance(instance.getProcessInstanceId());
        return planning;
    }

    private Map<String, Object> processVariables(Planning planning) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PlanningProcess.Var.PLANNING_ID, planning.getId());
        variables.put(PlanningProcess.Var.TITLE, "Planning de " + FrenchFormats.month(planning.getMonth()));
        variables.put(PlanningProcess.Var.FILE_NAME, planning.getFileName());
        variables.put(PlanningProcess.Var.UPLOADED_BY, planning.getUploadedBy());
        variables.put(PlanningProcess.Var.SCHOOL_YEAR, SchoolYear.containing(planning.getMonth().atDay(1)).label());
        variables.put(PlanningProcess.Var.OVERRUN, !planning.getWarnings().isEmpty());
        variables.put(PlanningProcess.Var.OVERRUN_SUMMARY, overrunSummary(planning));
        return variables;
    }

    /** Writes the warnings as a Markdown list for the confirmation form, the file's text escaped. */
    private String overrunSummary(Planning planning) {
        StringBuilder text = new StringBuilder();
        text.append("Fichier « ").append(Markdown.escape(planning.getFileName())).append(" », déposé par ")
                .append(Markdown.escape(users.displayName(planning.getUploadedBy()))).append(".\n\n");
        for (PlanningWarning warning : planning.getWarnings()) {
            text.append("- ").append(Markdown.escape(warning.getMessage())).append('\n');
        }
        return text.toString();
    }

    /** Records who confirmed or abandoned a planning that exceeds an allocation, and why. */
    public void recordDecision(long planningId, String planner, String comment) {
        get(planningId).recordDecision(planner, comment, now());
    }

    /**
     * Publishes the planning's visits and announces the change of each lycée's plan.
     *
     * @throws IllegalStateException when the planning was already published or abandoned
     */
    public void publish(long planningId) {
        Planning planning = get(planningId);
        if (!planning.isOpen()) {
            throw new IllegalStateException("Planning " + planningId + " is " + planning.getStatus()
                    + " and cannot be published");
        }
        Instant now = now();
        Set<String> schools = new LinkedHashSet<>();
        for (Visit visit : visits.findByPlanningIdOrderByDateAscStartAscIdAsc(planningId)) {
            if (visit.getStatus() == VisitStatus.PLANNED) {
                visit.publish(now);
                changes.save(new VisitChange(visit, VisitChangeKind.PUBLISHED, SYSTEM_AUTHOR, now,
                        "Passage publié avec le planning n° " + planningId + "."));
                schools.add(visit.getSchoolUai());
            }
        }
        planning.publish(now);
        LOG.info("Planning {} of {} published for {} lycées", planningId, planning.getMonth(), schools.size());
        schools.forEach(uai -> events.publishEvent(new SchoolPlanChanged(uai)));
    }

    /** Abandons a planning that was not confirmed: its visits are cancelled and were never published. */
    public void abandon(long planningId) {
        Planning planning = get(planningId);
        if (!planning.isOpen()) {
            throw new IllegalStateException("Planning " + planningId + " is " + planning.getStatus()
                    + " and cannot be abandoned");
        }
        Instant now = now();
        String author = Optional.ofNullable(planning.getDecidedBy()).orElse(SYSTEM_AUTHOR);
        for (Visit visit : visits.findByPlanningIdOrderByDateAscStartAscIdAsc(planningId)) {
            if (visit.getStatus() == VisitStatus.PLANNED) {
                visit.cancel(now);
                changes.save(new VisitChange(visit, VisitChangeKind.CANCELLED, author, now,
                        "Planning n° " + planningId + " abandonné : passage jamais publié."));
            }
        }
        planning.abandon();
        LOG.info("Planning {} of {} abandoned by {}", planningId, planning.getMonth(), author);
    }

    @Transactional(readOnly = true)
    public Planning get(long planningId) {
        return plannings.findById(planningId)
                .orElseThrow(() -> new IllegalStateException("No planning with id " + planningId));
    }

    @Transactional(readOnly = true)
    public Optional<Planning> find(long planningId) {
        return plannings.findById(planningId);
    }

    /** Returns every planning, the latest upload first. */
    @Transactional(readOnly = true)
    public List<Planning> list() {
        return plannings.findAllByOrderByUploadedAtDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Visit> visitsOf(long planningId) {
        return visits.findByPlanningIdOrderByDateAscStartAscIdAsc(planningId);
    }

    /** Returns the engine's clock time, so that process tests that move it also move the planning's dates. */
    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
