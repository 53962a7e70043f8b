package fr.proxima.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The warranty claim of a ticket about equipment under warranty: opened by the technician, sent to
 * the maker or reseller, returned repaired or replaced. Each step keeps its day.
 */
@Entity
@Table(name = "ticket_warranty_claim")
public class WarrantyClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, unique = true)
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WarrantyClaimStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    /** The claim's reference at the maker or reseller, or a remark of the technician. */
    private String comment;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WarrantyClaim() {
    }

    WarrantyClaim(Long ticketId, LocalDate openedOn, String comment, String author, Instant at) {
        this.ticketId = ticketId;
        this.status = WarrantyClaimStatus.OPENED;
        this.openedOn = openedOn;
        this.comment = comment;
        this.updatedBy = author;
        this.updatedAt = at;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public WarrantyClaimStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public String getComment() {
        return comment;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** Moves the claim to its next status on that day; a null comment keeps the former one. */
    void advance(WarrantyClaimStatus next, LocalDate day, String newComment, String author, Instant at) {
        this.status = next;
        if (next == WarrantyClaimStatus.SENT) {
            this.sentOn = day;
        } else if (next == WarrantyClaimStatus.RETURNED) {
            this.returnedOn = day;
        }
        if (newComment != null) {
            this.comment = newComment;
        }
        this.updatedBy = author;
        this.updatedAt = at;
    }
}
