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

/**
 * A request filed by a lycée. The process instance drives its work; this entity keeps what users
 * read at any time, including after the process has ended.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Readable number such as "2026-00042", also the process instance's business key. */
    @Column(name = "ticket_number", nullable = false, unique = true)
    private String number;

    @Column(name = "school_uai", nullable = false)
    private String schoolUai;

    /** Camunda user id of the person who filed the ticket. */
    @Column(nullable = false)
    private String requester;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String service;

    @Column(name = "equipment_kind", nullable = false)
    private String equipmentKind;

    /** PEDAGOGIQUE or ADMINISTRATIF, for a computer only. */
    @Column(name = "equipment_usage")
    private String equipmentUsage;

    @Column(nullable = false)
    private String urgency;

    @Column(nullable = false)
    private String impact;

    private String room;

    @Column(name = "equipment_label")
    private String equipmentLabel;

    /** The inventory item that {@link #equipmentLabel} names in the ticket's lycée; null when none. */
    @Column(name = "equipment_id")
    private Long equipmentId;

    /** From 1 (very low) to 5 (very high), decided by the ticket-priority table. */
    private Integer priority;

    /** COVERED, ACADEMIE or NOT_COVERED, decided by the ticket-scope table or by the technician. */
    private String scope;

    @Column(name = "scope_reason")
    private String scopeReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    /** Number of times the ticket was resolved; part of the key that sends each resolution mail once. */
    @Column(name = "resolution_count", nullable = false)
    private int resolutionCount;

    /** True for a request declared to the technician on the day of a visit. */
    @Column(name = "declared_on_site", nullable = false)
    private boolean declaredOnSite;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Ticket() {
    }

    Ticket(String number, String schoolUai, String requester, TicketRequest request, Instant openedAt) {
        this.number = number;
        this.schoolUai = schoolUai;
        this.requester = requester;
        this.title = request.title();
        this.description = request.description();
        this.service = request.service();
        this.equipmentKind = request.equipmentKind();
        this.equipmentUsage = request.usage();
        this.urgency = request.urgency();
        this.impact = request.impact();
        this.room = request.room();
        this.equipmentLabel = request.equipmentLabel();
        this.declaredOnSite = request.declaredOnSite();
        this.status = TicketStatus.NEW;
        this.openedAt = openedAt;
        this.updatedAt = openedAt;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public String getRequester() {
        return requester;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getService() {
        return service;
    }

    public String getEquipmentKind() {
        return equipmentKind;
    }

    public String getEquipmentUsage() {
        return equipmentUsage;
    }

    public String getUrgency() {
        return urgency;
    }

    public String getImpact() {
        return impact;
    }

    public String getRoom() {
        return room;
    }

    public String getEquipmentLabel() {
        return equipmentLabel;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    void attachEquipment(Long equipmentId) {
        this.equipmentId = equipmentId;
    }

    public Integer getPriority() {
        return priority;
    }

    public String getScope() {
        return scope;
    }

    public String getScopeReason() {
        return scopeReason;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public int getResolutionCount() {
        return resolutionCount;
    }

    public boolean isDeclaredOnSite() {
        return declaredOnSite;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void attachProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void qualify(int priority, String scope, String scopeReason, Instant at) {
        this.priority = priority;
        this.scope = scope;
        this.scopeReason = scopeReason;
        this.updatedAt = at;
    }

    void changeStatus(TicketStatus newStatus, Instant at) {
        this.status = newStatus;
        this.updatedAt = at;
        if (newStatus == TicketStatus.RESOLVED) {
            resolutionCount++;
        }
        if (newStatus.isFinal()) {
            closedAt = at;
        }
    }
}
