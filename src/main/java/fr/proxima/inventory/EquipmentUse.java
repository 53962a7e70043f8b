package fr.proxima.inventory;

/**
 * Use of a piece of equipment, with its French label. The technician supports the software of a
 * teaching machine; the Académie supports the applications of an administrative one.
 */
public enum EquipmentUse {
    TEACHING("pédagogique"),
    ADMINISTRATIVE("administratif");

    private final String label;

    EquipmentUse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
