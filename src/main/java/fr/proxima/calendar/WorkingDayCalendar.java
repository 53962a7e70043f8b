package fr.proxima.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The working days of Île-de-France lycées, when technicians visit: Monday to Friday, except public
 * holidays and zone C school holidays. A school holiday runs from its first day without classes
 * (inclusive) to the day classes resume (exclusive). The days of a school year before its rentrée
 * are holidays too.
 *
 * <p>A date whose school year (1 September to 31 August) has no imported calendar raises
 * {@link SchoolCalendarNotImportedException}, weekends included, so that no caller computes a
 * deadline on a guessed calendar.
 */
@Service
public class WorkingDayCalendar {

    private final SchoolCalendarPeriodRepository repository;

    private final PublicHolidays publicHolidays;

    public WorkingDayCalendar(SchoolCalendarPeriodRepository repository, PublicHolidays publicHolidays) {
        this.repository = repository;
        this.publicHolidays = publicHolidays;
    }

    /** True when technicians work on that day. */
    public boolean isWorkingDay(LocalDate date) {
        return new Lookup().isWorkingDay(date);
    }

    /** Returns the working days from {@code from} to {@code to}, both inclusive, in order. */
    public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Lookup lookup = new Lookup();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (lookup.isWorkingDay(date)) {
                days.add(date);
            }
        }
        return days;
    }

    /**
     * Returns the n-th working day after {@code start}, not counting {@code start} itself: with
     * n = 1, the next working day. Returns {@code start} for n = 0.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        Lookup lookup = new Lookup();
        LocalDate date = start;
        int remaining = n;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (lookup.isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** Reads each school year's calendar once for the duration of one call. */
    private final class Lookup {

        private final Map<SchoolYear, SchoolYearCalendar> years = new HashMap<>();

        boolean isWorkingDay(LocalDate date) {
            SchoolYearCalendar calendar = years.computeIfAbsent(SchoolYear.containing(date), this::load);
            DayOfWeek day = date.getDayOfWeek();
            return day != DayOfWeek.SATURDAY
                    && day != DayOfWeek.SUNDAY
                    && !publicHolidays.isPublicHoliday(date)
                    && calendar.hasClasses(date);
        }

        private SchoolYearCalendar load(SchoolYear year) {
            List<SchoolCalendarPeriod> periods = repository.findBySchoolYear(year.label());
            if (periods.isEmpty()) {
                throw new SchoolCalendarNotImportedException(year);
            }
            return SchoolYearCalendar.of(year, periods);
        }
    }
}
