package fr.proxima.disposal;

import fr.proxima.school.School;
import fr.proxima.school.Uai;
import fr.proxima.security.CurrentUser;
import fr.proxima.security.SchoolAccess;
import fr.proxima.security.UserDirectory;
import fr.proxima.web.ApiProblems;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The disposals of a lycée for its correspondents, technicians and head: list, detail, record in
 * PDF, and a proposal by API. Another lycée's disposal gets the same 404 as an unknown one, so that
 * the response does not reveal which ids exist.
 */
@RestController
class DisposalController {

    private static final Logger LOG = LoggerFactory.getLogger(DisposalController.class);

    private final DisposalService disposals;

    private final SchoolAccess schoolAccess;

    private final CurrentUser currentUser;

    private final UserDirectory users;

    private final RuntimeService runtimeService;

    private final IdentityService identityService;

    DisposalController(DisposalService disposals, SchoolAccess schoolAccess, CurrentUser currentUser,
            UserDirectory users, RuntimeService runtimeService, IdentityService identityService) {
        this.disposals = disposals;
        this.schoolAccess = schoolAccess;
        this.currentUser = currentUser;
        this.users = users;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /** Body of a proposal: the equipment ids, and an optional reason. */
    record ProposalRequest(List<Object> equipmentIds, String reason) {
    }

    record DisposalSummary(long id, String reference, String schoolUai, String schoolName, String status,
            String statusLabel, int itemCount, String proposer, Instant proposedAt, Instant updatedAt,
            String recordUrl) {
    }

    record ItemView(long equipmentId, int position, String kind, String labelNumber, String hostName,
            String serialNumber, String make, String model, String room, boolean withdrawn, Instant withdrawnAt,
            String withdrawalReason) {
    }

    record DisposalDetail(DisposalSummary summary, String reason, String checkedBy, Instant checkedAt,
            String storageRoom, String storedBy, Instant storedAt, Instant recordAt, String decidedBy,
            Instant decidedAt, String refusalReason, String collectorName, LocalDate pickupDate,
            String pickupReference, String pickupRecordedBy, Instant pickupRecordedAt, List<ItemView> items) {
    }

    @GetMapping("/api/schools/{uai}/disposals")
    List<DisposalSummary> list(@PathVariable String uai) {
        String userId = requireUser();
        String school = readableSchool(userId, uai);
        return disposals.findBySchool(school).stream().map(this::summary).toList();
    }

    @PostMapping("/api/schools/{uai}/disposals")
    ResponseEntity<DisposalDetail> propose(@PathVariable String uai, @RequestBody ProposalRequest request) {
        String userId = requireUser();
        String school = readableSchool(userId, uai);
        if (!disposals.mayPropose(userId, school)) {
            throw ApiProblems.exception(HttpStatus.FORBIDDEN, "Proposition refusée", "Seuls les correspondants et"
                    + " les techniciens du lycée peuvent proposer des équipements à la réforme.");
        }

        List<Object> ids = request == null || request.equipmentIds() == null ? List.of() : request.equipmentIds();
        Map<String, Object> variables = new HashMap<>();
        variables.put(DisposalProcess.Var.SCHOOL_UAI, school);
        // A text, so that the variable needs no object serialization; FormValues reads it back.
        variables.put(DisposalProcess.Var.EQUIPMENT_IDS,
                ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        variables.put(DisposalProcess.Var.REASON, request == null ? null : request.reason());

        Disposal disposal = disposals.byProcessInstance(startAs(userId, school, variables));
        return ResponseEntity.created(URI.create("/api/disposals/" + disposal.getId())).body(detail(disposal));
    }

    /**
     * Starts the process as the caller, as Tasklist does: the engine checks their permission to start
     * and records them as the initiator.
     *
     * @return the id of the new process instance
     */
    private String startAs(String userId, String school, Map<String, Object> variables) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).unlimitedList().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return runtimeService.startProcessInstanceByKey(DisposalProcess.KEY, variables).getId();
        } catch (DisposalValidationException e) {
            throw rejected(e, school);
        } catch (OptimisticLockingFailureException e) {
            // NOTE: not exercised by a test here. Two proposals of one item that pass the status check
            // at the same time collide on the item's version when the second one commits.
            LOG.info("Disposal proposal for school {} lost a concurrent update: {}", school, e.getMessage());
            throw ApiProblems.exception(HttpStatus.CONFLICT, "Équipement déjà en réforme", "Un des équipements"
                    + " vient d'être modifié ou proposé à la réforme par quelqu'un d'autre : rechargez la liste,"
                    + " puis réessayez.");
        } finally {
            identityService.clearAuthentication();
        }
    }

    @GetMapping("/api/disposals/{id}")
    DisposalDetail get(@PathVariable long id) {
        return detail(visible(id));
    }

    @GetMapping("/api/disposals/{id}/record.pdf")
    ResponseEntity<byte[]> record(@PathVariable long id) {
        Disposal disposal = visible(id);
        if (!disposal.hasRecord()) {
            throw ApiProblems.exception(HttpStatus.NOT_FOUND, "Bordereau pas encore établi", "Le bordereau de la"
                    + " réforme " + disposal.getReference() + " est établi une fois les équipements entreposés ;"
                    + " la réforme est « " + disposal.getStatus().label() + " ».");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("bordereau-" + disposal.getReference() + ".pdf").build().toString())
                .body(disposal.getRecordPdf());
    }

    private Disposal visible(long id) {
        String userId = requireUser();
        return disposals.findVisible(userId, id).orElseThrow(() -> ApiProblems.exception(HttpStatus.NOT_FOUND,
                "Réforme introuvable", "Aucune réforme accessible n'a l'identifiant " + id
                        + " : vérifiez-le dans la liste des réformes de votre lycée."));
    }

    private String readableSchool(String userId, String uai) {
        String normalized = Uai.normalize(uai);
        if (disposals.school(normalized).isEmpty() || !schoolAccess.canRead(userId, normalized)) {
            throw ApiProblems.exception(HttpStatus.NOT_FOUND, "Lycée introuvable",
                    "Aucun lycée accessible ne porte l'UAI « " + uai.replaceAll("\\p{Cntrl}", "?") + " ».");
        }
        return normalized;
    }

    private String requireUser() {
        return currentUser.id().orElseThrow(() -> ApiProblems.exception(ApiProblems.authenticationRequired()));
    }

    private static ErrorResponseException rejected(DisposalValidationException e, String uai) {
        boolean conflict = e instanceof DisposalConflictException;
        LOG.info("Disposal proposal for school {} rejected: {}", uai, e.getMessage());
        ProblemDetail problem = ApiProblems.problem(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                conflict ? "Équipement déjà en réforme" : "Proposition invalide", e.getMessage());
        problem.setProperty("errors", e.errors());
        return ApiProblems.exception(problem);
    }

    private DisposalSummary summary(Disposal disposal) {
        String schoolName = disposals.school(disposal.getSchoolUai()).map(School::getName)
                .orElse(disposal.getSchoolUai());
        return new DisposalSummary(disposal.getId(), disposal.getReference(), disposal.getSchoolUai(), schoolName,
                disposal.getStatus().name(), disposal.getStatus().label(), disposal.activeItems().size(),
                users.displayName(disposal.getProposer()), disposal.getProposedAt(), disposal.getUpdatedAt(),
                disposal.hasRecord() ? "/api/disposals/" + disposal.getId() + "/record.pdf" : null);
    }

    private DisposalDetail detail(Disposal disposal) {
        List<ItemView> items = disposal.getItems().stream()
                .map(item -> new ItemView(item.getEquipmentId(), item.getPosition(), item.getKindLabel(),
                        item.getLabelNumber(), item.getHostName(), item.getSerialNumber(), item.getMake(),
                        item.getModel(), item.getRoom(), item.isWithdrawn(), item.getWithdrawnAt(),
                        item.getWithdrawalReason()))
                .toList();
        return new DisposalDetail(summary(disposal), disposal.getReason(), name(disposal.getCheckedBy()),
                disposal.getCheckedAt(), disposal.getStorageRoom(), name(disposal.getStoredBy()),
                disposal.getStoredAt(), disposal.getRecordAt(), name(disposal.getDecidedBy()), disposal.getDecidedAt(),
                disposal.getRefusalReason(), disposal.getCollectorName(), disposal.getPickupDate(),
                disposal.getPickupReference(), name(disposal.getPickupRecordedBy()), disposal.getPickupRecordedAt(),
                items);
    }

    private String name(String userId) {
        return userId == null ? null : users.displayName(userId);
    }
}
