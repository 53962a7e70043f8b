package fr.proxima.ticket;

import fr.proxima.calendar.PublicHolidays;
import fr.proxima.calendar.SchoolCalendarNotImportedException;
import fr.proxima.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Deadlines of the ticket lifecycle, counted in working days of the lycées of Île-de-France. */
@Component("ticketDeadlines")
public class TicketDeadlines {

    /** A deadline falls due when the service window of its day closes. */
    static final LocalTime END_OF_SERVICE = LocalTime.of(18, 0);

    private static final Logger LOG = LoggerFactory.getLogger(TicketDeadlines.class);

    private final WorkingDayCalendar calendar;

    private final PublicHolidays publicHolidays;

    private final TicketProperties properties;

    TicketDeadlines(WorkingDayCalendar calendar, PublicHolidays publicHolidays, TicketProperties properties) {
        this.calendar = calendar;
        this.publicHolidays = publicHolidays;
        this.properties = properties;
    }

    /**
     * When a resolved ticket closes itself without an answer: 18:00 on the n-th working day after
     * today. When the school calendar of those days is not imported yet, school holidays cannot be
     * skipped: the delay then counts weekdays that are not public holidays, and a warning says so.
     * A shorter delay is better than refusing the technician's resolution.
     */
    public Date autoCloseDate() {
        LocalDate today = ZonedDateTime.ofInstant(TicketService.now(), TicketNumbers.PARIS).toLocalDate();
        int days = properties.autoCloseWorkingDays();
        LocalDate deadline;
        try {
            deadline = calendar.addWorkingDays(today, days);
        } catch (SchoolCalendarNotImportedException missing) {
            LOG.warn("No school calendar for {}: the auto-close delay skips weekends and public holidays only",
                    missing.schoolYear());
            deadline = addWeekdays(today, days);
        }
        return Date.from(deadline.atTime(END_OF_SERVICE).atZone(TicketNumbers.PARIS).toInstant());
    }

    private LocalDate addWeekdays(LocalDate start, int days) {
        LocalDate date = start;
        int remaining = days;
        while (remaining > 0) {
            date = date.plusDays(1);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !publicHolidays.isPublicHoliday(date)) {
                remaining--;
            }
        }
        return date;
    }
}
