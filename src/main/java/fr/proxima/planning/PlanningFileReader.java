package fr.proxima.planning;

import fr.proxima.csv.CsvDocument;
import fr.proxima.csv.CsvDocument.CsvRow;
import fr.proxima.csv.CsvSyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a planning file into its lines, one visit each. The file is decoded as {@link CsvDocument}
 * does: UTF-8 or Windows-1252, with or without a byte-order mark, separated by commas or
 * semicolons. Its header names the columns {@code date}, {@code uai}, {@code technicien},
 * {@code creneau} and optionally {@code debut} and {@code fin}, in any order, in any case and with
 * or without accents. This reader checks the layout only; {@link VisitValidator} checks the values.
 */
final class PlanningFileReader {

    static final String DATE = "date";
    static final String UAI = "uai";
    static final String TECHNICIAN = "technicien";
    static final String SLOT = "creneau";
    static final String START = "debut";
    static final String END = "fin";

    static final List<String> REQUIRED_COLUMNS = List.of(DATE, UAI, TECHNICIAN, SLOT);

    static final List<String> COLUMNS = List.of(DATE, UAI, TECHNICIAN, SLOT, START, END);

    static final String EXPECTED_HEADER = "date,uai,technicien,creneau, suivi en option de debut,fin";

    private PlanningFileReader() {
    }

    /** The lines of a file, or the reasons why its layout is wrong. */
    record Reading(List<VisitLine> lines, List<PlanningError> errors) {
    }

    static Reading read(byte[] content) {
        List<CsvRow> rows;
        try {
            rows = CsvDocument.decode(content).rows();
        } catch (CsvSyntaxException e) {
            return failure(PlanningError.of(e.line(), "un guillemet n'est pas fermé, ou il est suivi d'autres"
                    + " caractères avant le séparateur, sur cette ligne ou sur une ligne précédente."));
        }
        if (rows.isEmpty()) {
            return failure(PlanningError.of(null, "le fichier est vide : sa première ligne doit être l'en-tête "
                    + EXPECTED_HEADER + "."));
        }

        CsvRow header = rows.get(0);
        List<PlanningError> errors = new ArrayList<>();
        Map<String, Integer> columns = readHeader(header, errors);
        if (!errors.isEmpty()) {
            return new Reading(List.of(), errors);
        }
        if (rows.size() == 1) {
            return failure(PlanningError.of(null, "le fichier ne contient aucun passage : ajoutez sous l'en-tête"
                    + " une ligne par passage."));
        }

        List<VisitLine> lines = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            if (row.values().size() > header.values().size()) {
                errors.add(PlanningError.of(row.line(), "la ligne a " + row.values().size() + " valeurs pour "
                        + header.values().size() + " colonnes dans l'en-tête."));
                continue;
            }
            lines.add(new VisitLine(row.line(), value(row, columns, DATE), value(row, columns, UAI),
                    value(row, columns, TECHNICIAN), value(row, columns, SLOT), value(row, columns, START),
                    value(row, columns, END)));
        }
        return new Reading(lines, errors);
    }

    private static Map<String, Integer> readHeader(CsvRow header, List<PlanningError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.values().size(); i++) {
            String raw = header.values().get(i);
            String name = normalize(raw);
            if (!COLUMNS.contains(name)) {
                errors.add(PlanningError.of(header.line(), "la colonne « " + printable(raw) + " » n'est pas reconnue :"
                        + " l'en-tête attendu est " + EXPECTED_HEADER + "."));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(PlanningError.of(header.line(), "la colonne « " + name + " » apparaît deux fois dans"
                        + " l'en-tête."));
            }
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!columns.containsKey(required)) {
                errors.add(PlanningError.of(header.line(), "la colonne « " + required + " » manque : l'en-tête attendu"
                        + " est " + EXPECTED_HEADER + "."));
            }
        }
        return columns;
    }

    /** Returns a column's value, or an empty string when the column is absent or the row is short. */
    private static String value(CsvRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.values().size() ? "" : row.values().get(index);
    }

    /** Lower-cases a header name and drops its accents: "Créneau" gives "creneau". */
    static String normalize(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Replaces control characters and shortens a value of the file, to quote it in a message. */
    static String printable(String value) {
        String cleaned = value.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 60 ? cleaned : cleaned.substring(0, 60) + "…";
    }

    private static Reading failure(PlanningError error) {
        return new Reading(List.of(), List.of(error));
    }
}
