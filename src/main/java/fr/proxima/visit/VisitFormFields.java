package fr.proxima.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads the fields of the visit's task forms and collects a French message, naming the field, for
 * each invalid one. The caller throws them all at once, so that nothing is recorded from a form
 * with an error.
 */
final class VisitFormFields {

    /** Maximum minutes of one kind of work: the whole 08:00–18:00 service window. */
    static final int MAX_MINUTES = 600;

    static final int NOTE_MAX = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DelegateTask task;

    private final List<String> errors = new ArrayList<>();

    VisitFormFields(DelegateTask task) {
        this.task = task;
    }

    List<String> errors() {
        return errors;
    }

    /** Reads a whole number of minutes between 0 and 600; an empty optional field reads as 0. */
    int minutes(String key, String label, boolean required) {
        Integer value = wholeNumber(key, label, MAX_MINUTES, required);
        return value == null ? 0 : value;
    }

    /** Reads an optional count, or returns null when the field is empty. */
    Integer count(String key, String label, int max) {
        return wholeNumber(key, label, max, false);
    }

    /** Reads a free text, stripped; returns null when it is empty. */
    String text(String key, String label, int max, boolean required) {
        Object value = task.getVariable(key);
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add("Le champ « " + label + " » est obligatoire.");
            }
            return null;
        }
        if (text.length() > max) {
            errors.add("Le champ « " + label + " » dépasse " + max + " caractères.");
            return null;
        }
        return text;
    }

    /** Reads a code among the allowed ones. */
    String choice(String key, String label, Collection<String> allowed, boolean required) {
        Object value = task.getVariable(key);
        String code = value == null ? "" : value.toString().strip();
        if (code.isEmpty()) {
            if (required) {
                errors.add("Le champ « " + label + " » est obligatoire.");
            }
            return null;
        }
        if (!allowed.contains(code)) {
            errors.add("La valeur du champ « " + label + " » n'est pas reconnue.");
            return null;
        }
        return code;
    }

    /**
     * Reads the ticket numbers of a multiple choice, in the order chosen. Tasklist sends them as a
     * JSON array; a comma-separated text is read too.
     */
    List<String> ticketNumbers(String key, String label, Set<String> allowed) {
        Object value = task.getVariable(key);
        Set<String> numbers = new LinkedHashSet<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> numbers.add(String.valueOf(item).strip()));
        } else if (value != null) {
            String text = value.toString().strip();
            if (text.startsWith("[")) {
                try {
                    for (JsonNode item : JSON.readTree(text)) {
                        numbers.add(item.asText().strip());
                    }
                } catch (JsonProcessingException e) {
                    errors.add("Le champ « " + label + " » n'est pas une liste de tickets.");
                    return List.of();
                }
            } else if (!text.isEmpty()) {
                for (String part : text.split(",")) {
                    numbers.add(part.strip());
                }
            }
        }
        numbers.remove("");
        List<String> unknown = numbers.stream().filter(number -> !allowed.contains(number)).toList();
        if (!unknown.isEmpty()) {
            errors.add("Le champ « " + label + " » cite des tickets qui ne sont pas en attente dans ce lycée : "
                    + String.join(", ", unknown) + ".");
            return List.of();
        }
        return List.copyOf(numbers);
    }

    private Integer wholeNumber(String key, String label, int max, boolean required) {
        Object value = task.getVariable(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                errors.add("Le champ « " + label + " » est obligatoire.");
            }
            return null;
        }
        double number;
        try {
            number = value instanceof Number n ? n.doubleValue()
                    : Double.parseDouble(value.toString().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add("Le champ « " + label + " » doit être un nombre entier.");
            return null;
        }
        if (number != Math.rint(number) || number < 0 || number > max) {
            errors.add("Le champ « " + label + " » doit être un nombre entier entre 0 et " + max + ".");
            return null;
        }
        return (int) number;
    }
}
