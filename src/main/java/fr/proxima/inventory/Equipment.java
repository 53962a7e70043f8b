package fr.proxima.inventory;

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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of equipment of a lycée. Within its lycée it is identified by its label number, which is
 * unique there, or by its serial number when it has no label yet. The version makes two concurrent
 * changes of one item fail at commit instead of both passing, such as two disposal proposals.
 */
@Entity
@Table(name = "equipment")
public class Equipment {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_uai", nullable = false)
    private String schoolUai;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EquipmentKind kind;

    @Column(name = "fixed_at_height", nullable = false)
    private boolean fixedAtHeight;

    @Enumerated(EnumType.STRING)
    @Column(name = "equipment_use", nullable = false)
    private EquipmentUse use;

    @Column(name = "label_number")
    private String labelNumber;

    @Column(name = "host_name")
    private String hostName;

    @Column(name = "serial_number")
    private String serialNumber;

    private String make;

    private String model;

    private String room;

    /** Last day covered by the maker's warranty; null when unknown or none. */
    @Column(name = "warranty_end")
    private LocalDate warrantyEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EquipmentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Equipment() {
    }

    Equipment(String schoolUai, EquipmentData data, Instant at) {
        this.schoolUai = schoolUai;
        this.createdAt = at;
        assign(data);
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public EquipmentKind getKind() {
        return kind;
    }

    public boolean isFixedAtHeight() {
        return fixedAtHeight;
    }

    public EquipmentUse getUse() {
        return use;
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

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** True when the warranty covers the given day, its last day included. */
    public boolean isUnderWarranty(LocalDate day) {
        return warrantyEnd != null && !day.isAfter(warrantyEnd);
    }

    /** True for a desktop or laptop in service or broken: what the lycée's workstation count includes. */
    public boolean countsAsWorkstation() {
        return kind.isWorkstation() && (status == EquipmentStatus.IN_SERVICE || status == EquipmentStatus.BROKEN);
    }

    /** French name shown to users, such as "poste fixe n° HIV-0042 (PC-B12-01)". */
    public String displayName() {
        StringBuilder name = new StringBuilder(kind.label());
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

    /**
     * Sets the new values and returns one French line per field that changed, such as
     * {@code Salle : « B12 » → « C03 »}; an empty list when nothing changed, and then nothing is touched.
     */
    List<String> apply(EquipmentData data, Instant at) {
        List<String> differences = differences(data);
        if (!differences.isEmpty()) {
            assign(data);
            this.updatedAt = at;
        }
        return differences;
    }

    List<String> differences(EquipmentData data) {
        List<String> lines = new ArrayList<>();
        compare(lines, "Type", kind == null ? null : kind.label(), data.kind().label());
        compare(lines, "Fixé en hauteur", yesNo(fixedAtHeight), yesNo(data.fixedAtHeight()));
        compare(lines, "Usage", use == null ? null : use.label(), data.use().label());
        compare(lines, "N° d'étiquette", labelNumber, data.labelNumber());
        compare(lines, "Nom de machine", hostName, data.hostName());
        compare(lines, "N° de série", serialNumber, data.serialNumber());
        compare(lines, "Marque", make, data.make());
        compare(lines, "Modèle", model, data.model());
        compare(lines, "Salle", room, data.room());
        compare(lines, "Fin de garantie", frenchDate(warrantyEnd), frenchDate(data.warrantyEnd()));
        compare(lines, "Statut", status == null ? null : status.label(), data.status().label());
        return lines;
    }

    private void assign(EquipmentData data) {
        this.kind = data.kind();
        this.fixedAtHeight = data.fixedAtHeight();
        this.use = data.use();
        this.labelNumber = data.labelNumber();
        this.hostName = data.hostName();
        this.serialNumber = data.serialNumber();
        this.make = data.make();
        this.model = data.model();
        this.room = data.room();
        this.warrantyEnd = data.warrantyEnd();
        this.status = data.status();
    }

    private static void compare(List<String> lines, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            lines.add(field + " : " + quoted(before) + " → " + quoted(after));
        }
    }

    private static String quoted(String value) {
        return value == null ? "(vide)" : "« " + value + " »";
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    static String frenchDate(LocalDate date) {
        return date == null ? null : FRENCH_DATE.format(date);
    }
}
