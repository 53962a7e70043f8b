package fr.proxima.calendar;

import fr.proxima.security.CurrentUser;
import fr.proxima.security.SchoolAccess;
import fr.proxima.web.ApiProblems;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The import of the zone C school calendar, from the region's CSV or the Ministry's iCalendar file. */
@RestController
public class SchoolCalendarController {

    private static final Logger log = LoggerFactory.getLogger(SchoolCalendarController.class);

    private final SchoolCalendarImporter importer;

    private final SchoolAccess schoolAccess;

    private final CurrentUser currentUser;

    public SchoolCalendarController(SchoolCalendarImporter importer, SchoolAccess schoolAccess,
            CurrentUser currentUser) {
        this.importer = importer;
        this.schoolAccess = schoolAccess;
        this.currentUser = currentUser;
    }

    /**
     * Imports a school calendar file (planners and administrators only). The format follows the
     * file name's extension, .ics or .csv, and otherwise the content: a file that starts with
     * BEGIN:VCALENDAR is read as iCalendar, any other as CSV. Returns the report with 200 when the
     * periods were stored. A rejected file stores nothing and gets a 400 problem detail that
     * carries the report's fields, with every error and its line.
     *
     * @param file the calendar file, as the multipart part "file"
     */
    @PostMapping(path = "/api/calendar/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public SchoolCalendarImportReport importCalendar(@RequestParam(name = "file", required = false) MultipartFile file) {
        String userId = currentUser.id()
                .orElseThrow(() -> ApiProblems.exception(ApiProblems.authenticationRequired()));
        if (!schoolAccess.isPlanner(userId) && !schoolAccess.isAdministrator(userId)) {
            log.warn("School calendar import forbidden for user {}: neither a planner nor an administrator", userId);
            throw ApiProblems.exception(HttpStatus.FORBIDDEN, "Accès refusé",
                    "Seuls les planificateurs et les administrateurs peuvent importer le calendrier scolaire.");
        }
        if (file == null || file.isEmpty()) {
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Fichier manquant",
                    "Joignez le fichier du calendrier scolaire, CSV ou iCalendar (.ics), dans le champ « file »"
                            + " (multipart/form-data).");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            log.error("Cannot read the school calendar file uploaded by {}", userId, e);
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Fichier illisible",
                    "Le fichier envoyé n'a pas pu être lu ; renvoyez-le.");
        }
        String fileName = printable(file.getOriginalFilename());
        SchoolCalendarReader reader = readerFor(fileName, content);
        String source = "upload by " + userId + " (" + fileName + ", " + reader.getClass().getSimpleName() + ")";
        SchoolCalendarImportReport report = importer.importCalendar(content, reader, source);
        if (!report.applied()) {
            throw ApiProblems.exception(rejectedFile(report));
        }
        return report;
    }

    /** Chooses the format from the file name's extension, or from the content when the extension is neither. */
    static SchoolCalendarReader readerFor(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ics")) {
            return new SchoolCalendarIcsReader();
        }
        if (name.endsWith(".csv")) {
            return new SchoolCalendarCsvReader();
        }
        return SchoolCalendarIcsReader.looksLikeICalendar(content) ? new SchoolCalendarIcsReader()
                : new SchoolCalendarCsvReader();
    }

    /** Describes a rejected file: the summary as detail, and every field of the report as an extra property. */
    private static ProblemDetail rejectedFile(SchoolCalendarImportReport report) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Fichier refusé", report.summary());
        problem.setProperty("applied", report.applied());
        problem.setProperty("schoolYears", report.schoolYears());
        problem.setProperty("created", report.created());
        problem.setProperty("updated", report.updated());
        problem.setProperty("unchanged", report.unchanged());
        problem.setProperty("deleted", report.deleted());
        problem.setProperty("errors", report.errors());
        problem.setProperty("summary", report.summary());
        return problem;
    }

    /** Replaces control characters of a caller's text so that it cannot forge log lines. */
    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
