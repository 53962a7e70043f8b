package fr.proxima.inventory;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.school.Uai;
import fr.proxima.web.ApiProblems;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A lycée's inventory: list with filters, read, add and change an item with its history, import
 * and export the CSV file, and the workstation count beside the region's figure. Access follows
 * {@link InventoryAccess}.
 */
@RestController
@RequestMapping("/api/schools/{uai}/equipment")
class InventoryController {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryController.class);

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final InventoryService inventory;

    private final InventoryImporter importer;

    private final InventoryAccess access;

    private final EquipmentViews views;

    private final SchoolRepository schools;

    InventoryController(InventoryService inventory, InventoryImporter importer, InventoryAccess access,
            EquipmentViews views, SchoolRepository schools) {
        this.inventory = inventory;
        this.importer = importer;
        this.access = access;
        this.views = views;
        this.schools = schools;
    }

    /**
     * Lists the lycée's equipment, by label number. Every filter is optional.
     *
     * @param kind a kind code or French label
     * @param status a status code or French label
     * @param use a use code or French label
     * @param room the room, ignoring case
     * @param search text found in the label number, host name, serial number, make or model, ignoring case
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<EquipmentViews.EquipmentView> list(@PathVariable String uai,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String use,
            @RequestParam(required = false) String room,
            @RequestParam(required = false) String search) {
        String school = normalizeUai(uai);
        access.requireReader(school);
        Predicate<Equipment> filter = EquipmentFilter.of(kind, status, use, room, search);
        return inventory.findBySchool(school).stream().filter(filter).map(views::view).toList();
    }

    @GetMapping(path = "/{id:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
    EquipmentViews.EquipmentView get(@PathVariable String uai, @PathVariable long id) {
        String school = normalizeUai(uai);
        access.requireReader(school);
        return views.view(find(school, id));
    }

    @GetMapping(path = "/{id:\\d+}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    List<EquipmentViews.ChangeView> history(@PathVariable String uai, @PathVariable long id) {
        String school = normalizeUai(uai);
        access.requireReader(school);
        find(school, id);
        return inventory.history(id).stream().map(views::view).toList();
    }

    /**
     * Adds an item. The body has the JSON properties of {@link EquipmentField} and an optional
     * {@code context} stored in the history line.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EquipmentViews.EquipmentView> create(@PathVariable String uai,
            @RequestBody Map<String, Object> body) {
        String school = normalizeUai(uai);
        String userId = access.requireWriter(school);
        EquipmentRequest request = EquipmentRequest.read(body, null);
        Equipment created = inventory.create(school, request.data(), userId, request.context());
        return ResponseEntity.created(URI.create("/api/schools/" + school + "/equipment/" + created.getId()))
                .body(views.view(created));
    }

    /**
     * Changes some values of an item: the body has only the JSON properties to change, a null or
     * empty value clearing a text. An optional {@code context}, such as a ticket number or "passage du
     * 12/01/2027", is stored in the history line; an optional {@code version} refuses the change when
     * the item changed since it was read.
     */
    @PatchMapping(path = "/{id:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    EquipmentViews.EquipmentView update(@PathVariable String uai, @PathVariable long id,
            @RequestBody Map<String, Object> body) {
        String school = normalizeUai(uai);
        String userId = access.requireWriter(school);
        Equipment item = find(school, id);
        EquipmentRequest request = EquipmentRequest.read(body, item);
        if (request.version() != null && request.version() != item.getVersion()) {
            throw ApiProblems.exception(HttpStatus.CONFLICT, "Équipement modifié entre-temps", "L'équipement "
                    + item.displayName() + " a été modifié depuis que vous l'avez ouvert : rechargez-le, puis"
                    + " refaites votre modification.");
        }
        inventory.update(id, request.data(), userId, request.context());
        return views.view(inventory.get(id));
    }

    /**
     * Imports an inventory file. Responds 200 with what changed, or 400 with every error, each with
     * its line and column, and then nothing is stored.
     *
     * @param file the CSV file, as the multipart part "file"
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> importFile(@PathVariable String uai,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        String school = normalizeUai(uai);
        String userId = access.requireWriter(school);
        if (file == null || file.isEmpty()) {
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Fichier manquant",
                    "Joignez le fichier CSV de l'inventaire dans le champ « file » (multipart/form-data).");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            LOG.error("Reading the inventory file uploaded by {} for school {} failed", userId, school, e);
            throw ApiProblems.exception(HttpStatus.BAD_REQUEST, "Fichier illisible",
                    "Le fichier envoyé n'a pas pu être lu : envoyez-le de nouveau.");
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "inventaire.csv" : file.getOriginalFilename().replaceAll("[\\p{Cntrl}\"]", "_");
        ImportReport report = importer.importFile(school, content, fileName, userId);
        return Map.of("report", report, "summary", report.summary());
    }

    /** Exports the lycée's inventory, with the same optional filters as the list, as a file that imports back. */
    @GetMapping(path = "/export")
    ResponseEntity<byte[]> export(@PathVariable String uai,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String use,
            @RequestParam(required = false) String room,
            @RequestParam(required = false) String search) {
        String school = normalizeUai(uai);
        access.requireReader(school);
        Predicate<Equipment> filter = EquipmentFilter.of(kind, status, use, room, search);
        byte[] csv = EquipmentCsv.write(inventory.findBySchool(school).stream().filter(filter).toList());
        String fileName = "inventaire-" + school + "-" + EquipmentViews.today() + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(csv);
    }

    /** Counts the lycée's workstations in the inventory beside the region's figure. */
    @GetMapping(path = "/workstations", produces = MediaType.APPLICATION_JSON_VALUE)
    WorkstationCount workstations(@PathVariable String uai) {
        String school = normalizeUai(uai);
        access.requireReader(school);
        School found = schools.findById(school).orElseThrow();
        return inventory.workstations(found);
    }

    /** Tells the page whether the caller may change the lycée's inventory. */
    @GetMapping(path = "/permissions", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Boolean> permissions(@PathVariable String uai) {
        String school = normalizeUai(uai);
        String userId = access.requireReader(school);
        return Map.of("canWrite", access.canWrite(userId, school));
    }

    private Equipment find(String uai, long id) {
        try {
            return access.requireItemOf(uai, inventory.get(id));
        } catch (EquipmentNotFoundException unknown) {
            throw InventoryAccess.itemNotFound(id);
        }
    }

    private static String normalizeUai(String uai) {
        return Uai.normalize(uai);
    }

}
