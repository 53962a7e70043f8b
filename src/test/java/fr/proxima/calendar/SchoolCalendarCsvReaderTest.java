package fr.proxima.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolCalendarCsvReaderTest {

    static final String HEADER = "annee_scolaire,periode,premier_jour_sans_classe,jour_de_reprise,note";

    private final SchoolCalendarCsvReader reader = new SchoolCalendarCsvReader();

    private SchoolCalendarReading read(String... lines) {
        return reader.read((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shippedFileIsRead() {
        SchoolCalendarReading reading = reader.read(CalendarDataLoader.readShippedFile());

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.entries()).hasSize(14);
        SchoolCalendarEntry rentree = reading.entries().get(0);
        assertThat(rentree.line()).isEqualTo(2);
        assertThat(rentree.schoolYear()).isEqualTo("2025-2026");
        assertThat(rentree.label()).isEqualTo("Rentrée des élèves");
        assertThat(rentree.firstDayOff()).isNull();
        assertThat(rentree.resumeDay()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(rentree.note())
                .isEqualTo("arrêté du 7 décembre 2022, JORFTEXT000046704476 (calendrier 2023-24 à 2025-26)");
        SchoolCalendarEntry lastSummer = reading.entries().get(13);
        assertThat(lastSummer.line()).isEqualTo(15);
        assertThat(lastSummer.label()).isEqualTo("Été");
        assertThat(lastSummer.firstDayOff()).isEqualTo(LocalDate.of(2027, 7, 3));
        assertThat(lastSummer.resumeDay()).isNull();
    }

    @Test
    void frenchDatesAndSemicolonsAreRead() {
        byte[] content = ("annee_scolaire;periode;premier_jour_sans_classe;jour_de_reprise\r\n"
                + "2025-2026;Noël;20/12/2025;05/01/2026\r\n").getBytes(Charset.forName("windows-1252"));

        SchoolCalendarReading reading = reader.read(content);

        assertThat(reading.errors()).isEmpty();
        SchoolCalendarEntry noel = reading.entries().get(0);
        assertThat(noel.label()).isEqualTo("Noël");
        assertThat(noel.firstDayOff()).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(noel.resumeDay()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(noel.note()).isNull();
    }

    @Test
    void invalidDateIsReported() {
        SchoolCalendarReading reading = read(HEADER, "2025-2026,Noël,2025-12-32,2026-01-05,");

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).isEqualTo("date invalide « 2025-12-32 » (colonne premier_jour_sans_classe) :"
                    + " une date AAAA-MM-JJ ou JJ/MM/AAAA est attendue, par exemple 2025-10-18");
        });
    }

    @Test
    void missingValuesAreReported() {
        SchoolCalendarReading reading = read(HEADER, ",,2025-12-20,2026-01-05,");

        assertThat(reading.errors()).extracting(CalendarImportError::message).containsExactly(
                "année scolaire manquante (colonne annee_scolaire)",
                "libellé de période manquant (colonne periode)");
    }

    @Test
    void missingHeaderColumnsAreReported() {
        SchoolCalendarReading reading = read("annee_scolaire,periode,debut,fin", "2025-2026,Noël,2025-12-20,2026-01-05");

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message())
                    .startsWith("colonnes manquantes dans l'en-tête : premier_jour_sans_classe, jour_de_reprise");
        });
    }

    @Test
    void wrongColumnCountIsReported() {
        SchoolCalendarReading reading = read("annee_scolaire,periode,premier_jour_sans_classe,jour_de_reprise",
                "2025-2026,Noël,2025-12-20,2026-01-05,en trop");

        assertThat(reading.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("nombre de colonnes incorrect : 5 valeurs au lieu de 4"));
    }

    @Test
    void emptyFileIsReported() {
        SchoolCalendarReading reading = read("");

        assertThat(reading.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("le fichier est vide"));
    }
}
