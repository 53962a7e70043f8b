package fr.proxima.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One entry of a visit's history: who changed it, when, and the visit as the change left it. The
 * mail about a change is written from this entry, so that it describes that change even when a
 * later one has already been made.
 */
@Entity
@Table(name = "visit_change")
public class VisitChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Camunda user id, or "système" for steps run by the engine. */
    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    private VisitChangeKind kind;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Column(name = "school_uai", nullable = false)
    private String schoolUai;

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
    @Column(name = "visit_status", nullable = false)
    private VisitStatus status;

    /** French summary of the change, such as the former and the new day of a moved visit. */
    @Column(nullable = false)
    private String summary;

    protected VisitChange() {
    }

    VisitChange(Visit visit, VisitChangeKind kind, String author, Instant at, String summary) {
        this.visitId = visit.getId();
        this.changedAt = at;
        this.author = author;
        this.kind = kind;
        this.icalSequence = visit.getIcalSequence();
        this.schoolUai = visit.getSchoolUai();
        this.technicianId = visit.getTechnicianId();
        this.date = visit.getDate();
        this.slot = visit.getSlot();
        this.start = visit.getStart();
        this.end = visit.getEnd();
        this.status = visit.getStatus();
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getAuthor() {
        return author;
    }

    public VisitChangeKind getKind() {
        return kind;
    }

    public int getIcalSequence() {
        return icalSequence;
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

    public String getSummary() {
        return summary;
    }
}
