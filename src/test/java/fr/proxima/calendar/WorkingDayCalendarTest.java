package fr.proxima.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/** The working days computed from the shipped zone C calendar of 2025-2026 and 2026-2027. */
@DataJpaTest(showSql = false)
class WorkingDayCalendarTest {

    @Autowired
    SchoolCalendarPeriodRepository repository;

    WorkingDayCalendar calendar;

    @BeforeEach
    void importShippedCalendar() {
        SchoolCalendarImporter importer = new SchoolCalendarImporter(repository);
        assertThat(importer.importCsv(CalendarDataLoader.readShippedFile(), "shipped").applied()).isTrue();
        calendar = new WorkingDayCalendar(repository, new PublicHolidays());
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * Every holiday period: the last class day before it is worked, every day from the first day
     * without classes to the day before the resume day is off, and the resume day is worked.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2025-2026, Toussaint,          2025-10-17, 2025-10-18, 2025-11-03",
        "2025-2026, Noël,               2025-12-19, 2025-12-20, 2026-01-05",
        "2025-2026, Hiver,              2026-02-20, 2026-02-21, 2026-03-09",
        "2025-2026, Printemps,          2026-04-17, 2026-04-18, 2026-05-04",
        "2025-2026, Pont de l'Ascension, 2026-05-13, 2026-05-14, 2026-05-18",
        "2025-2026, Été,                2026-07-03, 2026-07-04, 2026-09-01",
        "2026-2027, Toussaint,          2026-10-16, 2026-10-17, 2026-11-02",
        "2026-2027, Noël,               2026-12-18, 2026-12-19, 2027-01-04",
        "2026-2027, Hiver,              2027-02-05, 2027-02-06, 2027-02-22",
        "2026-2027, Printemps,          2027-04-02, 2027-04-03, 2027-04-19",
        "2026-2027, Pont de l'Ascension, 2027-05-05, 2027-05-06, 2027-05-10"})
    void holidayPeriodIsOff(String schoolYear, String label, LocalDate lastClassDay, LocalDate firstDayOff,
            LocalDate resumeDay) {
        assertThat(calendar.isWorkingDay(lastClassDay)).as("last class day %s", lastClassDay).isTrue();
        for (LocalDate day = firstDayOff; day.isBefore(resumeDay); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("day off %s", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(resumeDay)).as("resume day %s", resumeDay).isTrue();
    }

    @Test
    void ascensionBridgesAreOff() {
        assertThat(calendar.isWorkingDay(date("2026-05-14"))).as("Ascension 2026").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-05-15"))).as("bridge Friday 15 May 2026").isFalse();
        assertThat(calendar.isWorkingDay(date("2027-05-06"))).as("Ascension 2027").isFalse();
        assertThat(calendar.isWorkingDay(date("2027-05-07"))).as("bridge Friday 7 May 2027").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-10", "2026-01-11", "2026-06-13", "2026-06-14", "2027-03-13", "2027-03-14"})
    void weekendsAreOff(String weekendDay) {
        assertThat(calendar.isWorkingDay(date(weekendDay))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-11-11", "2026-05-08", "2026-05-25", "2026-11-11", "2027-03-29", "2027-05-17"})
    void publicHolidaysDuringTermAreOff(String holiday) {
        assertThat(calendar.isWorkingDay(date(holiday))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-01", "2025-09-02", "2026-01-12", "2026-06-30", "2026-09-01", "2027-07-02"})
    void termWeekdaysAreWorked(String weekday) {
        assertThat(calendar.isWorkingDay(date(weekday))).isTrue();
    }

    @Test
    void openEndedSummerIsOff() {
        assertThat(calendar.workingDays(date("2027-07-03"), date("2027-08-31"))).isEmpty();
    }

    @Test
    void workingDaysListsTheRangeInclusively() {
        assertThat(calendar.workingDays(date("2026-05-11"), date("2026-05-22"))).containsExactly(
                date("2026-05-11"), date("2026-05-12"), date("2026-05-13"),
                date("2026-05-18"), date("2026-05-19"), date("2026-05-20"), date("2026-05-21"), date("2026-05-22"));
        assertThat(calendar.workingDays(date("2026-05-12"), date("2026-05-12"))).containsExactly(date("2026-05-12"));
    }

    @Test
    void workingDaysAcrossTheTwoSchoolYears() {
        List<LocalDate> days = calendar.workingDays(date("2026-06-29"), date("2026-09-04"));

        assertThat(days).containsExactly(
                date("2026-06-29"), date("2026-06-30"), date("2026-07-01"), date("2026-07-02"), date("2026-07-03"),
                date("2026-09-01"), date("2026-09-02"), date("2026-09-03"), date("2026-09-04"));
    }

    @Test
    void workingDaysRejectsAReversedRange() {
        assertThatThrownBy(() -> calendar.workingDays(date("2026-05-12"), date("2026-05-11")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addWorkingDaysSkipsHolidays() {
        assertThat(calendar.addWorkingDays(date("2025-10-17"), 1)).isEqualTo(date("2025-11-03"));
        assertThat(calendar.addWorkingDays(date("2025-10-17"), 3)).isEqualTo(date("2025-11-05"));
        assertThat(calendar.addWorkingDays(date("2025-10-18"), 1)).isEqualTo(date("2025-11-03"));
        assertThat(calendar.addWorkingDays(date("2025-11-10"), 1)).isEqualTo(date("2025-11-12"));
        assertThat(calendar.addWorkingDays(date("2026-05-13"), 1)).isEqualTo(date("2026-05-18"));
        assertThat(calendar.addWorkingDays(date("2026-07-03"), 1)).isEqualTo(date("2026-09-01"));
    }

    @Test
    void addWorkingDaysCountsWeekdays() {
        assertThat(calendar.addWorkingDays(date("2026-01-12"), 5)).isEqualTo(date("2026-01-19"));
        assertThat(calendar.addWorkingDays(date("2026-01-12"), 0)).isEqualTo(date("2026-01-12"));
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2026-01-12"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2027-09-01, 2027-2028", "2027-09-04, 2027-2028", "2025-08-29, 2024-2025", "2028-01-10, 2027-2028"})
    void dateWithoutCalendarRaises(LocalDate date, String schoolYear) {
        assertThatThrownBy(() -> calendar.isWorkingDay(date))
                .isInstanceOfSatisfying(SchoolCalendarNotImportedException.class, e -> {
                    assertThat(e.schoolYear().label()).isEqualTo(schoolYear);
                    assertThat(e.getMessage()).startsWith("Aucun calendrier scolaire n'est importé pour l'année " + schoolYear);
                });
    }

    @Test
    void missingSchoolYearMessageIsFrench() {
        assertThatThrownBy(() -> calendar.isWorkingDay(date("2027-09-01")))
                .hasMessage("Aucun calendrier scolaire n'est importé pour l'année 2027-2028 (du 1er septembre 2027 au"
                        + " 31 août 2028) : importez le calendrier de la zone C de cette année pour calculer ses jours ouvrés.");
    }

    @Test
    void rangeReachingAMissingSchoolYearRaises() {
        assertThatThrownBy(() -> calendar.workingDays(date("2027-08-30"), date("2027-09-02")))
                .isInstanceOf(SchoolCalendarNotImportedException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2027-07-01"), 2))
                .isInstanceOf(SchoolCalendarNotImportedException.class);
    }

    @Test
    void daysBeforeALateRentreeAreOff() {
        byte[] lateRentree = ("annee_scolaire,periode,premier_jour_sans_classe,jour_de_reprise\n"
                + "2030-2031,Rentrée,,2030-09-03\n").getBytes(StandardCharsets.UTF_8);
        assertThat(new SchoolCalendarImporter(repository).importCsv(lateRentree, "test").applied()).isTrue();

        assertThat(calendar.isWorkingDay(date("2030-09-02"))).as("Monday before the rentrée").isFalse();
        assertThat(calendar.isWorkingDay(date("2030-09-03"))).as("rentrée").isTrue();
    }
}
