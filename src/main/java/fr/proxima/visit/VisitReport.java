package fr.proxima.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one visit did: the day's priorities, the inventory and preventive maintenance steps, and
 * the time spent on each kind of work, recorded when the visit closes.
 */
@Entity
@Table(name = "visit_report")
public class VisitReport {

    @Id
    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "school_uai", nullable = false)
    private String schoolUai;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Column(name = "technician_id", nullable = false)
    private String technicianId;

    @Column(name = "priorities_given_by")
    private String prioritiesGivenBy;

    @Column(name = "priorities_recorded_by")
    private String prioritiesRecordedBy;

    /** Ticket numbers in the order given for the day, separated by commas. */
    @Column(name = "priority_tickets")
    private String priorityTickets;

    @Column(name = "priorities_note")
    private String prioritiesNote;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "inventory_minutes")
    private Integer inventoryMinutes;

    @Column(name = "inventory_items")
    private Integer inventoryItems;

    @Column(name = "inventory_note")
    private String inventoryNote;

    @Column(name = "preventive_minutes")
    private Integer preventiveMinutes;

    @Column(name = "preventive_note")
    private String preventiveNote;

    @Column(name = "ticket_minutes")
    private Integer ticketMinutes;

    @Column(name = "declared_minutes")
    private Integer declaredMinutes;

    @Column(name = "other_minutes")
    private Integer otherMinutes;

    @Column(name = "other_work")
    private String otherWork;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_automatically", nullable = false)
    private boolean closedAutomatically;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "preventive_check", joinColumns = @JoinColumn(name = "visit_id"))
    private List<PreventiveCheck> preventiveChecks = new ArrayList<>();

    @Version
    private long version;

    protected VisitReport() {
    }

    VisitReport(long visitId, String schoolUai, LocalDate date, String technicianId) {
        this.visitId = visitId;
        this.schoolUai = schoolUai;
        this.date = date;
        this.technicianId = technicianId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTechnicianId() {
        return technicianId;
    }

    public String getPrioritiesGivenBy() {
        return prioritiesGivenBy;
    }

    public String getPrioritiesRecordedBy() {
        return prioritiesRecordedBy;
    }

    /** Returns the ticket numbers given as the day's priorities, first one first. */
    public List<String> priorityTicketNumbers() {
        if (priorityTickets == null || priorityTickets.isBlank()) {
            return List.of();
        }
        return Arrays.stream(priorityTickets.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    public String getPrioritiesNote() {
        return prioritiesNote;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Integer getInventoryMinutes() {
        return inventoryMinutes;
    }

    public Integer getInventoryItems() {
        return inventoryItems;
    }

    public String getInventoryNote() {
        return inventoryNote;
    }

    public Integer getPreventiveMinutes() {
        return preventiveMinutes;
    }

    public String getPreventiveNote() {
        return preventiveNote;
    }

    public Integer getTicketMinutes() {
        return ticketMinutes;
    }

    public Integer getDeclaredMinutes() {
        return declaredMinutes;
    }

    public Integer getOtherMinutes() {
        return otherMinutes;
    }

    public String getOtherWork() {
        return otherWork;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public boolean isClosedAutomatically() {
        return closedAutomatically;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public List<PreventiveCheck> getPreventiveChecks() {
        return List.copyOf(preventiveChecks);
    }

    /** Returns the minutes recorded so far for each kind of work, zero where none is recorded. */
    public VisitTime recordedTime() {
        return new VisitTime(sum(ticketMinutes), sum(declaredMinutes), sum(inventoryMinutes), sum(preventiveMinutes),
                sum(otherMinutes));
    }

    /** Returns the minutes recorded for every kind of work; the allocation counts them. */
    public int totalMinutes() {
        return sum(ticketMinutes, declaredMinutes, inventoryMinutes, preventiveMinutes, otherMinutes);
    }

    void reassign(LocalDate newDate, String newTechnicianId) {
        this.date = newDate;
        this.technicianId = newTechnicianId;
    }

    void recordPriorities(String givenBy, List<String> ticketNumbers, String note, String recordedBy) {
        this.prioritiesGivenBy = givenBy;
        this.priorityTickets = ticketNumbers.isEmpty() ? null : String.join(",", ticketNumbers);
        this.prioritiesNote = note;
        this.prioritiesRecordedBy = recordedBy;
    }

    void open(Instant at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    void addTicketTime(boolean declaredOnSite, int minutes) {
        if (declaredOnSite) {
            declaredMinutes = (declaredMinutes == null ? 0 : declaredMinutes) + minutes;
        } else {
            ticketMinutes = (ticketMinutes == null ? 0 : ticketMinutes) + minutes;
        }
    }

    void recordInventory(int minutes, Integer items, String note) {
        this.inventoryMinutes = minutes;
        this.inventoryItems = items;
        this.inventoryNote = note;
    }

    void recordPreventive(int minutes, List<PreventiveCheck> checks, String note) {
        this.preventiveMinutes = minutes;
        this.preventiveChecks.clear();
        this.preventiveChecks.addAll(checks);
        this.preventiveNote = note;
    }

    void close(VisitTime time, String otherWork, String closedBy, boolean automatically, Instant at) {
        this.ticketMinutes = time.tickets();
        this.declaredMinutes = time.declared();
        this.inventoryMinutes = time.inventory();
        this.preventiveMinutes = time.preventive();
        this.otherMinutes = time.other();
        this.otherWork = otherWork;
        this.closedBy = closedBy;
        this.closedAutomatically = automatically;
        this.closedAt = at;
    }

    private static int sum(Integer... values) {
        int total = 0;
        for (Integer value : values) {
            total += value == null ? 0 : value;
        }
        return total;
    }
}
