package fr.proxima.visit;

import fr.proxima.calendar.WorkingDayCalendar;
import fr.proxima.planning.PlanningRejectedException;
import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.VisitChangeService;
import fr.proxima.planning.VisitChangeService.VisitValues;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes, in Spring's "default" profile only, the demo technician's morning visits to Henri-IV on
 * the next working days, so that a ticket filed in the demo reaches the technician's queue without a
 * planning upload first. Nothing is added while Henri-IV has a visit ahead. Tests switch it off with
 * {@code proxima.demo.visits.enabled=false} and place their own visits.
 */
@Component
@Profile("default")
@ConditionalOnProperty(name = "proxima.demo.visits.enabled", havingValue = "true", matchIfMissing = true)
@Order(50)
class DemoVisits implements ApplicationRunner {

    static final String HENRI_IV = "0750654D";

    static final String TECHNICIAN = "technicien";

    /** End of the usual morning visit, 08:30–12:00. */
    static final LocalTime MORNING_END = LocalTime.of(12, 0);

    /** Number of working days that get a demo visit. */
    static final int DAYS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(DemoVisits.class);

    private final VisitChangeService visitChanges;

    private final PublishedVisits visits;

    private final WorkingDayCalendar workingDays;

    DemoVisits(VisitChangeService visitChanges, PublishedVisits visits, WorkingDayCalendar workingDays) {
        this.visitChanges = visitChanges;
        this.visits = visits;
        this.workingDays = workingDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!visits.upcoming(HENRI_IV, VisitService.now()).isEmpty()) {
            return;
        }
        ZonedDateTime now = VisitService.now().atZone(VisitProcess.ZONE);
        // Today counts only while its morning visit is still ahead or in progress.
        LocalDate first = now.toLocalTime().isBefore(MORNING_END) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
        List<LocalDate> days = workingDays.workingDays(first, first.plusDays(60)).stream().limit(DAYS).toList();
        for (LocalDate day : days) {
            try {
                visitChanges.add(new VisitValues(day.toString(), HENRI_IV, TECHNICIAN, "matin", null, null),
                        "système");
                LOG.info("Demo visit of {} to school {} published for {}", TECHNICIAN, HENRI_IV, day);
            } catch (PlanningRejectedException e) {
                LOG.info("Demo visit of {} to school {} on {} not published: {}", TECHNICIAN, HENRI_IV, day,
                        e.getMessage());
            }
        }
    }
}
