package fr.proxima.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolFileReaderTest {

    static final String HEADER =
            "uai,name,town,code_insee_commune,departement,academie,secteur,type_lycee,effectif_total,rentree_scolaire";

    static final String HENRI_IV =
            "0750654D,LYCEE GENERAL HENRI IV,PARIS 5E ARRONDISSEMENT,75105,075,Paris,public,LEGT,814,2022-2023";

    static final String VILLON =
            "0780422K,LYCEE GENERAL ET TECHNOLOGIQUE FRANCOIS VILLON,LES MUREAUX,78440,078,Versailles,public,LEGT,1192,2022-2023";

    static final String PRIVATE =
            "0750330B,LYCEE TECHNOLOGIQUE PRIVE ECOLE TECHNIQUE,PARIS 13E ARRONDISSEMENT,75113,075,Paris,prive_sous_contrat,LEGT,91,2022-2023";

    private final SchoolFileReader reader = new SchoolFileReader();

    private SchoolFile read(String... lines) {
        return read(StandardCharsets.UTF_8, lines);
    }

    private SchoolFile read(Charset charset, String... lines) {
        return reader.read((String.join("\n", lines) + "\n").getBytes(charset));
    }

    /** Reads a file with one data row, Henri-IV with one column replaced. */
    private SchoolFile readHenriIvWith(int column, String value) {
        String[] values = HENRI_IV.split(",", -1);
        values[column] = value;
        return read(HEADER, String.join(",", values));
    }

    private static SchoolImportError singleError(SchoolFile file) {
        assertThat(file.errors()).hasSize(1);
        return file.errors().get(0);
    }

    @Test
    void validFileReturnsPublicRows() {
        SchoolFile file = read(HEADER, HENRI_IV, PRIVATE, VILLON);

        assertThat(file.readable()).isTrue();
        assertThat(file.errors()).isEmpty();
        assertThat(file.privateRows()).isEqualTo(1);
        assertThat(file.rejectedRows()).isZero();
        assertThat(file.rows()).extracting(SchoolRow::uai).containsExactly("0750654D", "0780422K");
        SchoolRow henriIv = file.rows().get(0);
        assertThat(henriIv.line()).isEqualTo(2);
        assertThat(henriIv.name()).isEqualTo("LYCEE GENERAL HENRI IV");
        assertThat(henriIv.town()).isEqualTo("PARIS 5E ARRONDISSEMENT");
        assertThat(henriIv.inseeCode()).isEqualTo("75105");
        assertThat(henriIv.departement()).isEqualTo("075");
        assertThat(henriIv.academie()).isEqualTo("Paris");
        assertThat(henriIv.schoolType()).isEqualTo("LEGT");
        assertThat(henriIv.pupilCount()).isEqualTo(814);
        assertThat(henriIv.workstations()).isNull();
        assertThat(henriIv.sourceSchoolYear()).isEqualTo("2022-2023");
        assertThat(file.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void uaiIsCaseNormalized() {
        SchoolFile file = readHenriIvWith(0, " 0750654d ");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).uai()).isEqualTo("0750654D");
    }

    @Test
    void departementWithoutLeadingZeroIsAccepted() {
        SchoolFile file = readHenriIvWith(4, "75");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).departement()).isEqualTo("075");
    }

    @Test
    void academieMatchesWithoutAccentOrCase() {
        SchoolFile file = read(HEADER,
                "0932047V,LYCEE TEST,SAINT-DENIS,93066,093,creteil,public,LPO,500,2022-2023");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).academie()).isEqualTo("Créteil");
    }

    @Test
    void missingUaiIsReported() {
        SchoolImportError error = singleError(readHenriIvWith(0, ""));

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.message()).isEqualTo("UAI manquant (colonne uai)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"075065D", "07506544", "0750654DD", "A750654D", "0750 654D"})
    void malformedUaiIsReported(String uai) {
        SchoolImportError error = singleError(readHenriIvWith(0, uai));

        assertThat(error.message()).startsWith("UAI invalide « " + uai + " »");
    }

    @Test
    void wrongCheckLetterIsReported() {
        SchoolImportError error = singleError(readHenriIvWith(0, "0750654E"));

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.message())
                .isEqualTo("lettre de contrôle incorrecte dans l'UAI « 0750654E » : « D » attendue après 0750654");
    }

    @ParameterizedTest
    @ValueSource(strings = {"076", "971", "2A", "Paris"})
    void unknownDepartementIsReported(String departement) {
        SchoolFile file = readHenriIvWith(4, departement);

        assertThat(file.errors()).extracting(SchoolImportError::message)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("département inconnu « " + departement + " »")
                        .contains("075, 077, 078, 091, 092, 093, 094, 095"));
        assertThat(file.rows()).isEmpty();
    }

    @Test
    void uaiOfAnotherDepartementIsReported() {
        SchoolFile file = read(HEADER,
                "0780422K,LYCEE FRANCOIS VILLON,LES MUREAUX,75105,075,Paris,public,LEGT,1192,2022-2023");

        assertThat(singleError(file).message())
                .isEqualTo("l'UAI 0780422K désigne le département 078, pas le 075 indiqué dans la colonne departement");
    }

    @Test
    void academieOfAnotherDepartementIsReported() {
        SchoolImportError error = singleError(readHenriIvWith(5, "Versailles"));

        assertThat(error.message())
                .isEqualTo("académie « Versailles » incohérente avec le département 075, qui relève de l'académie de Paris");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|nom manquant (colonne name)",
        "2|commune manquante (colonne town)",
        "4|département manquant (colonne departement)",
        "5|académie manquante (colonne academie)",
        "6|secteur manquant (colonne secteur) : public ou prive_sous_contrat attendu",
        "7|type de lycée manquant (colonne type_lycee) : LEGT, LPO ou LP attendu",
        "8|effectif manquant (colonne effectif_total) : l'effectif est nécessaire pour estimer le nombre de postes"
                + " quand le fichier ne le donne pas",
        "9|année scolaire manquante (colonne rentree_scolaire), par exemple 2022-2023"})
    void missingFieldIsReported(int column, String message) {
        SchoolImportError error = singleError(readHenriIvWith(column, ""));

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.message()).isEqualTo(message);
    }

    @Test
    void missingInseeCodeIsAllowed() {
        SchoolFile file = readHenriIvWith(3, "");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).inseeCode()).isNull();
    }

    @Test
    void inseeCodeOutsideDepartementIsReported() {
        assertThat(singleError(readHenriIvWith(3, "78440")).message())
                .isEqualTo("le code INSEE de commune 78440 n'est pas dans le département 075");
        assertThat(singleError(readHenriIvWith(3, "7510")).message())
                .isEqualTo("code INSEE de commune invalide « 7510 » : 5 chiffres attendus");
    }

    @Test
    void unknownSectorAndTypeAreReported() {
        assertThat(singleError(readHenriIvWith(6, "agricole")).message())
                .isEqualTo("secteur inconnu « agricole » : public ou prive_sous_contrat attendu");
        assertThat(singleError(readHenriIvWith(7, "EREA")).message())
                .isEqualTo("type de lycée inconnu « EREA » : LEGT, LPO ou LP attendu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022", "2022-2024", "22-23", "2022/2023"})
    void invalidSchoolYearIsReported(String schoolYear) {
        assertThat(singleError(readHenriIvWith(9, schoolYear)).message())
                .startsWith("année scolaire invalide « " + schoolYear + " »");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "81,4", "12.5", "8e2", "9999999999"})
    void nonNumericPupilCountIsReported(String pupils) {
        SchoolFile file = read(HEADER,
                "0750654D,LYCEE GENERAL HENRI IV,PARIS 5E,75105,075,Paris,public,LEGT,\"" + pupils + "\",2022-2023");

        assertThat(singleError(file).message())
                .isEqualTo("effectif non numérique (colonne effectif_total) : « " + pupils + " », nombre entier attendu");
    }

    @Test
    void negativePupilCountIsReported() {
        assertThat(singleError(readHenriIvWith(8, "-5")).message())
                .isEqualTo("effectif négatif (colonne effectif_total) : « -5 »");
    }

    @Test
    void thousandsSeparatorIsAccepted() {
        SchoolFile file = readHenriIvWith(8, "1\u00A0192");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).pupilCount()).isEqualTo(1192);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postes", "nb_postes", "workstations", "NB_POSTES"})
    void workstationColumnIsRead(String column) {
        SchoolFile file = read(HEADER + "," + column, HENRI_IV + ",120");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).workstations()).isEqualTo(120);
    }

    @Test
    void invalidWorkstationCountIsReported() {
        assertThat(singleError(read(HEADER + ",postes", HENRI_IV + ",beaucoup")).message())
                .isEqualTo("nombre de postes non numérique (colonne postes) : « beaucoup », nombre entier attendu");
        assertThat(singleError(read(HEADER + ",postes", HENRI_IV + ",-3")).message())
                .isEqualTo("nombre de postes négatif (colonne postes) : « -3 »");
    }

    @Test
    void pupilsMayBeEmptyWhenWorkstationsAreGiven() {
        SchoolFile file = read(HEADER + ",postes",
                "0750654D,LYCEE GENERAL HENRI IV,PARIS 5E,75105,075,Paris,public,LEGT,,2022-2023,150");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).pupilCount()).isNull();
        assertThat(file.rows().get(0).workstations()).isEqualTo(150);
    }

    @Test
    void tooLongNameIsReported() {
        assertThat(singleError(readHenriIvWith(1, "X".repeat(256))).message())
                .isEqualTo("nom trop long : 256 caractères, 255 au plus");
    }

    @Test
    void duplicateUaiRejectsEveryOccurrence() {
        SchoolFile file = read(HEADER, HENRI_IV, VILLON, HENRI_IV.replace("0750654D", "0750654d"));

        SchoolImportError error = singleError(file);
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.message())
                .isEqualTo("UAI 0750654D en double : il figure déjà ligne 2 ; aucune des lignes de ce lycée n'est importée");
        assertThat(file.rows()).extracting(SchoolRow::uai).containsExactly("0780422K");
        assertThat(file.rejectedRows()).isEqualTo(2);
    }

    @Test
    void wrongColumnCountIsReported() {
        SchoolFile file = read(HEADER, HENRI_IV, "0780422K,LYCEE FRANCOIS VILLON,LES MUREAUX,78440,078,Versailles,public,LEGT,1192");

        SchoolImportError error = singleError(file);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).startsWith("nombre de colonnes incorrect : 9 valeurs au lieu de 10");
        assertThat(file.rows()).hasSize(1);
    }

    @Test
    void everyProblemOfARowIsReported() {
        SchoolFile file = read(HEADER, "0750654E,,PARIS,75105,076,Paris,public,XYZ,abc,2022");

        assertThat(file.errors()).hasSize(6).allSatisfy(error -> assertThat(error.line()).isEqualTo(2));
        assertThat(file.rejectedRows()).isEqualTo(1);
    }

    @Test
    void privateRowsAreCountedWithoutChecks() {
        SchoolFile file = read(HEADER, HENRI_IV,
                "0750330X,,PARIS,,075,Paris,prive_sous_contrat,,,",
                "0750331Y,LYCEE PRIVE,PARIS,75113,075,Paris,PRIVE_SOUS_CONTRAT,LEGT,91,2022-2023");

        assertThat(file.errors()).isEmpty();
        assertThat(file.privateRows()).isEqualTo(2);
        assertThat(file.rows()).hasSize(1);
    }

    @Test
    void missingHeaderColumnsMakeTheFileUnreadable() {
        SchoolFile file = read("uai,name,town,departement,academie,secteur,type_lycee", HENRI_IV);

        assertThat(file.readable()).isFalse();
        assertThat(file.rows()).isEmpty();
        SchoolImportError error = singleError(file);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.message())
                .startsWith("colonnes manquantes dans l'en-tête : code_insee_commune, effectif_total, rentree_scolaire");
    }

    @Test
    void tabSeparatedHeaderIsReportedAsMissingColumns() {
        SchoolFile file = read(HEADER.replace(',', '\t'), HENRI_IV.replace(',', '\t'));

        assertThat(file.readable()).isFalse();
        assertThat(singleError(file).message()).contains("séparateur reconnu : « , »");
    }

    @Test
    void repeatedHeaderColumnsAreReported() {
        SchoolFile twice = read(HEADER + ",uai", HENRI_IV + ",0750654D");
        SchoolFile twoWorkstationColumns = read(HEADER + ",postes,nb_postes", HENRI_IV + ",1,2");

        assertThat(twice.readable()).isFalse();
        assertThat(singleError(twice).message()).isEqualTo("la colonne « uai » figure deux fois dans l'en-tête");
        assertThat(twoWorkstationColumns.readable()).isFalse();
        assertThat(singleError(twoWorkstationColumns).message())
                .isEqualTo("plusieurs colonnes de nombre de postes (postes, nb_postes) : gardez-en une seule");
    }

    @Test
    void headerIsMatchedWithoutCaseOrSpaces() {
        SchoolFile file = read(HEADER.toUpperCase().replace(",", " , "), HENRI_IV);

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).hasSize(1);
    }

    @Test
    void emptyFileIsUnreadable() {
        SchoolFile file = reader.read(" \n\n".getBytes(StandardCharsets.UTF_8));

        assertThat(file.readable()).isFalse();
        assertThat(singleError(file).message()).startsWith("le fichier est vide");
    }

    @Test
    void headerOnlyFileHasNoRows() {
        SchoolFile file = read(HEADER);

        assertThat(file.readable()).isTrue();
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).isEmpty();
    }

    @Test
    void unclosedQuoteMakesTheFileUnreadable() {
        SchoolFile file = read(HEADER, HENRI_IV, "0780422K,\"LYCEE VILLON,LES MUREAUX,78440,078,Versailles,public,LEGT,1192,2022-2023");

        assertThat(file.readable()).isFalse();
        assertThat(singleError(file).message()).startsWith("fichier CSV mal formé");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        SchoolFile file = read("\uFEFF" + HEADER, HENRI_IV);

        assertThat(file.errors()).isEmpty();
        assertThat(file.charset()).isEqualTo("UTF-8");
        assertThat(file.rows()).hasSize(1);
    }

    @Test
    void utf8AccentsAreKept() {
        SchoolFile file = readHenriIvWith(1, "LYCÉE GÉNÉRAL HENRI-IV");

        assertThat(file.charset()).isEqualTo("UTF-8");
        assertThat(file.rows().get(0).name()).isEqualTo("LYCÉE GÉNÉRAL HENRI-IV");
    }

    @Test
    void windows1252FileIsDecoded() {
        SchoolFile file = read(Charset.forName("windows-1252"), HEADER,
                "0750654D,LYCÉE GÉNÉRAL HENRI-IV – PARIS,PARIS 5E ARRONDISSEMENT,75105,075,Paris,public,LEGT,814,2022-2023");

        assertThat(file.errors()).isEmpty();
        assertThat(file.charset()).isEqualTo("windows-1252");
        assertThat(file.rows().get(0).name()).isEqualTo("LYCÉE GÉNÉRAL HENRI-IV – PARIS");
    }

    @Test
    void latin1FileIsDecoded() {
        SchoolFile file = read(StandardCharsets.ISO_8859_1, HEADER,
                "0932047V,LYCÉE DE L'ÎLE,SAINT-DENIS,93066,093,Créteil,public,LPO,500,2022-2023");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).name()).isEqualTo("LYCÉE DE L'ÎLE");
        assertThat(file.rows().get(0).academie()).isEqualTo("Créteil");
    }

    @Test
    void semicolonSeparatedSpreadsheetExportIsRead() {
        String header = HEADER.replace(',', ';') + ";nb_postes";
        String row = "0750654D;\"LYCEE GENERAL HENRI IV, PARIS\";PARIS 5E ARRONDISSEMENT;75105;75;Paris;public;LEGT;814;2022-2023;210";
        byte[] content = ("\uFEFF" + header + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8);

        SchoolFile file = reader.read(content);

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).name()).isEqualTo("LYCEE GENERAL HENRI IV, PARIS");
        assertThat(file.rows().get(0).workstations()).isEqualTo(210);
    }

    @Test
    void lineNumbersCountBlankAndMultiLineRows() {
        SchoolFile file = read(HEADER, "", HENRI_IV.replace("LYCEE GENERAL HENRI IV", "\"LYCEE\nHENRI IV\""),
                "0780422K,,LES MUREAUX,78440,078,Versailles,public,LEGT,1192,2022-2023");

        assertThat(file.rows().get(0).line()).isEqualTo(3);
        assertThat(singleError(file).line()).isEqualTo(5);
    }
}
