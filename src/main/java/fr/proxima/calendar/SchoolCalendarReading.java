package fr.proxima.calendar;

import java.util.List;

/**
 * The entries and errors that a {@link SchoolCalendarReader} read from a file.
 *
 * @param entries the entries that could be read
 * @param errors the problems found while reading, such as an invalid date. Any error makes the
 *     import reject the whole file
 */
public record SchoolCalendarReading(List<SchoolCalendarEntry> entries, List<CalendarImportError> errors) {
}
