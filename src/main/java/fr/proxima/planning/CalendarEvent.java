package fr.proxima.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One visit as an iCalendar event.
 *
 * @param uid the visit's stable UID, the same in every mail and feed
 * @param sequence the visit's iCalendar sequence, which grows with each change after publication
 * @param start local time in Europe/Paris
 * @param end local time in Europe/Paris
 * @param cancelled true for a cancelled visit, written with STATUS:CANCELLED
 */
record CalendarEvent(String uid, int sequence, LocalDate date, LocalTime start, LocalTime end, String summary,
        String location, String description, boolean cancelled, Instant lastModified) {
}
