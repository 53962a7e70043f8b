package fr.proxima.inventory;

/** No piece of equipment has that id. The message is French, for the API and the task forms. */
public class EquipmentNotFoundException extends RuntimeException {

    private final long equipmentId;

    public EquipmentNotFoundException(long equipmentId) {
        super("Aucun équipement n'a l'identifiant " + equipmentId + " dans l'inventaire.");
        this.equipmentId = equipmentId;
    }

    public long getEquipmentId() {
        return equipmentId;
    }
}
