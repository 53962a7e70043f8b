package fr.proxima.inventory;

/** Kinds of entries in a piece of equipment's history, with their French labels. */
public enum EquipmentChangeKind {
    CREATED("Création"),
    UPDATED("Modification"),
    PROPOSED_FOR_DISPOSAL("Proposition de réforme"),
    MOVED_TO_STORAGE("Mise en stockage avant enlèvement"),
    RETURNED_TO_SERVICE("Remise en service"),
    REMOVED("Sortie de l'inventaire"),
    WARRANTY_CLAIM("Garantie");

    private final String label;

    EquipmentChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
