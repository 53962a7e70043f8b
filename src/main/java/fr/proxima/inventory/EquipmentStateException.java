package fr.proxima.inventory;

/**
 * A change asked of a piece of equipment whose status does not allow it, such as removing an item
 * that was never proposed for disposal. The message is French and names the item and its status.
 */
public class EquipmentStateException extends RuntimeException {

    public EquipmentStateException(String frenchMessage) {
        super(frenchMessage);
    }
}
