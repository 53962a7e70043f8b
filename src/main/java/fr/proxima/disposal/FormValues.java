package fr.proxima.disposal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the values that the disposal forms and the API send. Every problem is added to the caller's
 * list as a French message that names the field, so that one response reports them all.
 */
final class FormValues {

    static final int REASON_MAX = 2000;
    static final int ROOM_MAX = 100;
    static final int COLLECTOR_MAX = 200;
    static final int PICKUP_REFERENCE_MAX = 100;

    private FormValues() {
    }

    /**
     * Returns the trimmed text without control characters other than line breaks and tabs, or null
     * when it is empty and optional.
     */
    static String text(Object raw, String label, int max, boolean required, List<String> errors) {
        String value = raw == null ? "" : raw.toString().replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", "").strip();
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

    /**
     * Reads equipment ids, without repeats and in the order given. Tasklist sends a checklist as a
     * JSON array of texts, the API as a JSON array of numbers; a comma-separated text is accepted too.
     */
    static List<Long> ids(Object raw, String label, List<String> errors) {
        List<Object> values = new ArrayList<>();
        if (raw instanceof SpinJsonNode json) {
            if (json.isArray()) {
                json.elements().forEach(element -> values.add(element.isNumber() ? element.numberValue()
                        : element.isString() ? element.stringValue() : element.toString()));
            } else if (json.isNumber()) {
                values.add(json.numberValue());
            } else {
                values.add(json.isString() ? json.stringValue() : json.toString());
            }
        } else if (raw instanceof Collection<?> collection) {
            values.addAll(collection);
        } else if (raw instanceof Number number) {
            values.add(number);
        } else if (raw != null) {
            String text = raw.toString().strip();
            if (text.startsWith("[") && text.endsWith("]")) {
                text = text.substring(1, text.length() - 1);
            }
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip().replace("\"", ""));
                }
            }
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Object value : values) {
            Long id = id(value);
            if (id == null) {
                errors.add("Le champ « " + label + " » contient « " + value + " », qui n'est pas un identifiant"
                        + " d'équipement.");
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static Long id(Object value) {
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            return asDouble == Math.rint(asDouble) && asDouble > 0 ? number.longValue() : null;
        }
        try {
            long id = Long.parseLong(String.valueOf(value).strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads an ISO date (YYYY-MM-DD), which the form's date field sends. */
    static LocalDate date(Object raw, String label, boolean required, List<String> errors) {
        String text = raw == null ? "" : raw.toString().strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add("Le champ « " + label + " » est obligatoire.");
            }
            return null;
        }
        try {
            // A date-time field may send "2027-01-12T00:00": the day is what counts.
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            errors.add("Le champ « " + label + " » doit être une date au format AAAA-MM-JJ, pas « " + text + " ».");
            return null;
        }
    }

    /** Throws every problem found, if any. */
    static void throwIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new DisposalValidationException(errors);
        }
    }
}
