package fr.proxima.calendar;

import fr.proxima.csv.CsvDocument;
import fr.proxima.csv.CsvDocument.CsvRow;
import fr.proxima.csv.CsvSyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the region's school calendar CSV: one row per period with the columns
 * {@code annee_scolaire, periode, premier_jour_sans_classe, jour_de_reprise} and an optional
 * {@code note}. Dates are written 2025-10-18 or 18/10/2025, the form spreadsheets use in French.
 *
 * <p>When {@code note} is the last column, a row with more values than the header is read as a
 * note that contains the separator without quotes, as in "arrêté du 7 décembre 2022, JORF…".
 */
public final class SchoolCalendarCsvReader implements SchoolCalendarReader {

    static final List<String> REQUIRED_COLUMNS =
            List.of("annee_scolaire", "periode", "premier_jour_sans_classe", "jour_de_reprise");

    static final String NOTE = "note";

    /** Column sizes of the school_calendar_period table (V2__school_calendar.sql). */
    static final int MAX_LABEL_LENGTH = 100;

    static final int MAX_NOTE_LENGTH = 500;

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public SchoolCalendarReading read(byte[] content) {
        CsvDocument document = CsvDocument.decode(content);
        List<CsvRow> rows;
        try {
            rows = document.rows();
        } catch (CsvSyntaxException malformed) {
            return failed(malformed.line(), "fichier CSV mal formé : un guillemet n'est pas fermé, ou du texte suit"
                    + " un guillemet fermant, sur cette ligne ou une ligne précédente");
        }
        if (rows.isEmpty()) {
            return failed(1, "le fichier est vide : une ligne d'en-tête suivie d'une ligne par période est attendue");
        }

        CsvRow header = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        List<CalendarImportError> errors = new ArrayList<>();
        for (int i = 0; i < header.values().size(); i++) {
            String name = header.values().get(i).toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                errors.add(new CalendarImportError(header.line(),
                        "la colonne « " + name + " » figure deux fois dans l'en-tête"));
            }
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            errors.add(new CalendarImportError(header.line(),
                    "colonnes manquantes dans l'en-tête : " + String.join(", ", missing)
                            + " (séparateur reconnu : « " + document.delimiter() + " » ; l'en-tête attendu est "
                            + String.join(",", REQUIRED_COLUMNS) + ",note)"));
        }
        if (!errors.isEmpty()) {
            return new SchoolCalendarReading(List.of(), errors);
        }

        int headerSize = header.values().size();
        boolean noteIsLast = columns.containsKey(NOTE) && columns.get(NOTE) == headerSize - 1;
        String noteJoiner = document.delimiter() + " ";
        List<SchoolCalendarEntry> entries = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            List<String> values = row.values();
            if (values.size() > headerSize && noteIsLast) {
                List<String> joined = new ArrayList<>(values.subList(0, headerSize - 1));
                joined.add(String.join(noteJoiner, values.subList(headerSize - 1, values.size())));
                values = joined;
            }
            if (values.size() != headerSize) {
                errors.add(new CalendarImportError(row.line(), "nombre de colonnes incorrect : " + values.size()
                        + " valeurs au lieu de " + headerSize));
                continue;
            }
            readRow(row.line(), values, columns, errors).ifPresent(entries::add);
        }
        return new SchoolCalendarReading(entries, errors);
    }

    private static Optional<SchoolCalendarEntry> readRow(long line, List<String> values,
            Map<String, Integer> columns, List<CalendarImportError> errors) {
        int errorsBefore = errors.size();
        String schoolYear = values.get(columns.get("annee_scolaire"));
        if (schoolYear.isEmpty()) {
            errors.add(new CalendarImportError(line, "année scolaire manquante (colonne annee_scolaire)"));
        }
        String label = values.get(columns.get("periode"));
        if (label.isEmpty()) {
            errors.add(new CalendarImportError(line, "libellé de période manquant (colonne periode)"));
        } else if (label.length() > MAX_LABEL_LENGTH) {
            errors.add(new CalendarImportError(line, "libellé de période trop long : " + label.length()
                    + " caractères, " + MAX_LABEL_LENGTH + " au plus"));
        }
        LocalDate firstDayOff = date(line, values, columns, "premier_jour_sans_classe", errors);
        LocalDate resumeDay = date(line, values, columns, "jour_de_reprise", errors);
        String note = columns.containsKey(NOTE) ? values.get(columns.get(NOTE)) : "";
        if (note.length() > MAX_NOTE_LENGTH) {
            errors.add(new CalendarImportError(line, "note trop longue : " + note.length() + " caractères, "
                    + MAX_NOTE_LENGTH + " au plus"));
        }
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new SchoolCalendarEntry(line, schoolYear, label, firstDayOff, resumeDay,
                note.isEmpty() ? null : note));
    }

    /** Parses an optional date cell, or returns null when it is empty or invalid. An invalid date is reported. */
    private static LocalDate date(long line, List<String> values, Map<String, Integer> columns, String column,
            List<CalendarImportError> errors) {
        String typed = values.get(columns.get(column));
        if (typed.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : List.of(ISO_DATE, FRENCH_DATE)) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException notThisFormat) {
                // Try the next format.
            }
        }
        errors.add(new CalendarImportError(line, "date invalide « " + typed + " » (colonne " + column
                + ") : une date AAAA-MM-JJ ou JJ/MM/AAAA est attendue, par exemple 2025-10-18"));
        return null;
    }

    private static SchoolCalendarReading failed(long line, String message) {
        return new SchoolCalendarReading(List.of(), List.of(new CalendarImportError(line, message)));
    }
}
