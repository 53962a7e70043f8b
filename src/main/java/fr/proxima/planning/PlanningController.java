package fr.proxima.planning;

import fr.proxima.web.ApiProblems;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The monthly plannings, for planners and administrators: upload a file, list them, read one. */
@RestController
@RequestMapping(path = "/api/plannings", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanningController {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningController.class);

    private final PlanningService plannings;

    private final PlanningViews views;

    private final PlanningAccess access;

    PlanningController(PlanningService plannings, PlanningViews views, PlanningAccess access) {
        this.plannings = plannings;
        this.views = views;
        this.access = access;
    }

    /**
     * Uploads the visits of a month. Responds 201 with the stored planning, published at once or
     * waiting for a confirmation when it exceeds an allocation; 400 with every error of the file,
     * each with its line, when the file is rejected, and nothing is stored.
     *
     * @param file the CSV file, as the multipart part "file"
     * @param month the month that the file must cover, "YYYY-MM"; optional
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PlanningViews.PlanningView> upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "month", required = false) String month) {
        String userId = access.requirePlanner();
        YearMonth requestedMonth = parseMonth(month);
        if (file == null || file.isEmpty()) {
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Fichier manquant",
                    "Joignez le fichier CSV du planning dans le champ « file » (multipart/form-data).");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            LOG.error("Cannot read the planning file uploaded by {}", userId, e);
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Fichier illisible",
                    "Le fichier envoyé n'a pas pu être lu ; envoyez-le de nouveau.");
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "planning.csv" : PlanningFileReader.printable(file.getOriginalFilename());
        Planning planning = plannings.upload(content, fileName, userId, requestedMonth);
        return ResponseEntity.created(URI.create("/api/plannings/" + planning.getId()))
                .body(views.detail(plannings.get(planning.getId())));
    }

    /** Lists every planning, the latest upload first, without their visits. */
    @GetMapping
    List<PlanningViews.PlanningView> list() {
        access.requirePlanner();
        return plannings.list().stream().map(views::summary).toList();
    }

    /** Returns one planning with its visits and warnings. */
    @GetMapping("/{id}")
    PlanningViews.PlanningView get(@PathVariable("id") long id) {
        access.requirePlanner();
        return plannings.find(id).map(views::detail)
                .orElseThrow(() -> ApiProblems.exception(HttpStatus.NOT_FOUND, "Planning introuvable",
                        "Aucun planning ne porte le numéro " + id + "."));
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Paramètre invalide", "Le paramètre « month » vaut « "
                    + PlanningFileReader.printable(month) + " » : un mois AAAA-MM est attendu, par exemple 2026-03.");
        }
    }
}
