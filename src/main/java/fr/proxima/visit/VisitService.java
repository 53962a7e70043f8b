package fr.proxima.visit;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.planning.VisitNotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of each visit: its priorities, its steps, its closing, and the lycée's activité du jour. */
@Service
@Transactional
public class VisitService {

    private static final Logger LOG = LoggerFactory.getLogger(VisitService.class);

    private final PublishedVisits visits;

    private final VisitReportRepository reports;

    private final DailyActivityRepository activities;

    private final DailyActivityText activityText;

    VisitService(PublishedVisits visits, VisitReportRepository reports, DailyActivityRepository activities,
            DailyActivityText activityText) {
        this.visits = visits;
        this.reports = reports;
        this.activities = activities;
        this.activityText = activityText;
    }

    @Transactional(readOnly = true)
    public Visit visit(long visitId) {
        return visits.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
    }

    /** Returns the visit's report, created on first use and kept in step with a moved visit. */
    public VisitReport report(long visitId) {
        Visit visit = visit(visitId);
        VisitReport report = reports.findById(visitId).orElseGet(() -> reports.save(
                new VisitReport(visitId, visit.getSchoolUai(), visit.getDate(), visit.getTechnicianId())));
        if (!report.isClosed()) {
            report.reassign(visit.getDate(), visit.getTechnicianId());
        }
        return report;
    }

    @Transactional(readOnly = true)
    public Optional<VisitReport> findReport(long visitId) {
        return reports.findById(visitId);
    }

    public void open(long visitId) {
        report(visitId).open(now());
    }

    public void recordPriorities(long visitId, String givenBy, List<String> ticketNumbers, String note,
            String recordedBy) {
        report(visitId).recordPriorities(givenBy, ticketNumbers, note, recordedBy);
        LOG.info("Visit {}: day's priorities {} recorded by {}", visitId, ticketNumbers, recordedBy);
    }

    /** Adds the minutes recorded on a ticket of the visit to the visit's running total. */
    public void addTicketTime(long visitId, boolean declaredOnSite, int minutes) {
        VisitReport report = report(visitId);
        if (!report.isClosed()) {
            report.addTicketTime(declaredOnSite, minutes);
        }
    }

    public void recordInventory(long visitId, int minutes, Integer items, String note) {
        report(visitId).recordInventory(minutes, items, note);
    }

    public void recordPreventive(long visitId, int minutes, List<PreventiveCheck> checks, String note) {
        report(visitId).recordPreventive(minutes, checks, note);
    }

    /**
     * Closes the visit: stores the time spent on each kind of work, marks the visit as carried out
     * with its consumed minutes, and rewrites the lycée's activité du jour.
     *
     * @return the activité du jour of the visit's lycée and day
     */
    public DailyActivity close(long visitId, VisitTime time, String otherWork, String closedBy, boolean automatically) {
        VisitReport report = report(visitId);
        if (!report.isClosed()) {
            report.close(time, otherWork, closedBy, automatically, now());
            String summary = (automatically ? "Passage clos automatiquement" : "Passage clos par " + closedBy)
                    + " : " + VisitDurations.format(time.total()) + " consommées.";
            visits.recordDone(visitId, time.total(), closedBy, summary);
            LOG.info("Visit {} of school {} closed{}: {} min", visitId, report.getSchoolUai(),
                    automatically ? " automatically" : " by " + closedBy, time.total());
        }
        return rewriteActivity(report.getSchoolUai(), report.getDate());
    }

    @Transactional(readOnly = true)
    public List<DailyActivity> activities(String uai) {
        return activities.findBySchoolUaiOrderByDateDesc(uai);
    }

    @Transactional(readOnly = true)
    public Optional<DailyActivity> activity(String uai, LocalDate date) {
        return activities.findBySchoolUaiAndDate(uai, date);
    }

    private DailyActivity rewriteActivity(String uai, LocalDate date) {
        List<VisitReport> day = reports.findBySchoolUaiAndDateOrderByOpenedAtAscVisitIdAsc(uai, date).stream()
                .filter(VisitReport::isClosed)
                .toList();
        DailyActivity activity = activities.findBySchoolUaiAndDate(uai, date).orElseGet(() -> new DailyActivity(uai, date));
        activity.rewrite(activityText.write(uai, date, day), now());
        return activities.save(activity);
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
