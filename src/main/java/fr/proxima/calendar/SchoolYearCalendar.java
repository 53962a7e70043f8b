package fr.proxima.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The class days of one school year: from the rentrée to 31 August, outside the holidays.
 *
 * @param rentree first day of classes
 * @param holidays the holiday periods, where a null resume day means the end of the school year
 */
record SchoolYearCalendar(SchoolYear year, LocalDate rentree, List<SchoolCalendarPeriod> holidays) {

    static SchoolYearCalendar of(SchoolYear year, List<SchoolCalendarPeriod> periods) {
        LocalDate rentree = periods.stream()
                .filter(SchoolCalendarPeriod::isRentree)
                .map(SchoolCalendarPeriod::getResumeDay)
                .findFirst()
                // The importer refuses a school year without its rentrée row.
                .orElseThrow(() -> new IllegalStateException("School calendar " + year + " has no rentrée row"));
        List<SchoolCalendarPeriod> holidays = periods.stream().filter(period -> !period.isRentree()).toList();
        return new SchoolYearCalendar(year, rentree, holidays);
    }

    /** True when the lycées hold classes on that date of this school year, weekends aside. */
    boolean hasClasses(LocalDate date) {
        if (date.isBefore(rentree)) {
            return false;
        }
        for (SchoolCalendarPeriod holiday : holidays) {
            boolean started = !date.isBefore(holiday.getFirstDayOff());
            boolean resumed = holiday.getResumeDay() != null && !date.isBefore(holiday.getResumeDay());
            if (started && !resumed) {
                return false;
            }
        }
        return true;
    }
}
