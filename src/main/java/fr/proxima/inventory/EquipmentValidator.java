package fr.proxima.inventory;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the text of each field, from a CSV line or from the API, into {@link EquipmentData}, with
 * one French error per bad field. Kinds, uses and statuses are accepted as their French label or
 * as their code (such as "vidéoprojecteur" or "PROJECTOR"), ignoring case and accents. Dates are
 * accepted as JJ/MM/AAAA or AAAA-MM-JJ.
 */
public final class EquipmentValidator {

    /** Maximum lengths, in characters, matching the columns of V20__equipment.sql. */
    static final int MAX_LABEL = 40;

    static final int MAX_HOST = 63;

    static final int MAX_SERIAL = 60;

    static final int MAX_MAKE = 60;

    static final int MAX_MODEL = 100;

    static final int MAX_ROOM = 100;

    static final int MAX_CONTEXT = 200;

    /** A host name is one DNS label (RFC 1123): letters, digits and inner hyphens, at most 63 characters. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");

    /** Control characters and the replacement character, which a file read in the wrong encoding contains. */
    private static final Pattern UNREADABLE = Pattern.compile("[\\p{Cc}\\uFFFD]");

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private EquipmentValidator() {
    }

    /** One bad field, with a French message that names it and states what is expected. */
    public record FieldError(EquipmentField field, String message) {
    }

    /** The checked values, or the errors when any field is bad. */
    public record Result(EquipmentData data, List<FieldError> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** Checks the text of every field; a missing entry counts as an empty value. */
    public static Result validate(Map<EquipmentField, String> values) {
        Checker checker = new Checker(values);
        EquipmentKind kind = checker.choice(EquipmentField.KIND, EquipmentKind.values(), null);
        EquipmentUse use = checker.choice(EquipmentField.USE, EquipmentUse.values(), null);
        EquipmentStatus status = checker.choice(EquipmentField.STATUS, EquipmentStatus.values(),
                EquipmentStatus.IN_SERVICE);
        Boolean fixedAtHeight = checker.yesNo(EquipmentField.FIXED_AT_HEIGHT);
        String label = checker.text(EquipmentField.LABEL_NUMBER, MAX_LABEL);
        String host = checker.hostName();
        String serial = checker.text(EquipmentField.SERIAL_NUMBER, MAX_SERIAL);
        String make = checker.text(EquipmentField.MAKE, MAX_MAKE);
        String model = checker.text(EquipmentField.MODEL, MAX_MODEL);
        String room = checker.text(EquipmentField.ROOM, MAX_ROOM);
        LocalDate warrantyEnd = checker.date(EquipmentField.WARRANTY_END);

        if (label == null && serial == null && !checker.hasError(EquipmentField.LABEL_NUMBER)
                && !checker.hasError(EquipmentField.SERIAL_NUMBER)) {
            checker.error(EquipmentField.LABEL_NUMBER, "le n° d'étiquette ou le n° de série est obligatoire,"
                    + " pour identifier l'équipement dans le lycée");
        }
        if (Boolean.TRUE.equals(fixedAtHeight) && kind != null && kind != EquipmentKind.PROJECTOR) {
            checker.error(EquipmentField.FIXED_AT_HEIGHT, "seul un vidéoprojecteur peut être fixé en hauteur"
                    + " (type « " + kind.label() + " ») : mettez « non »");
        }
        if (!checker.errors.isEmpty()) {
            return new Result(null, List.copyOf(checker.errors));
        }
        EquipmentData data = new EquipmentData(kind, fixedAtHeight, use, label, host, serial, make, model, room,
                warrantyEnd, status);
        return new Result(data, List.of());
    }

    /** Returns the text trimmed, or null when it is null or blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * Checks the optional context of a change (a ticket number, "passage du …").
     *
     * @return the French error, or null when the context is fine
     */
    static String contextError(String context) {
        String cleaned = clean(context);
        if (cleaned == null) {
            return null;
        }
        if (UNREADABLE.matcher(cleaned).find()) {
            return "Le contexte contient des caractères illisibles (caractères de contrôle).";
        }
        if (cleaned.length() > MAX_CONTEXT) {
            return "Le contexte dépasse " + MAX_CONTEXT + " caractères (" + cleaned.length() + ").";
        }
        return null;
    }

    /** Lower case without accents, so that "Vidéoprojecteur" matches "videoprojecteur". */
    static String normalized(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Returns the constant whose French label or code is the text, ignoring case and accents; null when none. */
    static <E extends Enum<E>> E parseChoice(E[] constants, String text) {
        String wanted = normalized(text);
        for (E constant : constants) {
            if (wanted.equals(normalized(label(constant))) || wanted.equals(normalized(constant.name()))) {
                return constant;
            }
        }
        return null;
    }

    /** Lists the French labels of the constants, quoted, for error messages. */
    static String labels(Enum<?>[] constants) {
        List<String> labels = new ArrayList<>();
        for (Enum<?> constant : constants) {
            labels.add("« " + label(constant) + " »");
        }
        return String.join(", ", labels);
    }

    private static String label(Enum<?> constant) {
        if (constant instanceof EquipmentKind kind) {
            return kind.label();
        }
        if (constant instanceof EquipmentUse use) {
            return use.label();
        }
        return ((EquipmentStatus) constant).label();
    }

    /** Collects the errors of one set of values. */
    private static final class Checker {

        private final Map<EquipmentField, String> values;

        private final List<FieldError> errors = new ArrayList<>();

        private final Map<EquipmentField, Boolean> failed = new EnumMap<>(EquipmentField.class);

        Checker(Map<EquipmentField, String> values) {
            this.values = values;
        }

        void error(EquipmentField field, String message) {
            errors.add(new FieldError(field, message));
            failed.put(field, true);
        }

        boolean hasError(EquipmentField field) {
            return failed.containsKey(field);
        }

        /**
         * Returns the cleaned text, or null after an error when it contains unreadable characters.
         * Line breaks and tabs, which a spreadsheet cell may hold, become single spaces.
         */
        String raw(EquipmentField field) {
            String text = values.get(field);
            String value = clean(text == null ? null : LINE_BREAKS.matcher(text).replaceAll(" "));
            if (value != null && UNREADABLE.matcher(value).find()) {
                error(field, "« " + field.frenchName() + " » contient des caractères illisibles : enregistrez le"
                        + " fichier en UTF-8 ou en Latin-1 (CSV séparateur point-virgule)");
                return null;
            }
            return value;
        }

        String text(EquipmentField field, int maxLength) {
            String value = raw(field);
            if (value != null && value.length() > maxLength) {
                error(field, "« " + field.frenchName() + " » dépasse " + maxLength + " caractères ("
                        + value.length() + ")");
                return null;
            }
            return value;
        }

        String hostName() {
            String value = text(EquipmentField.HOST_NAME, MAX_HOST);
            if (value != null && !HOST_NAME.matcher(value).matches()) {
                error(EquipmentField.HOST_NAME, "le nom de machine « " + value + " » n'est pas valide : lettres"
                        + " sans accent, chiffres et tirets seulement, sans tiret au début ni à la fin");
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E choice(EquipmentField field, E[] constants, E whenEmpty) {
            String value = raw(field);
            if (value == null) {
                if (whenEmpty == null && !hasError(field)) {
                    error(field, "« " + field.frenchName() + " » est obligatoire (valeurs possibles : "
                            + labels(constants) + ")");
                }
                return whenEmpty;
            }
            E found = parseChoice(constants, value);
            if (found == null) {
                error(field, "« " + field.frenchName() + " » inconnu : « " + value + " » (valeurs possibles : "
                        + labels(constants) + ")");
            }
            return found;
        }

        Boolean yesNo(EquipmentField field) {
            String value = raw(field);
            if (value == null) {
                return false;
            }
            switch (normalized(value)) {
                case "oui", "o", "true", "1" -> {
                    return true;
                }
                case "non", "n", "false", "0" -> {
                    return false;
                }
                default -> {
                    error(field, "« " + field.frenchName() + " » doit valoir « oui » ou « non », pas « " + value + " »");
                    return null;
                }
            }
        }

        LocalDate date(EquipmentField field) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            DateTimeFormatter format = value.contains("/") ? FRENCH_DATE : ISO_DATE;
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException invalid) {
                error(field, "« " + field.frenchName() + " » : « " + value + " » n'est pas une date valide"
                        + " (JJ/MM/AAAA, par exemple 31/08/2027)");
                return null;
            }
        }
    }
}
