package fr.proxima.disposal;

import fr.proxima.inventory.Equipment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One piece of equipment in a disposal, with the values it had when proposed: the record lists it
 * as the technician checked it, even if the inventory changes later.
 */
@Entity
@Table(name = "disposal_item")
public class DisposalItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "equipment_id", nullable = false)
    private Long equipmentId;

    /** Rank in the proposal, from 1: the order of the record's lines. */
    @Column(nullable = false)
    private int position;

    @Column(name = "kind_label", nullable = false)
    private String kindLabel;

    @Column(name = "label_number")
    private String labelNumber;

    @Column(name = "host_name")
    private String hostName;

    @Column(name = "serial_number")
    private String serialNumber;

    private String make;

    private String model;

    private String room;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    protected DisposalItem() {
    }

    DisposalItem(Equipment equipment, int position) {
        this.equipmentId = equipment.getId();
        this.position = position;
        this.kindLabel = equipment.getKind().label();
        this.labelNumber = equipment.getLabelNumber();
        this.hostName = equipment.getHostName();
        this.serialNumber = equipment.getSerialNumber();
        this.make = equipment.getMake();
        this.model = equipment.getModel();
        this.room = equipment.getRoom();
    }

    public Long getId() {
        return id;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public int getPosition() {
        return position;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getLabelNumber() {
        return labelNumber;
    }

    public String getHostName() {
        return hostName;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getMake() {
        return make;
    }

    public String getModel() {
        return model;
    }

    public String getRoom() {
        return room;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** French name shown to users, such as "poste fixe n° HIV-0042 (PC-B12-01)", as the inventory writes it. */
    public String displayName() {
        StringBuilder name = new StringBuilder(kindLabel);
        if (labelNumber != null) {
            name.append(" n° ").append(labelNumber);
        } else {
            name.append(" n° de série ").append(serialNumber);
        }
        if (hostName != null) {
            name.append(" (").append(hostName).append(')');
        }
        return name.toString();
    }

    /** Returns make and model joined by a space, or an empty text when both are unknown. */
    public String makeAndModel() {
        return ((make == null ? "" : make) + " " + (model == null ? "" : model)).strip();
    }

    void withdraw(String reason, Instant at) {
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
    }
}
