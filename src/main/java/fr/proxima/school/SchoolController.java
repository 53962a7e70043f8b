package fr.proxima.school;

import fr.proxima.security.CurrentUser;
import fr.proxima.security.SchoolAccess;
import fr.proxima.web.ApiProblems;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The lycées: the list that the caller may read, one lycée, and the import of the region's file.
 * Every route checks the caller through {@link SchoolAccess}.
 */
@RestController
@RequestMapping(path = "/api/schools", produces = MediaType.APPLICATION_JSON_VALUE)
public class SchoolController {

    private static final Logger log = LoggerFactory.getLogger(SchoolController.class);

    private final SchoolRepository repository;

    private final SchoolImporter importer;

    private final SchoolAccess schoolAccess;

    private final CurrentUser currentUser;

    public SchoolController(SchoolRepository repository, SchoolImporter importer, SchoolAccess schoolAccess,
            CurrentUser currentUser) {
        this.repository = repository;
        this.importer = importer;
        this.schoolAccess = schoolAccess;
        this.currentUser = currentUser;
    }

    /**
     * Imports the region's lycée file (administrators only). Returns the report with 200 when the
     * rows were stored. A rejected file gets a 400 problem detail that carries the report's fields.
     *
     * @param file the CSV file, as the multipart part "file"
     * @param skipInvalid "true" to store the valid rows of a file that has errors
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public SchoolImportReport importSchools(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "skipInvalid", required = false) String skipInvalid) {
        String userId = requireUser();
        if (!schoolAccess.isAdministrator(userId)) {
            log.warn("School import forbidden for user {}: not an administrator", userId);
            throw ApiProblems.exception(HttpStatus.FORBIDDEN, "Accès refusé",
                    "Seuls les administrateurs peuvent importer la liste des lycées.");
        }
        boolean skip = parseSkipInvalid(skipInvalid);
        if (file == null || file.isEmpty()) {
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Fichier manquant",
                    "Joignez le fichier CSV des lycées dans le champ « file » (multipart/form-data).");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            log.error("Cannot read the school file uploaded by {}", userId, e);
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Fichier illisible",
                    "Le fichier envoyé n'a pas pu être lu ; renvoyez-le.");
        }
        String source = "upload by " + userId + " (" + printable(file.getOriginalFilename()) + ")";
        SchoolImportReport report = importer.importFile(content, skip, source);
        if (!report.applied()) {
            throw ApiProblems.exception(rejectedFile(report));
        }
        return report;
    }

    /** Describes a rejected file: the summary as detail, and every field of the report as an extra property. */
    private static ProblemDetail rejectedFile(SchoolImportReport report) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Fichier refusé", report.summary());
        problem.setProperty("applied", report.applied());
        problem.setProperty("created", report.created());
        problem.setProperty("updated", report.updated());
        problem.setProperty("unchanged", report.unchanged());
        problem.setProperty("skippedPrivate", report.skippedPrivate());
        problem.setProperty("rejected", report.rejected());
        problem.setProperty("errors", report.errors());
        problem.setProperty("summary", report.summary());
        return problem;
    }

    /** Lists the lycées the caller may read, by name: all of them for an administrator. */
    @GetMapping
    public List<SchoolView> list() {
        String userId = requireUser();
        List<School> schools;
        if (schoolAccess.isAdministrator(userId)) {
            schools = repository.findAll(Sort.by("name"));
        } else {
            Set<String> uais = new TreeSet<>(schoolAccess.correspondentSchools(userId));
            uais.addAll(schoolAccess.technicianSchools(userId));
            uais.addAll(schoolAccess.headSchools(userId));
            schools = uais.isEmpty() ? List.of() : repository.findByUaiInOrderByName(uais);
        }
        return schools.stream().map(SchoolView::of).toList();
    }

    /**
     * Returns one lycée. A lycée that the caller may not read gets the same 404 as an unknown one,
     * so that the response does not reveal which codes exist.
     */
    @GetMapping("/{uai}")
    public SchoolView get(@PathVariable("uai") String uai) {
        String userId = requireUser();
        String normalized = Uai.normalize(uai);
        return repository.findById(normalized)
                .filter(school -> schoolAccess.canRead(userId, normalized))
                .map(SchoolView::of)
                .orElseThrow(() -> ApiProblems.exception(HttpStatus.NOT_FOUND, "Lycée introuvable",
                        "Aucun lycée accessible ne porte l'UAI « " + printable(uai) + " »."));
    }

    private String requireUser() {
        return currentUser.id().orElseThrow(() -> ApiProblems.exception(ApiProblems.authenticationRequired()));
    }

    private static boolean parseSkipInvalid(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Paramètre invalide",
                    "Le paramètre skipInvalid vaut « " + printable(value) + " » : true ou false attendu.");
        };
    }

    /** Replaces control characters of a caller's text so that it cannot forge log lines. */
    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
