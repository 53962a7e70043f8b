package fr.proxima.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/** The iCalendar reader alone, and through the importer against the shipped CSV. */
@DataJpaTest(showSql = false)
class SchoolCalendarIcsReaderTest {

    static final String TEST_FILE = "/calendar/calendrier-scolaire-zone-c.ics";

    static final String RENTREE_2025 = event("Rentrée scolaire des élèves", "DTSTART;VALUE=DATE:20250901");

    static final String TOUSSAINT_2025 =
            event("Vacances de la Toussaint", "DTSTART;VALUE=DATE:20251018", "DTEND;VALUE=DATE:20251103");

    @Autowired
    SchoolCalendarPeriodRepository repository;

    private final SchoolCalendarIcsReader reader = new SchoolCalendarIcsReader();

    static byte[] testFile() throws IOException {
        try (InputStream input = SchoolCalendarIcsReaderTest.class.getResourceAsStream(TEST_FILE)) {
            return input.readAllBytes();
        }
    }

    /** Returns the lines of one VEVENT, with the given SUMMARY and properties. */
    static String event(String summary, String... properties) {
        StringBuilder lines = new StringBuilder("BEGIN:VEVENT\r\nUID:" + summary.hashCode() + "@proxima.test\r\n");
        lines.append("DTSTAMP:20251023T080000Z\r\n");
        for (String property : properties) {
            lines.append(property).append("\r\n");
        }
        if (!summary.isEmpty()) {
            lines.append("SUMMARY:").append(summary).append("\r\n");
        }
        return lines.append("END:VEVENT\r\n").toString();
    }

    /** Returns a calendar of these events. Its header takes lines 1 to 3, so the first event starts line 4. */
    static byte[] calendar(String... events) {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Proxima//Test//FR\r\n" + String.join("", events)
                + "END:VCALENDAR\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private CalendarImportError singleError(byte[] content) {
        SchoolCalendarReading reading = reader.read(content);
        assertThat(reading.errors()).hasSize(1);
        return reading.errors().get(0);
    }

    /** Returns, per entry, what the working days depend on: the school year, the label and the two days. */
    private static List<String> periods(SchoolCalendarReading reading) {
        return reading.entries().stream()
                .map(entry -> entry.schoolYear() + " | " + entry.label() + " | " + entry.firstDayOff() + " | "
                        + entry.resumeDay())
                .sorted()
                .toList();
    }

    @Test
    void testFileGivesTheCsvPeriods() throws IOException {
        SchoolCalendarReading ics = reader.read(testFile());
        SchoolCalendarReading csv = new SchoolCalendarCsvReader().read(CalendarDataLoader.readShippedFile());

        assertThat(ics.errors()).isEmpty();
        assertThat(periods(ics)).isEqualTo(periods(csv));
    }

    @Test
    void testFileGivesTheCsvWorkingDays() throws IOException {
        SchoolCalendarImporter importer = new SchoolCalendarImporter(repository);
        WorkingDayCalendar calendar = new WorkingDayCalendar(repository, new PublicHolidays());
        LocalDate from = LocalDate.of(2025, 9, 1);
        LocalDate to = LocalDate.of(2027, 8, 31);

        assertThat(importer.importCsv(CalendarDataLoader.readShippedFile(), "csv").applied()).isTrue();
        List<LocalDate> fromCsv = calendar.workingDays(from, to);
        repository.deleteAll();
        repository.flush();
        SchoolCalendarImportReport report = importer.importCalendar(testFile(), reader, "ics");
        List<LocalDate> fromIcs = calendar.workingDays(from, to);

        assertThat(report.errors()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.schoolYears()).containsExactly("2025-2026", "2026-2027");
        assertThat(report.created()).isEqualTo(14);
        assertThat(fromIcs).hasSize(fromCsv.size());
        assertThat(fromIcs).isEqualTo(fromCsv);
        assertThat(fromIcs).contains(LocalDate.of(2026, 5, 13)).doesNotContain(LocalDate.of(2026, 5, 15));
    }

    @Test
    void importAfterTheCsvUpdatesTheSamePeriods() throws IOException {
        SchoolCalendarImporter importer = new SchoolCalendarImporter(repository);
        importer.importCsv(CalendarDataLoader.readShippedFile(), "csv");

        SchoolCalendarImportReport report = importer.importCalendar(testFile(), reader, "ics");

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isZero();
        assertThat(report.deleted()).isZero();
        assertThat(repository.count()).isEqualTo(14);
    }

    @Test
    void schoolYearComesFromDescriptionPropertyOrDates() {
        byte[] content = calendar(
                event("Vacances d'Été", "DTSTART;VALUE=DATE:20260704", "DTEND;VALUE=DATE:20260901"),
                event("Vacances de Noël", "DTSTART;VALUE=DATE:20251220", "DTEND;VALUE=DATE:20260105",
                        "X-ANNEE-SCOLAIRE:2024-2025"),
                event("Vacances d'Hiver", "DTSTART;VALUE=DATE:20260221", "DTEND;VALUE=DATE:20260309",
                        "DESCRIPTION:Calendrier 2023-2024 à 2025-2026\\, zone C"),
                event("Rentrée scolaire des élèves", "DTSTART;VALUE=DATE:20270831"));

        List<SchoolCalendarEntry> entries = reader.read(content).entries();

        assertThat(entries).extracting(SchoolCalendarEntry::schoolYear)
                .containsExactly("2025-2026", "2024-2025", "2023-2024", "2027-2028");
        assertThat(entries).extracting(SchoolCalendarEntry::label)
                .containsExactly("Été", "Noël", "Hiver (zone C)", "Rentrée des élèves");
        assertThat(entries.get(3).firstDayOff()).isNull();
        assertThat(entries.get(3).resumeDay()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void eventsOfOtherZonesAreSkipped() {
        byte[] content = calendar(
                event("Vacances d'Hiver - Zone A", "DTSTART;VALUE=DATE:20260207", "DTEND;VALUE=DATE:20260223"),
                event("Vacances de Printemps", "DTSTART;VALUE=DATE:20260411", "DTEND;VALUE=DATE:20260427",
                        "DESCRIPTION:Zones A et B"),
                event("Vacances d'Hiver", "DTSTART;VALUE=DATE:20260221", "DTEND;VALUE=DATE:20260309",
                        "LOCATION:Zone C"),
                event("Pont de l'Ascension", "DTSTART;VALUE=DATE:20260514", "DTEND;VALUE=DATE:20260518",
                        "DESCRIPTION:Zones A\\, B et C"));

        SchoolCalendarReading reading = reader.read(content);

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.entries()).extracting(SchoolCalendarEntry::label)
                .containsExactly("Hiver (zone C)", "Pont de l'Ascension");
        assertThat(reading.entries()).extracting(SchoolCalendarEntry::line).containsExactly(19L, 27L);
    }

    @Test
    void unknownSummaryIsKeptAsLabel() {
        byte[] content = calendar(event("Journée de solidarité - Zone C", "DTSTART;VALUE=DATE:20260525",
                "DTEND;VALUE=DATE:20260526"));

        assertThat(reader.read(content).entries()).extracting(SchoolCalendarEntry::label)
                .containsExactly("Journée de solidarité");
    }

    @Test
    void csvFileIsNotAnICalendarFile() {
        CalendarImportError error = singleError(CalendarDataLoader.readShippedFile());

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.message()).startsWith("ce n'est pas un fichier iCalendar : la première ligne doit être"
                + " BEGIN:VCALENDAR");
    }

    @Test
    void emptyFileIsRejected() {
        assertThat(singleError(new byte[0]).message()).startsWith("le fichier est vide");
    }

    @Test
    void malformedFileIsRejectedWithItsLine() {
        byte[] content = calendar(RENTREE_2025,
                event("Vacances de Noël", "DTSTART;VALUE=DATE:2025-12-20", "DTEND;VALUE=DATE:20260105"));

        CalendarImportError error = singleError(content);

        assertThat(error.line()).isEqualTo(13);
        assertThat(error.message()).startsWith("fichier iCalendar mal formé");
    }

    @Test
    void eventWithoutDatesIsRejected() {
        CalendarImportError error = singleError(calendar(RENTREE_2025, event("Vacances de Noël")));

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("événement n° 2 « Vacances de Noël » : aucune date, DTSTART manquant ;"
                + " une date de journée entière est attendue, par exemple DTSTART;VALUE=DATE:20251018");
    }

    @Test
    void endBeforeStartIsRejected() {
        CalendarImportError error = singleError(calendar(RENTREE_2025, TOUSSAINT_2025,
                event("Vacances de Noël", "DTSTART;VALUE=DATE:20260105", "DTEND;VALUE=DATE:20251220")));

        assertThat(error.line()).isEqualTo(17);
        assertThat(error.message()).isEqualTo("événement n° 3 « Vacances de Noël » : la fin DTEND 2025-12-20 doit"
                + " suivre le début DTSTART 2026-01-05 (DTEND est le jour de reprise des cours, exclu de la période)");
    }

    @Test
    void timedEventIsRejected() {
        CalendarImportError error = singleError(calendar(RENTREE_2025,
                event("Vacances de Noël", "DTSTART:20251220T080000Z", "DTEND;VALUE=DATE:20260105")));

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("événement n° 2 « Vacances de Noël » : DTSTART « 20251220T080000Z »"
                + " est une date avec heure ; un événement sur la journée entière est attendu, par exemple"
                + " DTSTART;VALUE=DATE:20251018");
    }

    @Test
    void holidaysWithoutEndAreRejectedExceptSummer() {
        CalendarImportError error = singleError(calendar(RENTREE_2025,
                event("Vacances de Noël", "DTSTART;VALUE=DATE:20251220"),
                event("Vacances d'Été", "DTSTART;VALUE=DATE:20260704")));

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).startsWith("événement n° 2 « Vacances de Noël » : DTEND manquant");
    }

    @Test
    void durationGivesTheResumeDay() {
        byte[] content = calendar(event("Vacances de Noël", "DTSTART;VALUE=DATE:20251220", "DURATION:P16D"));

        assertThat(reader.read(content).entries().get(0).resumeDay()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void fileWithAnErrorStoresNothing() {
        SchoolCalendarImporter importer = new SchoolCalendarImporter(repository);
        byte[] content = calendar(RENTREE_2025, TOUSSAINT_2025,
                event("Vacances de Noël", "DTSTART:20251220T080000Z", "DTEND:20260105T080000Z"),
                event("Vacances d'Hiver"));

        SchoolCalendarImportReport report = importer.importCalendar(content, reader, "test");

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).extracting(CalendarImportError::toString).containsExactly(
                "ligne 17 : événement n° 3 « Vacances de Noël » : DTSTART « 20251220T080000Z » est une date avec"
                        + " heure ; un événement sur la journée entière est attendu, par exemple"
                        + " DTSTART;VALUE=DATE:20251018",
                "ligne 17 : événement n° 3 « Vacances de Noël » : DTEND « 20260105T080000Z » est une date avec"
                        + " heure ; un événement sur la journée entière est attendu, par exemple"
                        + " DTEND;VALUE=DATE:20251018",
                "ligne 24 : événement n° 4 « Vacances d'Hiver » : aucune date, DTSTART manquant ; une date de"
                        + " journée entière est attendue, par exemple DTSTART;VALUE=DATE:20251018");
        assertThat(repository.count()).isZero();
    }
}
