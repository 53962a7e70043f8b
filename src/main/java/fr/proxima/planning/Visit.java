package fr.proxima.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A technician's visit to a lycée on one day, by half-day or full day. Its times are local times
 * of Europe/Paris. Its iCalendar UID never changes, and its iCalendar sequence grows with each
 * change after publication, so that calendar apps update the event they already have.
 */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The planning that brought the visit, or null for a visit added after publication. */
    @Column(name = "planning_id")
    private Long planningId;

    @Column(name = "school_uai", nullable = false)
    private String schoolUai;

    /** Camunda user id of the technician. */
    @Column(name = "technician_id", nullable = false)
    private String technicianId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitSlot slot;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status;

    @Column(name = "ical_uid", nullable = false, unique = true)
    private String icalUid;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    /** Minutes actually spent on the visit, recorded by the on-site visit feature; null until then. */
    @Column(name = "consumed_minutes")
    private Integer consumedMinutes;

    /** Line of the planning file that gave the visit. */
    @Column(name = "source_line")
    private Integer sourceLine;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Visit() {
    }

    Visit(Long planningId, VisitRequest request, VisitStatus status, Instant at) {
        this.planningId = planningId;
        this.schoolUai = request.uai();
        this.technicianId = request.technicianId();
        this.date = request.date();
        this.slot = request.slot();
        this.start = request.start();
        this.end = request.end();
        this.status = status;
        this.icalUid = UUID.randomUUID().toString();
        this.icalSequence = 0;
        this.sourceLine = request.line() == null ? null : Math.toIntExact(request.line());
        this.createdAt = at;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanningId() {
        return planningId;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public String getTechnicianId() {
        return technicianId;
    }

    public LocalDate getDate() {
        return date;
    }

    public VisitSlot getSlot() {
        return slot;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getIcalUid() {
        return icalUid;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    public Integer getConsumedMinutes() {
        return consumedMinutes;
    }

    public Integer getSourceLine() {
        return sourceLine;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns the instant the visit starts, its local start time taken in Europe/Paris. */
    public Instant startsAt() {
        return date.atTime(start).atZone(VisitCalendarWriter.PARIS).toInstant();
    }

    /** Returns the instant the visit ends, its local end time taken in Europe/Paris. */
    public Instant endsAt() {
        return date.atTime(end).atZone(VisitCalendarWriter.PARIS).toInstant();
    }

    /** Returns the length of the slot in minutes. */
    public long slotMinutes() {
        return Duration.between(start, end).toMinutes();
    }

    void markDone(int minutes, Instant at) {
        this.status = VisitStatus.DONE;
        this.consumedMinutes = minutes;
        this.updatedAt = at;
    }

    void publish(Instant at) {
        this.status = VisitStatus.PUBLISHED;
        this.updatedAt = at;
    }

    /** Moves the visit to other values; the sequence grows so that calendars replace the event. */
    void move(VisitRequest request, Instant at) {
        this.technicianId = request.technicianId();
        this.date = request.date();
        this.slot = request.slot();
        this.start = request.start();
        this.end = request.end();
        this.icalSequence++;
        this.updatedAt = at;
    }

    /** Cancels the visit. A published visit's sequence grows, so that calendars drop the event. */
    void cancel(Instant at) {
        if (status == VisitStatus.PUBLISHED) {
            this.icalSequence++;
        }
        this.status = VisitStatus.CANCELLED;
        this.updatedAt = at;
    }
}
