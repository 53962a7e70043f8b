package fr.proxima.inventory;

import java.util.function.Function;

/**
 * The fields of a piece of equipment that a technician sets, in the order of the CSV columns, with
 * the CSV header, the JSON property of the API and the French name used in error messages.
 */
public enum EquipmentField {
    LABEL_NUMBER("numero_etiquette", "labelNumber", "n° d'étiquette", Equipment::getLabelNumber),
    KIND("type", "kind", "type", equipment -> equipment.getKind().label()),
    FIXED_AT_HEIGHT("fixe_en_hauteur", "fixedAtHeight", "fixé en hauteur",
            equipment -> equipment.isFixedAtHeight() ? "oui" : "non"),
    USE("usage", "use", "usage", equipment -> equipment.getUse().label()),
    HOST_NAME("nom_machine", "hostName", "nom de machine", Equipment::getHostName),
    SERIAL_NUMBER("numero_serie", "serialNumber", "n° de série", Equipment::getSerialNumber),
    MAKE("marque", "make", "marque", Equipment::getMake),
    MODEL("modele", "model", "modèle", Equipment::getModel),
    ROOM("salle", "room", "salle", Equipment::getRoom),
    WARRANTY_END("fin_garantie", "warrantyEnd", "fin de garantie",
            equipment -> Equipment.frenchDate(equipment.getWarrantyEnd())),
    STATUS("statut", "status", "statut", equipment -> equipment.getStatus().label());

    private final String header;

    private final String property;

    private final String frenchName;

    private final Function<Equipment, String> text;

    EquipmentField(String header, String property, String frenchName, Function<Equipment, String> text) {
        this.header = header;
        this.property = property;
        this.frenchName = frenchName;
        this.text = text;
    }

    /** Column header in the CSV file. */
    public String header() {
        return header;
    }

    /** Property name in the API's JSON. */
    public String property() {
        return property;
    }

    public String frenchName() {
        return frenchName;
    }

    /** Returns the item's value as the CSV file writes it, or null when empty. */
    String textOf(Equipment equipment) {
        return text.apply(equipment);
    }
}
