package fr.proxima.inventory;

/** Kind of a piece of equipment, with its French label. */
public enum EquipmentKind {
    DESKTOP("poste fixe"),
    LAPTOP("ordinateur portable"),
    PRINTER("imprimante"),
    PROJECTOR("vidéoprojecteur"),
    PERIPHERAL("périphérique"),
    OTHER("autre");

    private final String label;

    EquipmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the kinds that count as workstations in the hour allocation: desktops and laptops. */
    public boolean isWorkstation() {
        return this == DESKTOP || this == LAPTOP;
    }
}
