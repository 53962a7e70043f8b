package fr.proxima.disposal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A D3E disposal: equipment of one lycée proposed to leave the inventory, and each step of the
 * process with who made it and when. The row outlives the process instance, so the pages and the
 * API read the disposal from here.
 */
@Entity
@Table(name = "disposal")
public class Disposal {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Column(name = "school_uai", nullable = false)
    private String schoolUai;

    @Column(nullable = false)
    private String proposer;

    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisposalStatus status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "storage_room")
    private String storageRoom;

    @Column(name = "stored_by")
    private String storedBy;

    @Column(name = "stored_at")
    private Instant storedAt;

    @Column(name = "record_pdf")
    private byte[] recordPdf;

    @Column(name = "record_at")
    private Instant recordAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "collector_name")
    private String collectorName;

    @Column(name = "pickup_date")
    private LocalDate pickupDate;

    @Column(name = "pickup_reference")
    private String pickupReference;

    @Column(name = "pickup_recorded_by")
    private String pickupRecordedBy;

    @Column(name = "pickup_recorded_at")
    private Instant pickupRecordedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "disposal_id", nullable = false)
    @OrderBy("position")
    private List<DisposalItem> items = new ArrayList<>();

    protected Disposal() {
    }

    Disposal(String schoolUai, String proposer, String reason, Instant at) {
        this.schoolUai = schoolUai;
        this.proposer = proposer;
        this.reason = reason;
        this.status = DisposalStatus.PROPOSED;
        this.proposedAt = at;
        this.updatedAt = at;
    }

    /** Gives the disposal its reference once the database has given it an id. */
    void assignReference() {
        this.reference = "D3E-" + proposedAt.atZone(PARIS).getYear() + "-" + "%05d".formatted(id);
    }

    void addItem(DisposalItem item) {
        items.add(item);
    }

    void attachProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void markChecked(String author, Instant at) {
        this.checkedBy = author;
        this.checkedAt = at;
        changeStatus(activeItems().isEmpty() ? DisposalStatus.WITHDRAWN : DisposalStatus.CHECKED, at);
    }

    void markStored(String room, String author, Instant at) {
        this.storageRoom = room;
        this.storedBy = author;
        this.storedAt = at;
        changeStatus(DisposalStatus.STORED, at);
    }

    void attachRecord(byte[] pdf, Instant at) {
        this.recordPdf = pdf.clone();
        this.recordAt = at;
        changeStatus(DisposalStatus.AWAITING_APPROVAL, at);
    }

    void decide(boolean approved, String author, String refusalReason, Instant at) {
        this.decidedBy = author;
        this.decidedAt = at;
        this.refusalReason = approved ? null : refusalReason;
        changeStatus(approved ? DisposalStatus.APPROVED : DisposalStatus.REFUSED, at);
    }

    void recordPickup(String collector, LocalDate date, String pickupRef, String author, Instant at) {
        this.collectorName = collector;
        this.pickupDate = date;
        this.pickupReference = pickupRef;
        this.pickupRecordedBy = author;
        this.pickupRecordedAt = at;
        changeStatus(DisposalStatus.COLLECTED, at);
    }

    private void changeStatus(DisposalStatus newStatus, Instant at) {
        this.status = newStatus;
        this.updatedAt = at;
    }

    /** Items still in the disposal: those the technician did not withdraw during the check. */
    public List<DisposalItem> activeItems() {
        return items.stream().filter(item -> !item.isWithdrawn()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public String getProposer() {
        return proposer;
    }

    public String getReason() {
        return reason;
    }

    public DisposalStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getStorageRoom() {
        return storageRoom;
    }

    public String getStoredBy() {
        return storedBy;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    public boolean hasRecord() {
        return recordPdf != null;
    }

    /** Returns a copy of the disposal record in PDF, or null before it is prepared. */
    public byte[] getRecordPdf() {
        return recordPdf == null ? null : recordPdf.clone();
    }

    public Instant getRecordAt() {
        return recordAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getCollectorName() {
        return collectorName;
    }

    public LocalDate getPickupDate() {
        return pickupDate;
    }

    public String getPickupReference() {
        return pickupReference;
    }

    public String getPickupRecordedBy() {
        return pickupRecordedBy;
    }

    public Instant getPickupRecordedAt() {
        return pickupRecordedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<DisposalItem> getItems() {
        return List.copyOf(items);
    }
}
