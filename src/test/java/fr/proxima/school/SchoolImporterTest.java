package fr.proxima.school;

import static fr.proxima.school.SchoolFileReaderTest.HEADER;
import static fr.proxima.school.SchoolFileReaderTest.HENRI_IV;
import static fr.proxima.school.SchoolFileReaderTest.PRIVATE;
import static fr.proxima.school.SchoolFileReaderTest.VILLON;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.core.io.ClassPathResource;

@DataJpaTest(showSql = false)
class SchoolImporterTest {

    @Autowired
    SchoolRepository repository;

    SchoolImporter importer;

    @BeforeEach
    void createImporter() {
        importer = new SchoolImporter(repository, new SchoolProperties(true, 3));
    }

    private SchoolImportReport importLines(boolean skipInvalid, String... lines) {
        byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return importer.importFile(content, skipInvalid, "test");
    }

    private School stored(String uai) {
        return repository.findById(uai).orElseThrow();
    }

    @Test
    void validFileIsStored() {
        SchoolImportReport report = importLines(false, HEADER, HENRI_IV, PRIVATE, VILLON);

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.updated()).isZero();
        assertThat(report.unchanged()).isZero();
        assertThat(report.skippedPrivate()).isEqualTo(1);
        assertThat(report.rejected()).isZero();
        assertThat(report.errors()).isEmpty();
        assertThat(report.summary()).isEqualTo(
                "Import effectué : 2 lycées créés, 0 mis à jour, 0 inchangé ; 1 lycée privé ignoré ; 0 ligne rejetée.");
        School henriIv = stored("0750654D");
        assertThat(henriIv.getName()).isEqualTo("LYCEE GENERAL HENRI IV");
        assertThat(henriIv.getAcademie()).isEqualTo("Paris");
        assertThat(henriIv.getInseeCode()).isEqualTo("75105");
        assertThat(henriIv.getSchoolType()).isEqualTo("LEGT");
        assertThat(henriIv.getPupilCount()).isEqualTo(814);
        assertThat(henriIv.getSourceSchoolYear()).isEqualTo("2022-2023");
        assertThat(henriIv.getUpdatedAt()).isNotNull();
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void strictImportOfFileWithErrorsStoresNothing() {
        SchoolImportReport report = importLines(false, HEADER, HENRI_IV, VILLON.replace("0780422K", "0780422L"));

        assertThat(report.applied()).isFalse();
        assertThat(report.created()).isZero();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors()).extracting(SchoolImportError::line).containsExactly(3L);
        assertThat(report.summary()).startsWith("Import refusé : 1 ligne en erreur. Aucun lycée n'a été modifié.");
        assertThat(repository.count()).isZero();
    }

    @Test
    void skipInvalidStoresValidRows() {
        SchoolImportReport report = importLines(true, HEADER, HENRI_IV, VILLON.replace("0780422K", "0780422L"), PRIVATE);

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.skippedPrivate()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).startsWith("lettre de contrôle incorrecte");
        });
        assertThat(repository.findAll()).extracting(School::getUai).containsExactly("0750654D");
    }

    @Test
    void unreadableFileRejectedInSkipMode() {
        SchoolImportReport report = importLines(true, "uai,name", HENRI_IV);

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("colonnes manquantes"));
        assertThat(report.summary()).startsWith("Import refusé : le fichier ne peut pas être lu");
        assertThat(repository.count()).isZero();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        importLines(false, HEADER, HENRI_IV, VILLON);
        var firstUpdate = stored("0750654D").getUpdatedAt();

        SchoolImportReport again = importLines(false, HEADER, HENRI_IV, VILLON);

        assertThat(again.applied()).isTrue();
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(stored("0750654D").getUpdatedAt()).isEqualTo(firstUpdate);
    }

    @Test
    void changedRowIsUpdated() {
        importLines(false, HEADER, HENRI_IV, VILLON);

        SchoolImportReport report = importLines(false, HEADER,
                HENRI_IV.replace("814", "830").replace("2022-2023", "2023-2024"), VILLON);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        School henriIv = stored("0750654D");
        assertThat(henriIv.getPupilCount()).isEqualTo(830);
        assertThat(henriIv.getSourceSchoolYear()).isEqualTo("2023-2024");
        assertThat(henriIv.getWorkstations()).isEqualTo(277);
    }

    @Test
    void schoolsMissingFromTheFileAreKept() {
        importLines(false, HEADER, HENRI_IV, VILLON);

        importLines(false, HEADER, HENRI_IV);

        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void workstationsAreEstimatedFromPupils() {
        importLines(false, HEADER, HENRI_IV);

        School henriIv = stored("0750654D");
        assertThat(henriIv.getWorkstations()).isEqualTo(272);
        assertThat(henriIv.isWorkstationsEstimated()).isTrue();
    }

    @Test
    void estimateFollowsTheConfiguredRatio() {
        importer = new SchoolImporter(repository, new SchoolProperties(true, 2.5));

        importLines(false, HEADER, HENRI_IV);

        assertThat(stored("0750654D").getWorkstations()).isEqualTo(326);
    }

    @Test
    void fileFigureIsNotAnEstimate() {
        importLines(false, HEADER + ",postes", HENRI_IV + ",180");

        School henriIv = stored("0750654D");
        assertThat(henriIv.getWorkstations()).isEqualTo(180);
        assertThat(henriIv.isWorkstationsEstimated()).isFalse();
    }

    @Test
    void fileFigureReplacesAnEstimate() {
        importLines(false, HEADER, HENRI_IV);

        SchoolImportReport report = importLines(false, HEADER + ",nb_postes", HENRI_IV + ",180");

        assertThat(report.updated()).isEqualTo(1);
        assertThat(stored("0750654D").getWorkstations()).isEqualTo(180);
        assertThat(stored("0750654D").isWorkstationsEstimated()).isFalse();
    }

    @Test
    void estimateNeverReplacesAFileFigure() {
        importLines(false, HEADER + ",postes", HENRI_IV + ",180");

        SchoolImportReport report = importLines(false, HEADER, HENRI_IV);

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(stored("0750654D").getWorkstations()).isEqualTo(180);
        assertThat(stored("0750654D").isWorkstationsEstimated()).isFalse();
    }

    @Test
    void shippedFileImportsThePublicLycees() throws IOException {
        byte[] shipped;
        try (InputStream input = new ClassPathResource(SchoolDataLoader.SHIPPED_FILE).getInputStream()) {
            shipped = input.readAllBytes();
        }

        SchoolImportReport report = importer.importFile(shipped, false, SchoolDataLoader.SHIPPED_FILE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(452);
        assertThat(report.skippedPrivate()).isEqualTo(200);
        assertThat(repository.count()).isEqualTo(452);
        assertThat(stored("0750654D").getName()).isEqualTo("LYCEE GENERAL HENRI IV");
        assertThat(repository.findAll()).allSatisfy(school -> assertThat(school.isWorkstationsEstimated()).isTrue());

        SchoolImportReport again = importer.importFile(shipped, false, SchoolDataLoader.SHIPPED_FILE);

        assertThat(again.unchanged()).isEqualTo(452);
        assertThat(again.created() + again.updated()).isZero();
    }
}
