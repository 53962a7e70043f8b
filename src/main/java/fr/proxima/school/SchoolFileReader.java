package fr.proxima.school;

import fr.proxima.csv.CsvDocument;
import fr.proxima.csv.CsvDocument.CsvRow;
import fr.proxima.csv.CsvSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the region's lycée file and checks every row, storing nothing.
 *
 * <p>The columns are those of the DEPP list of lycées (see {@link #REQUIRED_COLUMNS}), in any
 * order and case, plus an optional workstation count. Only public lycées are returned. Private
 * rows are counted and otherwise not checked, since nothing of them is stored.
 */
final class SchoolFileReader {

    static final List<String> REQUIRED_COLUMNS = List.of(
            "uai", "name", "town", "code_insee_commune", "departement", "academie", "secteur",
            "type_lycee", "effectif_total", "rentree_scolaire");

    /** Accepted names of the optional workstation column. A file may use only one of them. */
    static final List<String> WORKSTATION_COLUMNS = List.of("postes", "nb_postes", "workstations");

    static final String PUBLIC = "public";

    static final String PRIVATE_UNDER_CONTRACT = "prive_sous_contrat";

    private static final Set<String> SCHOOL_TYPES = Set.of("LEGT", "LPO", "LP");

    /** Column sizes of the school table (V1__school.sql). */
    static final int MAX_NAME_LENGTH = 255;

    static final int MAX_TOWN_LENGTH = 120;

    private static final Pattern INSEE_CODE = Pattern.compile("\\d{5}");

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    /** Spaces, no-break spaces and narrow no-break spaces, which spreadsheets put between thousands. */
    private static final Pattern THOUSANDS_SEPARATORS = Pattern.compile("[ \\u00A0\\u202F]");

    SchoolFile read(byte[] content) {
        CsvDocument document = CsvDocument.decode(content);
        List<CsvRow> rows;
        try {
            rows = document.rows();
        } catch (CsvSyntaxException malformed) {
            return SchoolFile.unreadable(new SchoolImportError(malformed.line(),
                    "fichier CSV mal formé : un guillemet n'est pas fermé, ou du texte suit un guillemet"
                            + " fermant, sur cette ligne ou une ligne précédente"));
        }
        if (rows.isEmpty()) {
            return SchoolFile.unreadable(new SchoolImportError(1,
                    "le fichier est vide : une ligne d'en-tête suivie d'une ligne par lycée est attendue"));
        }

        CsvRow headerRow = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        List<SchoolImportError> headerErrors = readHeader(headerRow, document.delimiter(), columns);
        if (!headerErrors.isEmpty()) {
            return SchoolFile.unreadable(headerErrors);
        }
        String workstationColumn = WORKSTATION_COLUMNS.stream()
                .filter(columns::containsKey)
                .findFirst()
                .orElse(null);

        List<SchoolImportError> errors = new ArrayList<>();
        List<SchoolRow> checked = new ArrayList<>();
        int privateRows = 0;
        int rejectedRows = 0;
        for (CsvRow row : rows.subList(1, rows.size())) {
            RowCheck check = new RowCheck(row, columns, headerRow.values().size(), workstationColumn);
            if (check.isPrivate()) {
                privateRows++;
                continue;
            }
            if (check.errors().isEmpty()) {
                checked.add(check.toSchoolRow());
            } else {
                errors.addAll(check.errors());
                rejectedRows++;
            }
        }

        List<SchoolRow> unique = new ArrayList<>();
        rejectedRows += rejectDuplicates(checked, unique, errors);
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new SchoolFile(true, unique, errors, privateRows, rejectedRows, document.charset().name());
    }

    private static List<SchoolImportError> readHeader(CsvRow header, char delimiter, Map<String, Integer> columns) {
        List<SchoolImportError> errors = new ArrayList<>();
        List<String> names = header.values();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                errors.add(new SchoolImportError(header.line(),
                        "la colonne « " + name + " » figure deux fois dans l'en-tête"));
            }
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            errors.add(new SchoolImportError(header.line(),
                    "colonnes manquantes dans l'en-tête : " + String.join(", ", missing)
                            + " (séparateur reconnu : « " + delimiter + " » ; l'en-tête attendu est "
                            + String.join(",", REQUIRED_COLUMNS) + ", plus une colonne facultative "
                            + String.join(" ou ", WORKSTATION_COLUMNS) + ")"));
        }
        List<String> workstationColumns = WORKSTATION_COLUMNS.stream().filter(columns::containsKey).toList();
        if (workstationColumns.size() > 1) {
            errors.add(new SchoolImportError(header.line(),
                    "plusieurs colonnes de nombre de postes (" + String.join(", ", workstationColumns)
                            + ") : gardez-en une seule"));
        }
        return errors;
    }

    /**
     * Moves the rows whose UAI appears once to {@code unique} and reports the others. No row of a
     * repeated UAI is kept, because the file does not show which of them is right.
     *
     * @return the number of rows left out
     */
    private static int rejectDuplicates(List<SchoolRow> rows, List<SchoolRow> unique, List<SchoolImportError> errors) {
        Map<String, List<SchoolRow>> byUai = new LinkedHashMap<>();
        for (SchoolRow row : rows) {
            byUai.computeIfAbsent(row.uai(), uai -> new ArrayList<>()).add(row);
        }
        int rejected = 0;
        for (List<SchoolRow> sameUai : byUai.values()) {
            if (sameUai.size() == 1) {
                unique.add(sameUai.get(0));
                continue;
            }
            long firstLine = sameUai.get(0).line();
            for (SchoolRow repeated : sameUai.subList(1, sameUai.size())) {
                errors.add(new SchoolImportError(repeated.line(),
                        "UAI " + repeated.uai() + " en double : il figure déjà ligne " + firstLine
                                + " ; aucune des lignes de ce lycée n'est importée"));
            }
            rejected += sameUai.size();
        }
        return rejected;
    }

    /** The checks of one data row, run on construction. */
    private static final class RowCheck {

        private final CsvRow row;

        private final Map<String, Integer> columns;

        private final List<SchoolImportError> errors = new ArrayList<>();

        private boolean privateSchool;

        private String uai;

        private String departement;

        private String academie;

        private String inseeCode;

        private String schoolType;

        private Integer pupilCount;

        private Integer workstations;

        private String sourceSchoolYear;

        RowCheck(CsvRow row, Map<String, Integer> columns, int headerSize, String workstationColumn) {
            this.row = row;
            this.columns = columns;
            if (row.values().size() != headerSize) {
                error("nombre de colonnes incorrect : " + row.values().size() + " valeurs au lieu de "
                        + headerSize + " (une virgule ou un point-virgule en trop dans une valeur non"
                        + " entourée de guillemets ?)");
                return;
            }
            checkSector();
            if (privateSchool) {
                return;
            }
            checkUai();
            required("name", "nom manquant", "nom trop long", MAX_NAME_LENGTH);
            required("town", "commune manquante", "nom de commune trop long", MAX_TOWN_LENGTH);
            checkDepartementAndAcademie();
            checkInseeCode();
            checkSchoolType();
            pupilCount = count("effectif_total", "effectif");
            if (workstationColumn != null) {
                workstations = count(workstationColumn, "nombre de postes");
            }
            if (pupilCount == null && workstations == null && value("effectif_total").isEmpty()) {
                error("effectif manquant (colonne effectif_total) : l'effectif est nécessaire pour estimer"
                        + " le nombre de postes quand le fichier ne le donne pas");
            }
            checkSchoolYear();
        }

        boolean isPrivate() {
            return privateSchool;
        }

        List<SchoolImportError> errors() {
            return errors;
        }

        SchoolRow toSchoolRow() {
            return new SchoolRow(row.line(), uai, value("name"), value("town"), inseeCode, departement,
                    academie, schoolType, pupilCount, workstations, sourceSchoolYear);
        }

        private void checkSector() {
            String sector = value("secteur").toLowerCase(Locale.ROOT);
            if (sector.isEmpty()) {
                error("secteur manquant (colonne secteur) : " + PUBLIC + " ou " + PRIVATE_UNDER_CONTRACT + " attendu");
            } else if (sector.equals(PRIVATE_UNDER_CONTRACT)) {
                privateSchool = true;
            } else if (!sector.equals(PUBLIC)) {
                error("secteur inconnu « " + value("secteur") + " » : " + PUBLIC + " ou "
                        + PRIVATE_UNDER_CONTRACT + " attendu");
            }
        }

        private void checkUai() {
            String typed = value("uai");
            String normalized = Uai.normalize(typed);
            if (normalized.isEmpty()) {
                error("UAI manquant (colonne uai)");
            } else if (!Uai.isWellFormed(normalized)) {
                error("UAI invalide « " + typed + " » : 7 chiffres suivis d'une lettre attendus, par exemple 0750654D");
            } else if (!Uai.isValid(normalized)) {
                error("lettre de contrôle incorrecte dans l'UAI « " + typed + " » : « "
                        + Uai.expectedCheckLetter(normalized) + " » attendue après " + normalized.substring(0, 7));
            } else {
                uai = normalized;
            }
        }

        private void checkDepartementAndAcademie() {
            String typedDepartement = value("departement");
            if (typedDepartement.isEmpty()) {
                error("département manquant (colonne departement)");
            } else {
                departement = IleDeFranceDepartements.parse(typedDepartement).orElse(null);
                if (departement == null) {
                    error("département inconnu « " + typedDepartement + " » : un département d'Île-de-France est"
                            + " attendu (" + IleDeFranceDepartements.list() + ")");
                } else if (uai != null && !Uai.departement(uai).equals(departement)) {
                    error("l'UAI " + uai + " désigne le département " + Uai.departement(uai)
                            + ", pas le " + departement + " indiqué dans la colonne departement");
                }
            }

            String typedAcademie = value("academie");
            if (typedAcademie.isEmpty()) {
                error("académie manquante (colonne academie)");
            } else if (departement != null) {
                String expected = IleDeFranceDepartements.academieOf(departement);
                if (IleDeFranceDepartements.sameAcademie(typedAcademie, expected)) {
                    academie = expected;
                } else {
                    error("académie « " + typedAcademie + " » incohérente avec le département " + departement
                            + ", qui relève de l'académie de " + expected);
                }
            }
        }

        private void checkInseeCode() {
            String typed = value("code_insee_commune");
            if (typed.isEmpty()) {
                return;
            }
            if (!INSEE_CODE.matcher(typed).matches()) {
                error("code INSEE de commune invalide « " + typed + " » : 5 chiffres attendus");
            } else if (departement != null && !typed.startsWith(departement.substring(1))) {
                error("le code INSEE de commune " + typed + " n'est pas dans le département " + departement);
            } else {
                inseeCode = typed;
            }
        }

        private void checkSchoolType() {
            String typed = value("type_lycee");
            String type = typed.toUpperCase(Locale.ROOT);
            if (type.isEmpty()) {
                error("type de lycée manquant (colonne type_lycee) : LEGT, LPO ou LP attendu");
            } else if (!SCHOOL_TYPES.contains(type)) {
                error("type de lycée inconnu « " + typed + " » : LEGT, LPO ou LP attendu");
            } else {
                schoolType = type;
            }
        }

        private void checkSchoolYear() {
            String typed = value("rentree_scolaire");
            var matcher = SCHOOL_YEAR.matcher(typed);
            if (typed.isEmpty()) {
                error("année scolaire manquante (colonne rentree_scolaire), par exemple 2022-2023");
            } else if (!matcher.matches()
                    || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
                error("année scolaire invalide « " + typed + " » : deux années consécutives attendues, par exemple 2022-2023");
            } else {
                sourceSchoolYear = typed;
            }
        }

        /** Reads a non-negative whole number, or returns null when the cell is empty or invalid. */
        private Integer count(String column, String label) {
            String typed = value(column);
            if (typed.isEmpty()) {
                return null;
            }
            String digits = THOUSANDS_SEPARATORS.matcher(typed).replaceAll("");
            if (digits.matches("-\\d+")) {
                error(label + " négatif (colonne " + column + ") : « " + typed + " »");
                return null;
            }
            if (!digits.matches("\\d{1,9}")) {
                error(label + " non numérique (colonne " + column + ") : « " + typed + " », nombre entier attendu");
                return null;
            }
            return Integer.valueOf(digits);
        }

        private void required(String column, String missingMessage, String tooLongMessage, int maxLength) {
            String typed = value(column);
            if (typed.isEmpty()) {
                error(missingMessage + " (colonne " + column + ")");
            } else if (typed.length() > maxLength) {
                error(tooLongMessage + " : " + typed.length() + " caractères, " + maxLength + " au plus");
            }
        }

        private String value(String column) {
            return row.values().get(columns.get(column)).strip();
        }

        private void error(String message) {
            errors.add(new SchoolImportError(row.line(), message));
        }
    }
}
