package fr.proxima.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a piece of equipment's history: who changed it, when, what, and from where. */
@Entity
@Table(name = "equipment_change")
public class EquipmentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "equipment_id", nullable = false)
    private Long equipmentId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Camunda user id, or "système" for steps run by the engine. */
    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    private EquipmentChangeKind kind;

    /** Origin of the change, such as "ticket 2026-00012" or "passage du 12/01/2027", or null when not given. */
    private String context;

    /** French description of the change, one line per field that changed. */
    @Column(nullable = false)
    private String summary;

    protected EquipmentChange() {
    }

    EquipmentChange(Long equipmentId, Instant changedAt, String author, EquipmentChangeKind kind, String context,
            String summary) {
        this.equipmentId = equipmentId;
        this.changedAt = changedAt;
        this.author = author;
        this.kind = kind;
        this.context = context;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getAuthor() {
        return author;
    }

    public EquipmentChangeKind getKind() {
        return kind;
    }

    public String getContext() {
        return context;
    }

    public String getSummary() {
        return summary;
    }
}
