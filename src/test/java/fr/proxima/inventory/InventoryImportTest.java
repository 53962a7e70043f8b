package fr.proxima.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.proxima.testing.ProximaApplicationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The CSV import and export of the inventory, on the whole application; each test's writes are rolled back. */
@ProximaApplicationTest
@Transactional
class InventoryImportTest {

    static final String DURUY = "0750662M";

    static final String CHAPTAL = "0750663N";

    static final String AUTHOR = "tech-import";

    static final String HEADER =
            "numero_etiquette;type;fixe_en_hauteur;usage;nom_machine;numero_serie;marque;modele;salle;fin_garantie;statut";

    static final String DESKTOP_LINE =
            "VD-0001;poste fixe;non;pédagogique;VD-B12-01;DE123456;Dell;OptiPlex 7010;B12;31/08/2027;en service";

    static final String PROJECTOR_LINE =
            "VD-0002;vidéoprojecteur;oui;pédagogique;;EP987654;Epson;EB-760W;Amphithéâtre;;en panne";

    static final String LAPTOP_LINE =
            "VD-0003;ordinateur portable;non;administratif;VD-ADM-01;LN555;Lenovo;ThinkPad E14;Secrétariat;;en stock";

    @Autowired
    InventoryImporter importer;

    @Autowired
    InventoryService inventory;

    @Autowired
    JdbcTemplate jdbc;

    static byte[] utf8(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    ImportReport importLines(String... lines) {
        return importer.importFile(DURUY, utf8(lines), "inventaire.csv", AUTHOR);
    }

    List<ImportError> rejectedErrors(byte[] content) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> importer.importFile(DURUY, content, "inventaire.csv", AUTHOR));
        assertThat(thrown).isInstanceOf(InventoryImportException.class);
        return ((InventoryImportException) thrown).errors();
    }

    int historyLines() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM equipment_change c JOIN equipment e ON e.id = c.equipment_id"
                + " WHERE e.school_uai = ?", Integer.class, DURUY);
    }

    @Test
    void importCreatesEveryLine() {
        ImportReport report = importLines(HEADER, DESKTOP_LINE, PROJECTOR_LINE, LAPTOP_LINE);

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.updated()).isZero();
        assertThat(report.encoding()).isEqualTo("UTF-8");
        List<Equipment> items = inventory.findBySchool(DURUY);
        assertThat(items).extracting(Equipment::getLabelNumber).containsExactly("VD-0001", "VD-0002", "VD-0003");
        Equipment desktop = items.get(0);
        assertThat(desktop.getKind()).isEqualTo(EquipmentKind.DESKTOP);
        assertThat(desktop.getUse()).isEqualTo(EquipmentUse.TEACHING);
        assertThat(desktop.getHostName()).isEqualTo("VD-B12-01");
        assertThat(desktop.getSerialNumber()).isEqualTo("DE123456");
        assertThat(desktop.getMake()).isEqualTo("Dell");
        assertThat(desktop.getModel()).isEqualTo("OptiPlex 7010");
        assertThat(desktop.getRoom()).isEqualTo("B12");
        assertThat(desktop.getWarrantyEnd()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(desktop.getStatus()).isEqualTo(EquipmentStatus.IN_SERVICE);
        Equipment projector = items.get(1);
        assertThat(projector.isFixedAtHeight()).isTrue();
        assertThat(projector.getHostName()).isNull();
        assertThat(projector.getStatus()).isEqualTo(EquipmentStatus.BROKEN);
        assertThat(items.get(2).getUse()).isEqualTo(EquipmentUse.ADMINISTRATIVE);
        assertThat(inventory.history(desktop.getId())).singleElement().satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(EquipmentChangeKind.CREATED);
            assertThat(change.getAuthor()).isEqualTo(AUTHOR);
            assertThat(change.getContext()).isEqualTo("import du fichier « inventaire.csv »");
        });
    }

    @Test
    void reimportingSameFileChangesNothing() {
        importLines(HEADER, DESKTOP_LINE, PROJECTOR_LINE, LAPTOP_LINE);
        long version = inventory.findBySchool(DURUY).get(0).getVersion();
        int history = historyLines();

        ImportReport again = importLines(HEADER, DESKTOP_LINE, PROJECTOR_LINE, LAPTOP_LINE);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(historyLines()).isEqualTo(history);
        assertThat(inventory.findBySchool(DURUY).get(0).getVersion()).isEqualTo(version);
    }

    @Test
    void exportReimportsToNoChange() {
        importLines(HEADER, DESKTOP_LINE, PROJECTOR_LINE, LAPTOP_LINE,
                ";périphérique;;pédagogique;;SC-42;Canon;LiDE 300;CDI;;");
        int history = historyLines();

        byte[] exported = EquipmentCsv.write(inventory.findBySchool(DURUY));
        ImportReport again = importer.importFile(DURUY, exported, "export.csv", AUTHOR);

        assertThat(again.lines()).isEqualTo(4);
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(historyLines()).isEqualTo(history);
        assertThat(EquipmentCsv.write(inventory.findBySchool(DURUY))).isEqualTo(exported);
    }

    @Test
    void exportIsUtf8WithBomAndSemicolons() {
        importLines(HEADER, PROJECTOR_LINE);

        byte[] exported = EquipmentCsv.write(inventory.findBySchool(DURUY));

        assertThat(exported).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(exported, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo(HEADER + "\r\n"
                + "VD-0002;vidéoprojecteur;oui;pédagogique;;EP987654;Epson;EB-760W;Amphithéâtre;;en panne\r\n");
    }

    @Test
    void changedLineUpdatesWithOneHistoryLine() {
        importLines(HEADER, DESKTOP_LINE);

        ImportReport report = importLines(HEADER, DESKTOP_LINE.replace(";B12;", ";C03;").replace("en service", "en panne"));

        assertThat(report.updated()).isEqualTo(1);
        Equipment desktop = inventory.findBySchool(DURUY).get(0);
        assertThat(desktop.getRoom()).isEqualTo("C03");
        List<EquipmentChange> history = inventory.history(desktop.getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).getKind()).isEqualTo(EquipmentChangeKind.UPDATED);
        assertThat(history.get(1).getSummary())
                .isEqualTo("Salle : « B12 » → « C03 »\nStatut : « en service » → « en panne »");
    }

    @Test
    void latin1FileImportsItsAccents() {
        byte[] latin1 = (HEADER + "\r\n" + PROJECTOR_LINE + "\r\n").getBytes(Charset.forName("windows-1252"));

        ImportReport report = importer.importFile(DURUY, latin1, "latin1.csv", AUTHOR);

        assertThat(report.encoding()).isEqualTo("Windows-1252 (Latin-1)");
        Equipment projector = inventory.findBySchool(DURUY).get(0);
        assertThat(projector.getKind()).isEqualTo(EquipmentKind.PROJECTOR);
        assertThat(projector.getRoom()).isEqualTo("Amphithéâtre");
    }

    @Test
    void bomAndCommasAreAccepted() {
        String commas = HEADER.replace(';', ',') + "\n" + DESKTOP_LINE.replace(';', ',') + "\n";
        byte[] withBom = ("\uFEFF" + commas).getBytes(StandardCharsets.UTF_8);

        ImportReport report = importer.importFile(DURUY, withBom, "bom.csv", AUTHOR);

        assertThat(report.created()).isEqualTo(1);
        assertThat(inventory.findBySchool(DURUY).get(0).getLabelNumber()).isEqualTo("VD-0001");
    }

    @Test
    void codesAndIsoDatesAreAccepted() {
        importLines(HEADER, "VD-0009;PROJECTOR;non;TEACHING;;EP1;Epson;EB;B12;2027-02-28;BROKEN");

        Equipment item = inventory.findBySchool(DURUY).get(0);
        assertThat(item.getKind()).isEqualTo(EquipmentKind.PROJECTOR);
        assertThat(item.getWarrantyEnd()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(item.getStatus()).isEqualTo(EquipmentStatus.BROKEN);
    }

    @Test
    void htmlInFieldIsKeptAsText() {
        String html = "<script>alert('x')</script>";
        importLines(HEADER, "VD-0010;autre;non;pédagogique;;SN-1;<b>Acme</b>;" + html + ";B12;;en service");

        Equipment item = inventory.findBySchool(DURUY).get(0);
        assertThat(item.getMake()).isEqualTo("<b>Acme</b>");
        assertThat(item.getModel()).isEqualTo(html);
        assertThat(new String(EquipmentCsv.write(List.of(item)), StandardCharsets.UTF_8)).contains(html);
    }

    @Test
    void formulaIsExportedAsText() {
        importLines(HEADER, "VD-0011;autre;non;pédagogique;;SN-F;=HYPERLINK(\"http://example.invalid\");+33;-1;;");
        Equipment item = inventory.findBySchool(DURUY).get(0);
        int history = historyLines();

        String exported = new String(EquipmentCsv.write(List.of(item)), StandardCharsets.UTF_8);
        ImportReport again = importer.importFile(DURUY, exported.getBytes(StandardCharsets.UTF_8), "export.csv", AUTHOR);

        assertThat(item.getMake()).isEqualTo("=HYPERLINK(\"http://example.invalid\")");
        assertThat(exported).contains(";\"'=HYPERLINK(\"\"http://example.invalid\"\")\";'+33;-1;");
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(historyLines()).isEqualTo(history);
    }

    @Test
    void lineWithoutLabelIsFoundBySerialNumber() {
        importLines(HEADER, ";ordinateur portable;non;pédagogique;;LN-77;Lenovo;E14;Réserve;;en stock");

        ImportReport same = importLines(HEADER, ";ordinateur portable;non;pédagogique;;LN-77;Lenovo;E14;Réserve;;en stock");
        ImportReport labelled = importLines(HEADER,
                "VD-0100;ordinateur portable;non;pédagogique;;LN-77;Lenovo;E14;Réserve;;en stock");

        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(labelled.updated()).isEqualTo(1);
        assertThat(inventory.findBySchool(DURUY)).singleElement()
                .extracting(Equipment::getLabelNumber).isEqualTo("VD-0100");
    }

    @Test
    void partialColumnsKeepOtherValues() {
        importLines(HEADER, DESKTOP_LINE);

        ImportReport report = importLines("numero_etiquette;type;usage;salle", "VD-0001;poste fixe;pédagogique;C07");

        assertThat(report.updated()).isEqualTo(1);
        Equipment desktop = inventory.findBySchool(DURUY).get(0);
        assertThat(desktop.getRoom()).isEqualTo("C07");
        assertThat(desktop.getSerialNumber()).isEqualTo("DE123456");
        assertThat(desktop.getWarrantyEnd()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void sameLabelInAnotherLyceeIsAnotherItem() {
        importLines(HEADER, DESKTOP_LINE);

        importer.importFile(CHAPTAL, utf8(HEADER, DESKTOP_LINE), "chaptal.csv", AUTHOR);

        assertThat(inventory.findBySchool(DURUY)).hasSize(1);
        assertThat(inventory.findBySchool(CHAPTAL)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        missing kind        | VD-0001;;non;pédagogique;;SN1;;;;;                     | type     | Ligne 2 : « type » est obligatoire (valeurs possibles : « poste fixe », « ordinateur portable », « imprimante », « vidéoprojecteur », « périphérique », « autre »).
        unknown kind        | VD-0001;scanner 3D;non;pédagogique;;SN1;;;;;           | type     | Ligne 2 : « type » inconnu : « scanner 3D » (valeurs possibles : « poste fixe », « ordinateur portable », « imprimante », « vidéoprojecteur », « périphérique », « autre »).
        missing use         | VD-0001;imprimante;non;;;SN1;;;;;                      | usage    | Ligne 2 : « usage » est obligatoire (valeurs possibles : « pédagogique », « administratif »).
        unknown use         | VD-0001;imprimante;non;personnel;;SN1;;;;;             | usage    | Ligne 2 : « usage » inconnu : « personnel » (valeurs possibles : « pédagogique », « administratif »).
        unknown status      | VD-0001;imprimante;non;pédagogique;;SN1;;;;;volé       | statut   | Ligne 2 : « statut » inconnu : « volé » (valeurs possibles : « en service », « en panne », « en stock », « proposé à la réforme », « sorti de l'inventaire »).
        impossible date     | VD-0001;imprimante;non;pédagogique;;SN1;;;;31/02/2027; | fin_garantie | Ligne 2 : « fin de garantie » : « 31/02/2027 » n'est pas une date valide (JJ/MM/AAAA, par exemple 31/08/2027).
        bad date            | VD-0001;imprimante;non;pédagogique;;SN1;;;;demain;     | fin_garantie | Ligne 2 : « fin de garantie » : « demain » n'est pas une date valide (JJ/MM/AAAA, par exemple 31/08/2027).
        no identifier       | ;imprimante;non;pédagogique;PC-1;;;;;;                 | numero_etiquette | Ligne 2 : le n° d'étiquette ou le n° de série est obligatoire, pour identifier l'équipement dans le lycée.
        bad yes or no       | VD-0001;vidéoprojecteur;peut-être;pédagogique;;SN1;;;;; | fixe_en_hauteur | Ligne 2 : « fixé en hauteur » doit valoir « oui » ou « non », pas « peut-être ».
        height not projector| VD-0001;imprimante;oui;pédagogique;;SN1;;;;;           | fixe_en_hauteur | Ligne 2 : seul un vidéoprojecteur peut être fixé en hauteur (type « imprimante ») : mettez « non ».
        bad host name       | VD-0001;poste fixe;non;pédagogique;PC B12;SN1;;;;;     | nom_machine | Ligne 2 : le nom de machine « PC B12 » n'est pas valide : lettres sans accent, chiffres et tirets seulement, sans tiret au début ni à la fin.
        new removed item    | VD-0001;imprimante;non;pédagogique;;SN1;;;;;sorti de l'inventaire | statut | Ligne 2 : un nouvel équipement ne peut pas être importé au statut « sorti de l'inventaire » : choisissez « en service », « en panne » ou « en stock ».
        """)
    void badLineIsReportedWithItsField(String name, String line, String column, String message) {
        List<ImportError> errors = rejectedErrors(utf8(HEADER, line));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2L);
            assertThat(error.column()).isEqualTo(column);
            assertThat(error.message()).isEqualTo(message);
        });
        assertThat(inventory.findBySchool(DURUY)).isEmpty();
    }

    @Test
    void tooLongTextIsReported() {
        String model = "M".repeat(101);

        List<ImportError> errors = rejectedErrors(utf8(HEADER,
                "VD-0001;poste fixe;non;pédagogique;;SN1;Dell;" + model + ";B12;;"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo("modele");
            assertThat(error.message()).isEqualTo("Ligne 2 : « modèle » dépasse 100 caractères (101).");
        });
    }

    @Test
    void duplicateLabelInFileIsReported() {
        List<ImportError> errors = rejectedErrors(utf8(HEADER, DESKTOP_LINE, PROJECTOR_LINE,
                DESKTOP_LINE.replace("DE123456", "DE999")));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(4L);
            assertThat(error.column()).isEqualTo("numero_etiquette");
            assertThat(error.message()).isEqualTo("Ligne 4 : le n° d'étiquette « VD-0001 » est déjà celui de la ligne 2.");
        });
    }

    @Test
    void duplicateSerialWithoutLabelIsReported() {
        List<ImportError> errors = rejectedErrors(utf8(HEADER, ";autre;non;pédagogique;;SN-5;;;;;",
                ";autre;non;pédagogique;;SN-5;;;;;"));

        assertThat(errors).extracting(ImportError::message).containsExactly(
                "Ligne 3 : le n° de série « SN-5 » sans n° d'étiquette est déjà celui de la ligne 2.");
    }

    @Test
    void everyBadLineIsReportedAndNothingImported() {
        List<ImportError> errors = rejectedErrors(utf8(HEADER, DESKTOP_LINE, "VD-0002;tablette;non;pédagogique;;;;;;;",
                PROJECTOR_LINE, "VD-0004;imprimante;non;pédagogique;;SN;;;;32/01/2027;"));

        assertThat(errors).extracting(ImportError::line).containsExactly(3L, 5L);
        assertThat(errors).extracting(ImportError::column).containsExactly("type", "fin_garantie");
        assertThat(inventory.findBySchool(DURUY)).isEmpty();
    }

    @Test
    void lineNumbersCountBlankLinesAndQuotedBreaks() {
        List<ImportError> errors = rejectedErrors(utf8(HEADER, "", "VD-0001;poste fixe;non;pédagogique;;SN1;\"Dell",
                "Inc\";;;;", "VD-0002;écran;non;pédagogique;;SN2;;;;;"));

        assertThat(errors).singleElement().extracting(ImportError::line).isEqualTo(5L);
    }

    @Test
    void lineBreakInCellBecomesSpace() {
        importLines(HEADER, "VD-0001;poste fixe;non;pédagogique;;SN1;\"Dell\nInc\";;;;");

        assertThat(inventory.findBySchool(DURUY).get(0).getMake()).isEqualTo("Dell Inc");
    }

    @Test
    void utf16FileIsReportedAsWrongEncoding() {
        byte[] utf16 = (HEADER + "\r\n" + DESKTOP_LINE + "\r\n").getBytes(StandardCharsets.UTF_16);

        List<ImportError> errors = rejectedErrors(utf16);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1L);
            assertThat(error.message()).startsWith("Ligne 1 : l'en-tête contient des caractères illisibles : le fichier"
                    + " n'est ni en UTF-8 ni en Latin-1.");
        });
    }

    @Test
    void unreadableByteInLineIsReported() {
        // 0x81 is not a character in Windows-1252, so the file is neither UTF-8 nor Latin-1.
        byte[] header = (HEADER + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] line = "VD-0001;poste fixe;non;p\u00e9dagogique;;SN1;Del\u0081l;;;;\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[header.length + line.length];
        System.arraycopy(header, 0, content, 0, header.length);
        System.arraycopy(line, 0, content, header.length, line.length);

        List<ImportError> errors = rejectedErrors(content);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2L);
            assertThat(error.column()).isEqualTo("marque");
            assertThat(error.message()).startsWith("Ligne 2 : « marque » contient des caractères illisibles");
        });
    }

    @Test
    void headerErrorsAreReported() {
        List<ImportError> errors = rejectedErrors(utf8("etiquette;type;couleur", "VD-1;poste fixe;bleu"));

        assertThat(errors).extracting(ImportError::message).containsExactly(
                "Ligne 1 : colonne inconnue « etiquette » (colonnes possibles : numero_etiquette, type, fixe_en_hauteur,"
                        + " usage, nom_machine, numero_serie, marque, modele, salle, fin_garantie, statut).",
                "Ligne 1 : colonne inconnue « couleur » (colonnes possibles : numero_etiquette, type, fixe_en_hauteur,"
                        + " usage, nom_machine, numero_serie, marque, modele, salle, fin_garantie, statut).",
                "Ligne 1 : la colonne « usage » manque dans l'en-tête.",
                "Ligne 1 : l'en-tête doit contenir la colonne « numero_etiquette » ou « numero_serie », qui identifient"
                        + " les équipements.");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreReported() {
        assertThat(rejectedErrors(new byte[0])).extracting(ImportError::message).singleElement()
                .asString().startsWith("Le fichier est vide");
        assertThat(rejectedErrors(utf8(HEADER))).extracting(ImportError::message)
                .containsExactly("Le fichier ne contient que l'en-tête : ajoutez une ligne par équipement.");
    }

    @Test
    void tooManyValuesAreReported() {
        List<ImportError> errors = rejectedErrors(utf8(HEADER, DESKTOP_LINE + ";en trop"));

        assertThat(errors).extracting(ImportError::message).containsExactly(
                "Ligne 2 : 12 valeurs pour 11 colonnes dans l'en-tête : vérifiez les séparateurs et les guillemets.");
    }

    @Test
    void disposalStatusCannotBeImported() {
        importLines(HEADER, DESKTOP_LINE);

        List<ImportError> errors = rejectedErrors(utf8(HEADER, DESKTOP_LINE.replace("en service", "proposé à la réforme")));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo("statut");
            assertThat(error.message()).contains("ne peut pas passer de « en service » à « proposé à la réforme »");
        });
    }

    @Test
    void proposedItemReimportsUnchanged() {
        importLines(HEADER, DESKTOP_LINE);
        Equipment desktop = inventory.findBySchool(DURUY).get(0);
        inventory.proposeForDisposal(desktop.getId(), AUTHOR, "D3E-2027-01");
        byte[] exported = EquipmentCsv.write(inventory.findBySchool(DURUY));

        ImportReport again = importer.importFile(DURUY, exported, "export.csv", AUTHOR);

        assertThat(again.unchanged()).isEqualTo(1);
    }

    @Test
    void malformedQuoteIsReported() {
        assertThatThrownBy(() -> importer.importFile(DURUY, utf8(HEADER, "VD-1;\"poste fixe;non"), "q.csv", AUTHOR))
                .isInstanceOfSatisfying(InventoryImportException.class, rejected ->
                        assertThat(rejected.errors()).singleElement().extracting(ImportError::message).asString()
                                .contains("guillemet non fermé"));
    }
}
