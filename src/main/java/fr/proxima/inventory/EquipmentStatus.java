package fr.proxima.inventory;

/** Status of a piece of equipment, with its French label. */
public enum EquipmentStatus {
    IN_SERVICE("en service"),
    BROKEN("en panne"),
    IN_STOCK("en stock"),

    /** Set and left only by the D3E disposal process. */
    PROPOSED_FOR_DISPOSAL("proposé à la réforme"),

    /** Left the lycée's assets through the D3E process; the item is kept with its history. */
    REMOVED("sorti de l'inventaire");

    private final String label;

    EquipmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the statuses that a technician may set by hand, outside the D3E process. */
    public boolean isManual() {
        return this == IN_SERVICE || this == BROKEN || this == IN_STOCK;
    }
}
