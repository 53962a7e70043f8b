package fr.proxima.ticket;

import fr.proxima.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Deadlines of the ticket lifecycle, counted in working days of the lycées of Île-de-France. */
@Component("ticketDeadlines")
public class TicketDeadlines {

    /** A deadline falls due when the service window of its day closes. */
    static final LocalTime END_OF_SERVICE = LocalTime.of(18, 0);

    private final WorkingDayCalendar calendar;

    private final TicketProperties properties;

    TicketDeadlines(WorkingDayCalendar calendar, TicketProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** When a resolved ticket closes itself without an answer: 18:00 on the n-th working day after today. */
    public Date autoCloseDate() {
        LocalDate today = ZonedDateTime.ofInstant(TicketService.now(), TicketNumbers.PARIS).toLocalDate();
        LocalDate day = calendar.addWorkingDays(today, properties.autoCloseWorkingDays());
        return Date.from(day.atTime(END_OF_SERVICE).atZone(TicketNumbers.PARIS).toInstant());
    }
}
