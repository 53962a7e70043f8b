package fr.proxima.inventory;

import fr.proxima.web.ApiProblems;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;

/** The optional filters of the inventory list and export. */
final class EquipmentFilter {

    private EquipmentFilter() {
    }

    /**
     * Builds the filter from the request parameters; an empty parameter does not filter.
     *
     * @throws org.springframework.web.ErrorResponseException 400 when a kind, status or use is unknown
     */
    static Predicate<Equipment> of(String kind, String status, String use, String room, String search) {
        Predicate<Equipment> filter = item -> true;
        EquipmentKind wantedKind = choice("kind", EquipmentKind.values(), kind);
        if (wantedKind != null) {
            filter = filter.and(item -> item.getKind() == wantedKind);
        }
        EquipmentStatus wantedStatus = choice("status", EquipmentStatus.values(), status);
        if (wantedStatus != null) {
            filter = filter.and(item -> item.getStatus() == wantedStatus);
        }
        EquipmentUse wantedUse = choice("use", EquipmentUse.values(), use);
        if (wantedUse != null) {
            filter = filter.and(item -> item.getUse() == wantedUse);
        }
        String wantedRoom = EquipmentValidator.clean(room);
        if (wantedRoom != null) {
            filter = filter.and(item -> item.getRoom() != null && item.getRoom().equalsIgnoreCase(wantedRoom));
        }
        String wantedText = EquipmentValidator.clean(search);
        if (wantedText != null) {
            String lower = wantedText.toLowerCase(Locale.ROOT);
            filter = filter.and(item -> contains(item.getLabelNumber(), lower) || contains(item.getHostName(), lower)
                    || contains(item.getSerialNumber(), lower) || contains(item.getMake(), lower)
                    || contains(item.getModel(), lower));
        }
        return filter;
    }

    private static boolean contains(String value, String lowerCaseText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    private static <E extends Enum<E>> E choice(String parameter, E[] constants, String text) {
        String cleaned = EquipmentValidator.clean(text);
        if (cleaned == null) {
            return null;
        }
        E found = EquipmentValidator.parseChoice(constants, cleaned);
        if (found == null) {
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Filtre invalide", "Le paramètre « " + parameter
                    + " » vaut « " + cleaned.replaceAll("\\p{Cntrl}", "?") + " » : valeurs possibles "
                    + EquipmentValidator.labels(constants) + ".");
        }
        return found;
    }
}
