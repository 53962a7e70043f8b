package fr.proxima.inventory;

import java.time.LocalDate;

/**
 * The values of a piece of equipment that a technician sets, checked by {@link EquipmentValidator}:
 * texts are trimmed and an empty text is null.
 */
public record EquipmentData(
        EquipmentKind kind,
        boolean fixedAtHeight,
        EquipmentUse use,
        String labelNumber,
        String hostName,
        String serialNumber,
        String make,
        String model,
        String room,
        LocalDate warrantyEnd,
        EquipmentStatus status) {

    /** Returns the values of an existing item, the base that a partial update starts from. */
    public static EquipmentData of(Equipment equipment) {
        return new EquipmentData(equipment.getKind(), equipment.isFixedAtHeight(), equipment.getUse(),
                equipment.getLabelNumber(), equipment.getHostName(), equipment.getSerialNumber(),
                equipment.getMake(), equipment.getModel(), equipment.getRoom(), equipment.getWarrantyEnd(),
                equipment.getStatus());
    }

    EquipmentData withStatus(EquipmentStatus newStatus) {
        return new EquipmentData(kind, fixedAtHeight, use, labelNumber, hostName, serialNumber, make, model, room,
                warrantyEnd, newStatus);
    }

    EquipmentData withRoom(String newRoom) {
        return new EquipmentData(kind, fixedAtHeight, use, labelNumber, hostName, serialNumber, make, model, newRoom,
                warrantyEnd, status);
    }
}
