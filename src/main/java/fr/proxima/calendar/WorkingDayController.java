package fr.proxima.calendar;

import fr.proxima.security.CurrentUser;
import fr.proxima.web.ApiProblems;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working days of the lycées over a range of dates, for any authenticated user. */
@RestController
public class WorkingDayController {

    /** Maximum length of a range in days, both ends included, which bounds the work of one request. */
    static final int MAX_RANGE_DAYS = 400;

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final WorkingDayCalendar calendar;

    private final CurrentUser currentUser;

    public WorkingDayController(WorkingDayCalendar calendar, CurrentUser currentUser) {
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    /**
     * Returns the working days from {@code from} to {@code to}, both inclusive, as ISO dates.
     * Responds with 400 and a French message for a missing or invalid date, a reversed range, a
     * range over {@value #MAX_RANGE_DAYS} days, or a school year without an imported calendar.
     */
    @GetMapping(path = "/api/calendar/working-days", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<LocalDate> workingDays(
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        if (currentUser.id().isEmpty()) {
            throw ApiProblems.exception(ApiProblems.authenticationRequired());
        }
        LocalDate start = parseDate("from", from);
        LocalDate end = parseDate("to", to);
        if (start.isAfter(end)) {
            throw badRequest("La date de début " + start + " (from) est postérieure à la date de fin " + end
                    + " (to).");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_RANGE_DAYS) {
            throw badRequest("La période demandée couvre " + days + " jours : " + MAX_RANGE_DAYS
                    + " jours au plus ; découpez-la en plusieurs demandes.");
        }
        try {
            return calendar.workingDays(start, end);
        } catch (SchoolCalendarNotImportedException e) {
            // The range is the caller's, so a year without a calendar is a bad request, not a server error.
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Calendrier scolaire manquant", e.getMessage());
        }
    }

    private static LocalDate parseDate(String name, String value) {
        if (value == null || value.isBlank()) {
            throw badRequest("Le paramètre « " + name + " » est obligatoire : une date AAAA-MM-JJ est attendue,"
                    + " par exemple 2026-05-04.");
        }
        try {
            return LocalDate.parse(value.strip(), ISO_DATE);
        } catch (DateTimeParseException e) {
            throw badRequest("Le paramètre « " + name + " » vaut « " + value.replaceAll("\\p{Cntrl}", "?")
                    + " », qui n'est pas une date valide : une date AAAA-MM-JJ est attendue, par exemple 2026-05-04.");
        }
    }

    private static ErrorResponseException badRequest(String detail) {
        return ApiProblems.exception(HttpStatus.BAD_REQUEST, "Requête invalide", detail);
    }
}
