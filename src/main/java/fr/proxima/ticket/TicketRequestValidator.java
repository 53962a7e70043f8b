package fr.proxima.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks and normalises what a form sends: required fields, known codes, lengths. Text is trimmed
 * and control characters other than line breaks and tabs are removed; HTML is kept as typed and
 * escaped wherever it is shown.
 */
final class TicketRequestValidator {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int ROOM_MAX = 100;
    static final int LABEL_MAX = 100;
    static final int REASON_MAX = 2000;

    private TicketRequestValidator() {
    }

    /** Builds a request from form variables, or throws with every problem found. */
    static TicketRequest validate(Map<String, Object> form, String schoolUai, boolean declaredOnSite) {
        List<String> errors = new ArrayList<>();
        String service = code(form, "service", "Service concerné", TicketCatalog.SERVICES, errors);
        String kind = code(form, "equipmentKind", "Type de matériel", TicketCatalog.EQUIPMENT_KINDS, errors);
        String usage = null;
        if (kind != null && TicketCatalog.COMPUTER_KINDS.contains(kind)) {
            usage = code(form, "usage", "Usage du poste", TicketCatalog.USAGES, errors);
        }
        String urgency = code(form, "urgency", "Urgence", TicketCatalog.URGENCIES, errors);
        String impact = code(form, "impact", "Impact", TicketCatalog.IMPACTS, errors);
        String title = text(form, "title", "Titre", TITLE_MAX, true, errors);
        String description = text(form, "description", "Description", DESCRIPTION_MAX, true, errors);
        String room = text(form, "room", "Salle", ROOM_MAX, false, errors);
        String label = text(form, "equipmentLabel", "Numéro d'étiquette du matériel", LABEL_MAX, false, errors);
        if (!errors.isEmpty()) {
            throw new TicketValidationException(errors);
        }
        return new TicketRequest(schoolUai, service, kind, usage, urgency, impact, title, description, room,
                label, declaredOnSite);
    }

    /** Returns the cleaned text of a free-text field, or null when it is optional and empty. */
    static String text(Map<String, Object> form, String key, String label, int max, boolean required,
            List<String> errors) {
        Object raw = form.get(key);
        String value = raw == null ? "" : clean(raw.toString());
        if (value.isEmpty()) {
            if (required) {
                errors.add("Le champ « " + label + " » est obligatoire.");
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add("Le champ « " + label + " » dépasse " + max + " caractères.");
            return null;
        }
        return value;
    }

    private static String code(Map<String, Object> form, String key, String label, Map<String, String> codes,
            List<String> errors) {
        Object raw = form.get(key);
        String value = raw == null ? "" : raw.toString().trim();
        if (value.isEmpty()) {
            errors.add("Le champ « " + label + " » est obligatoire.");
            return null;
        }
        if (!codes.containsKey(value)) {
            errors.add("La valeur du champ « " + label + " » n'est pas reconnue.");
            return null;
        }
        return value;
    }

    /** Trims and removes control characters, keeping line breaks and tabs. */
    static String clean(String value) {
        StringBuilder cleaned = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(cleaned::appendCodePoint);
        return cleaned.toString().strip();
    }
}
