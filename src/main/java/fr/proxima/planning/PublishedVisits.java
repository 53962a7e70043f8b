package fr.proxima.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published visits as the on-site visit feature reads them: a lycée's next visit, the visit in
 * progress, and the record that a visit took place.
 */
@Service
@Transactional(readOnly = true)
public class PublishedVisits {

    /** How far ahead the next visit is looked for: the plannings cover a school year at most. */
    private static final int LOOK_AHEAD_DAYS = 400;

    private final VisitRepository visits;

    private final VisitChangeRepository changes;

    PublishedVisits(VisitRepository visits, VisitChangeRepository changes) {
        this.visits = visits;
        this.changes = changes;
    }

    public Optional<Visit> find(long visitId) {
        return visits.findById(visitId);
    }

    /**
     * Returns the lycée's published visits that end after the instant, earliest first. A visit in
     * progress at that instant comes first; a visit already carried out does not count.
     */
    public List<Visit> upcoming(String uai, Instant after) {
        LocalDate day = after.atZone(VisitCalendarWriter.PARIS).toLocalDate();
        return visits.findBySchoolUaiAndStatusInAndDateBetweenOrderByDateAscStartAsc(uai,
                        Set.of(VisitStatus.PUBLISHED), day, day.plusDays(LOOK_AHEAD_DAYS)).stream()
                .filter(visit -> visit.endsAt().isAfter(after))
                .toList();
    }

    /** Returns the lycée's next visit: the one in progress at the instant, or else the next to start. */
    public Optional<Visit> next(String uai, Instant after) {
        return upcoming(uai, after).stream().findFirst();
    }

    /** Returns the lycée's visit in progress at the instant, if any. */
    public Optional<Visit> inProgress(String uai, Instant at) {
        return next(uai, at).filter(visit -> !visit.startsAt().isAfter(at));
    }

    /** Returns a technician's published or done visits over a period of days, earliest first. */
    public List<Visit> ofTechnician(String technicianId, LocalDate from, LocalDate to) {
        return visits.findByTechnicianIdAndStatusInAndDateBetweenOrderByDateAscStartAsc(technicianId,
                Set.of(VisitStatus.PUBLISHED, VisitStatus.DONE), from, to);
    }

    /** Returns every published visit that ends after the instant, for every lycée. */
    public List<Visit> allUpcoming(Instant after) {
        LocalDate day = after.atZone(VisitCalendarWriter.PARIS).toLocalDate();
        return visits.findByStatusAndDateBetweenOrderByDateAscStartAsc(VisitStatus.PUBLISHED, day,
                        day.plusDays(LOOK_AHEAD_DAYS)).stream()
                .filter(visit -> visit.endsAt().isAfter(after))
                .toList();
    }

    /** Describes a visit as "jeudi 5 mars 2026, matin, 08:30–12:00". */
    public static String describe(Visit visit) {
        return FrenchFormats.date(visit.getDate()) + ", " + visit.getSlot().label() + ", "
                + FrenchFormats.hours(visit.getStart(), visit.getEnd());
    }

    /**
     * Records that a published visit took place and how many minutes it consumed, which the
     * allocation report counts. A visit already done keeps its first record.
     *
     * @return false when the visit was not published (already done, or cancelled meanwhile)
     */
    @Transactional
    public boolean recordDone(long visitId, int consumedMinutes, String author, String summary) {
        Visit visit = visits.findById(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        if (visit.getStatus() != VisitStatus.PUBLISHED) {
            return false;
        }
        Instant now = PlanningService.now();
        visit.markDone(consumedMinutes, now);
        changes.save(new VisitChange(visit, VisitChangeKind.DONE, author, now, summary));
        return true;
    }
}
