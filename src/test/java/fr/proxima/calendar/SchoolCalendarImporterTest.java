package fr.proxima.calendar;

import static fr.proxima.calendar.SchoolCalendarCsvReaderTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

@DataJpaTest(showSql = false)
class SchoolCalendarImporterTest {

    static final String RENTREE_2025 = "2025-2026,Rentrée des élèves,,2025-09-01,";

    static final String TOUSSAINT_2025 = "2025-2026,Toussaint,2025-10-18,2025-11-03,";

    static final String NOEL_2025 = "2025-2026,Noël,2025-12-20,2026-01-05,";

    static final String ETE_2026 = "2025-2026,Été,2026-07-04,2026-09-01,";

    @Autowired
    SchoolCalendarPeriodRepository repository;

    SchoolCalendarImporter importer;

    @BeforeEach
    void createImporter() {
        importer = new SchoolCalendarImporter(repository);
    }

    private SchoolCalendarImportReport importLines(String... lines) {
        byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return importer.importCsv(content, "test");
    }

    /** Imports a 2025-2026 calendar with one extra line and returns the single error reported. */
    private CalendarImportError singleErrorWith(String line) {
        SchoolCalendarImportReport report = importLines(HEADER, RENTREE_2025, TOUSSAINT_2025, NOEL_2025, line);
        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).hasSize(1);
        assertThat(repository.count()).isZero();
        return report.errors().get(0);
    }

    private SchoolCalendarPeriod stored(String schoolYear, String label) {
        return repository.findBySchoolYear(schoolYear).stream()
                .filter(period -> period.getLabel().equals(label))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shippedCalendarIsStored() {
        SchoolCalendarImportReport report = importer.importCsv(CalendarDataLoader.readShippedFile(), "shipped");

        assertThat(report.errors()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.schoolYears()).containsExactly("2025-2026", "2026-2027");
        assertThat(report.created()).isEqualTo(14);
        assertThat(report.summary()).isEqualTo("Calendrier scolaire 2025-2026, 2026-2027 importé : 14 périodes créées,"
                + " 0 mise à jour, 0 inchangée, 0 supprimée.");
        SchoolCalendarPeriod bridge = stored("2026-2027", "Pont de l'Ascension");
        assertThat(bridge.getFirstDayOff()).isEqualTo(LocalDate.of(2027, 5, 6));
        assertThat(bridge.getResumeDay()).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(bridge.getNote()).startsWith("jeudi 6 mai férié");
        assertThat(stored("2025-2026", "Rentrée des élèves").isRentree()).isTrue();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        importer.importCsv(CalendarDataLoader.readShippedFile(), "shipped");

        SchoolCalendarImportReport again = importer.importCsv(CalendarDataLoader.readShippedFile(), "shipped");

        assertThat(again.applied()).isTrue();
        assertThat(again.unchanged()).isEqualTo(14);
        assertThat(again.created() + again.updated() + again.deleted()).isZero();
        assertThat(repository.count()).isEqualTo(14);
    }

    @Test
    void changedAndRemovedPeriodsAreUpdatedAndDeleted() {
        importLines(HEADER, RENTREE_2025, TOUSSAINT_2025, NOEL_2025);

        SchoolCalendarImportReport report = importLines(HEADER, RENTREE_2025,
                "2025-2026,Toussaint,2025-10-18,2025-11-04,reprise décalée", "2025-2026,Hiver,2026-02-21,2026-03-09,");

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.deleted()).isEqualTo(1);
        assertThat(stored("2025-2026", "Toussaint").getResumeDay()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertThat(stored("2025-2026", "Toussaint").getNote()).isEqualTo("reprise décalée");
        assertThat(repository.findBySchoolYear("2025-2026")).extracting(SchoolCalendarPeriod::getLabel)
                .containsExactlyInAnyOrder("Rentrée des élèves", "Toussaint", "Hiver");
    }

    @Test
    void otherSchoolYearsAreKept() {
        importer.importCsv(CalendarDataLoader.readShippedFile(), "shipped");

        SchoolCalendarImportReport report = importLines(HEADER, RENTREE_2025, TOUSSAINT_2025);

        assertThat(report.deleted()).isEqualTo(5);
        assertThat(repository.findBySchoolYear("2026-2027")).hasSize(7);
    }

    @Test
    void fileWithAnErrorStoresNothing() {
        SchoolCalendarImportReport report = importLines(HEADER, RENTREE_2025, TOUSSAINT_2025, "2025-2026,Noël,2025-12-20,bientôt,");

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).extracting(CalendarImportError::line).containsExactly(4L);
        assertThat(report.summary()).isEqualTo("Import refusé : 1 erreur. Le calendrier scolaire n'a pas été modifié.");
        assertThat(repository.count()).isZero();
    }

    @Test
    void headerOnlyFileIsRejected() {
        SchoolCalendarImportReport report = importLines(HEADER);

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).extracting(CalendarImportError::message)
                .containsExactly("le fichier ne contient aucune période");
    }

    @Test
    void invalidSchoolYearIsReported() {
        CalendarImportError error = singleErrorWith("2025-2027,Hiver,2026-02-21,2026-03-09,");

        assertThat(error.line()).isEqualTo(5);
        assertThat(error.message())
                .isEqualTo("année scolaire invalide « 2025-2027 » : deux années consécutives attendues, par exemple 2025-2026");
    }

    @Test
    void periodWithoutDatesIsReported() {
        assertThat(singleErrorWith("2025-2026,Hiver,,,").message()).startsWith("la période « Hiver » n'a aucune date");
    }

    @Test
    void resumeDayBeforeFirstDayOffIsReported() {
        assertThat(singleErrorWith("2025-2026,Hiver,2026-03-09,2026-02-21,").message())
                .isEqualTo("le jour de reprise 2026-02-21 de la période « Hiver » doit suivre son premier jour sans classe 2026-03-09");
    }

    @Test
    void duplicateLabelIsReported() {
        CalendarImportError error = singleErrorWith("2025-2026,noël,2026-02-21,2026-03-09,");

        assertThat(error.line()).isEqualTo(5);
        assertThat(error.message()).isEqualTo("période « noël » en double pour l'année 2025-2026 : elle figure déjà ligne 4");
    }

    @Test
    void overlappingPeriodsAreReported() {
        assertThat(singleErrorWith("2025-2026,Hiver,2026-01-03,2026-01-12,").message())
                .isEqualTo("la période « Hiver » commence le 2026-01-03, avant la reprise du 2026-01-05 qui termine la"
                        + " période « Noël » (ligne 4)");
    }

    @Test
    void holidaysOutsideTheSchoolYearAreReported() {
        assertThat(singleErrorWith("2025-2026,Hiver,2026-09-05,2026-09-12,").message())
                .startsWith("la période « Hiver » commence le 2026-09-05, hors de l'année scolaire 2025-2026");
    }

    @Test
    void missingRentreeIsReported() {
        SchoolCalendarImportReport report = importLines(HEADER, TOUSSAINT_2025, NOEL_2025);

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).startsWith("aucune ligne de rentrée pour l'année 2025-2026");
        });
    }

    @Test
    void secondRentreeIsReported() {
        assertThat(singleErrorWith("2025-2026,Rentrée bis,,2025-09-02,").message())
                .startsWith("deuxième ligne de rentrée pour l'année 2025-2026");
    }

    @Test
    void rentreeOutsideAugustOrSeptemberIsReported() {
        SchoolCalendarImportReport report = importLines(HEADER, "2025-2026,Rentrée,,2025-10-01,", NOEL_2025);

        assertThat(report.errors()).extracting(CalendarImportError::message).containsExactly(
                "la rentrée 2025-2026 tombe le 2025-10-01 : une date en août ou septembre 2025 est attendue");
    }

    @Test
    void holidaysBeforeTheRentreeAreReported() {
        SchoolCalendarImportReport report = importLines(HEADER, "2025-2026,Rentrée,,2025-09-15,",
                "2025-2026,Pont,2025-09-05,2025-09-08,");

        assertThat(report.errors()).extracting(CalendarImportError::message).containsExactly(
                "la période « Pont » commence le 2025-09-05, avant la rentrée 2025-2026 du 2025-09-15");
    }

    @Test
    void openEndedPeriodMustBeTheLast() {
        CalendarImportError error = singleErrorWith("2025-2026,Hiver,2025-12-01,,");

        assertThat(error.line()).isEqualTo(5);
        assertThat(error.message()).startsWith("la période « Hiver » n'a pas de jour de reprise : seule la dernière période");
    }

    @Test
    void summerMustEndOnTheNextRentree() {
        SchoolCalendarImportReport report = importLines(HEADER, RENTREE_2025, "2025-2026,Été,2026-07-04,2026-09-02,",
                "2026-2027,Rentrée,,2026-09-01,");

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).isEqualTo("le jour de reprise 2026-09-02 de la période « Été » diffère de la"
                    + " rentrée 2026-2027 du 2026-09-01 (ligne 4)");
        });
    }

    @Test
    void errorsAreSortedByLine() {
        SchoolCalendarImportReport report = importLines(HEADER, RENTREE_2025, "2025-2026,Hiver,,,",
                "2025-2026,Noël,2025-12-20,demain,", "2025-2026,Printemps,2026-05-04,2026-04-18,");

        assertThat(report.errors()).extracting(CalendarImportError::line).containsExactly(3L, 4L, 5L);
    }

    @Test
    void summerWithoutResumeDayEndsTheCalendar() {
        SchoolCalendarImportReport report = importLines(HEADER, RENTREE_2025, TOUSSAINT_2025,
                "2025-2026,Été,2026-07-04,,");

        assertThat(report.applied()).isTrue();
        assertThat(stored("2025-2026", "Été").getResumeDay()).isNull();
        assertThat(List.of(report.created())).containsExactly(3);
    }
}
