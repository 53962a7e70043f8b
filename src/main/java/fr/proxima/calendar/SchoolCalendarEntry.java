package fr.proxima.calendar;

import java.time.LocalDate;

/**
 * One period of a school calendar as a file gives it, whatever its format, before the checks that
 * {@link SchoolCalendarImporter} runs on all entries together.
 *
 * <p>The days follow the all-day events of iCalendar: {@code firstDayOff} is inclusive like
 * DTSTART and {@code resumeDay} exclusive like DTEND.
 *
 * @param line line of the file where the entry starts (for iCalendar, its BEGIN:VEVENT line)
 * @param schoolYear the school year as written, such as "2025-2026"
 * @param label name of the period, such as "Noël", unique within a school year
 * @param firstDayOff first day without classes, or null for the rentrée
 * @param resumeDay day classes resume, or null for the last holidays of the calendar
 * @param note free text kept with the period, or null
 */
public record SchoolCalendarEntry(
        long line,
        String schoolYear,
        String label,
        LocalDate firstDayOff,
        LocalDate resumeDay,
        String note) {
}
