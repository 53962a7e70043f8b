package fr.proxima.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicHolidaysTest {

    private final PublicHolidays publicHolidays = new PublicHolidays();

    /** Reads the reference list: date,weekday,name,rule for 2025 to 2027. */
    private static Map<LocalDate, String> referenceHolidays() throws IOException {
        Map<LocalDate, String> holidays = new TreeMap<>();
        try (InputStream input = PublicHolidaysTest.class.getResourceAsStream("/jours-feries.csv")) {
            String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] values = line.split(",");
                holidays.put(LocalDate.parse(values[0]), values[2]);
            });
        }
        return holidays;
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027})
    void holidaysMatchTheReferenceList(int year) throws IOException {
        Map<LocalDate, String> expected = new TreeMap<>(referenceHolidays());
        expected.keySet().removeIf(date -> date.getYear() != year);

        assertThat(expected).hasSize(11);
        assertThat(publicHolidays.holidaysOf(year).keySet()).containsExactlyElementsOf(expected.keySet());
    }

    @Test
    void referenceDatesAreHolidays() throws IOException {
        assertThat(referenceHolidays().keySet()).allSatisfy(date -> assertThat(publicHolidays.isPublicHoliday(date))
                .as("public holiday on %s", date)
                .isTrue());
    }

    @Test
    void alsaceMoselleHolidaysAreExcluded() {
        assertThat(publicHolidays.isPublicHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday 2026").isFalse();
        assertThat(publicHolidays.isPublicHoliday(LocalDate.of(2026, 12, 26))).as("26 December 2026").isFalse();
    }

    @Test
    void ordinaryDayIsNotAHoliday() {
        assertThat(publicHolidays.isPublicHoliday(LocalDate.of(2026, 5, 13))).isFalse();
    }

    @Test
    void namesAreFrench() {
        assertThat(publicHolidays.holidaysOf(2026).get(LocalDate.of(2026, 7, 14))).containsIgnoringCase("nationale");
    }
}
