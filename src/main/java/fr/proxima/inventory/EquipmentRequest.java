package fr.proxima.inventory;

import fr.proxima.web.ApiProblems;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The JSON body of a request that adds or changes an item, checked as a CSV line is.
 *
 * @param context where the change is made, stored in the history line; null when not given
 * @param version the version of the item that the caller read; null when not given
 */
record EquipmentRequest(EquipmentData data, String context, Long version) {

    private static final String CONTEXT = "context";

    private static final String VERSION = "version";

    /**
     * Reads the body over the values of an existing item, or over empty values for a new one.
     *
     * @throws org.springframework.web.ErrorResponseException 400 with an {@code errors} member
     *     listing each bad property
     */
    static EquipmentRequest read(Map<String, Object> body, Equipment existing) {
        Map<EquipmentField, String> values = new EnumMap<>(EquipmentField.class);
        if (existing != null) {
            for (EquipmentField field : EquipmentField.values()) {
                values.put(field, field.textOf(existing));
            }
        }
        List<Map<String, String>> errors = new ArrayList<>();
        String context = null;
        Long version = null;
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            String property = entry.getKey();
            Object value = entry.getValue();
            if (CONTEXT.equals(property)) {
                context = value == null ? null : String.valueOf(value);
                String contextError = EquipmentValidator.contextError(context);
                if (contextError != null) {
                    errors.add(error(CONTEXT, contextError));
                }
                continue;
            }
            if (VERSION.equals(property)) {
                if (value instanceof Number number) {
                    version = number.longValue();
                } else if (value != null) {
                    errors.add(error(VERSION, "La version doit être un nombre entier, celui lu avec l'équipement."));
                }
                continue;
            }
            EquipmentField field = fieldOf(property);
            if (field == null) {
                errors.add(error(property, "Propriété inconnue « " + property.replaceAll("\\p{Cntrl}", "?")
                        + " » : propriétés possibles " + properties() + "."));
            } else if (value instanceof Map || value instanceof List) {
                errors.add(error(property, "« " + field.frenchName() + " » doit être un texte, pas un objet ni une liste."));
            } else if (field == EquipmentField.STATUS && (value == null || String.valueOf(value).isBlank())) {
                errors.add(error(property, "« statut » ne peut pas être vide (valeurs possibles : "
                        + EquipmentValidator.labels(EquipmentStatus.values()) + ")."));
            } else {
                values.put(field, text(value));
            }
        }
        if (errors.isEmpty()) {
            EquipmentValidator.Result result = EquipmentValidator.validate(values);
            for (EquipmentValidator.FieldError fieldError : result.errors()) {
                String message = fieldError.message();
                errors.add(error(fieldError.field().property(),
                        Character.toUpperCase(message.charAt(0)) + message.substring(1) + "."));
            }
            if (errors.isEmpty()) {
                return new EquipmentRequest(result.data(), EquipmentValidator.clean(context), version);
            }
        }
        throw rejected(errors);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean flag) {
            return flag ? "oui" : "non";
        }
        return String.valueOf(value);
    }

    private static EquipmentField fieldOf(String property) {
        for (EquipmentField field : EquipmentField.values()) {
            if (field.property().equals(property)) {
                return field;
            }
        }
        return null;
    }

    private static String properties() {
        List<String> names = new ArrayList<>();
        for (EquipmentField field : EquipmentField.values()) {
            names.add(field.property());
        }
        names.add(CONTEXT);
        names.add(VERSION);
        return String.join(", ", names);
    }

    private static Map<String, String> error(String property, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", property);
        error.put("message", message);
        return error;
    }

    private static RuntimeException rejected(List<Map<String, String>> errors) {
        String detail = errors.size() == 1 ? errors.get(0).get("message") + " Rien n'a été enregistré."
                : errors.size() + " erreurs ont été trouvées : rien n'a été enregistré. Corrigez-les toutes, puis"
                        + " envoyez de nouveau.";
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Équipement invalide", detail);
        problem.setProperty("errors", errors);
        return ApiProblems.exception(problem);
    }
}
