package fr.proxima.disposal;

import fr.proxima.inventory.Equipment;
import fr.proxima.inventory.EquipmentNotFoundException;
import fr.proxima.inventory.EquipmentStateException;
import fr.proxima.inventory.EquipmentStatus;
import fr.proxima.inventory.InventoryService;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.SchoolAccess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The D3E disposal's domain operations: each step of the process changes the disposal and the
 * status of its items in the inventory together, in the transaction of the step. The pages and the
 * API read through this service, which makes the per-lycée check.
 */
@Service
@Transactional
public class DisposalService {

    /** Author recorded for steps that the engine runs on its own. */
    public static final String SYSTEM_AUTHOR = InventoryService.SYSTEM_AUTHOR;

    private static final Logger LOG = LoggerFactory.getLogger(DisposalService.class);

    private static final List<DisposalStatus> FINAL_STATUSES = Arrays.stream(DisposalStatus.values())
            .filter(DisposalStatus::isFinal).toList();

    private final DisposalRepository disposals;

    private final InventoryService inventory;

    private final SchoolRepository schools;

    private final SchoolAccess schoolAccess;

    private final DisposalRecordPdf recordPdf;

    DisposalService(DisposalRepository disposals, InventoryService inventory, SchoolRepository schools,
            SchoolAccess schoolAccess, DisposalRecordPdf recordPdf) {
        this.disposals = disposals;
        this.inventory = inventory;
        this.schools = schools;
        this.schoolAccess = schoolAccess;
        this.recordPdf = recordPdf;
    }

    /**
     * Records a proposal and marks every item "proposé à la réforme" at once, so that a second
     * proposal of the same item is rejected. Nothing is written unless every item can be proposed.
     *
     * @param schoolUai the lycée, or null to take the lycée of the items, which must then all be of one
     * @throws DisposalValidationException with one French message per problem, naming the item
     */
    public Disposal propose(String schoolUai, List<Long> equipmentIds, String reason, String proposer,
            String processInstanceId) {
        if (proposer == null || proposer.isBlank()) {
            throw new DisposalValidationException("Une réforme ne peut être proposée que par un utilisateur connecté.");
        }
        List<String> errors = new ArrayList<>();
        if (equipmentIds.isEmpty()) {
            errors.add("Choisissez au moins un équipement à proposer à la réforme.");
        }
        Set<String> allowed = proposerSchools(proposer);
        Map<Long, Equipment> items = new LinkedHashMap<>();
        for (long id : equipmentIds) {
            Optional<Equipment> item = find(id);
            boolean visible = item.isPresent() && (allowed == null || allowed.contains(item.get().getSchoolUai()));
            if (!visible) {
                // Another lycée's item gets the same message as an unknown one, so ids are not revealed.
                errors.add("Aucun équipement d'identifiant " + id + " dans l'inventaire de vos lycées.");
            } else {
                items.put(id, item.get());
            }
        }
        Set<String> itemSchools = new TreeSet<>();
        items.values().forEach(item -> itemSchools.add(item.getSchoolUai()));
        String uai = schoolUai == null || schoolUai.isBlank() ? null : schoolUai.strip().toUpperCase();
        if (uai != null && allowed != null && !allowed.contains(uai)) {
            errors.add("Vous ne pouvez proposer à la réforme que des équipements d'un lycée dont vous êtes"
                    + " correspondant ou technicien.");
        } else if (uai == null && itemSchools.size() > 1) {
            errors.add("Les équipements d'une même proposition doivent appartenir au même lycée : faites une"
                    + " proposition par lycée (" + String.join(", ", itemSchools) + ").");
        } else if (uai != null) {
            for (Equipment item : items.values()) {
                if (!item.getSchoolUai().equals(uai)) {
                    errors.add("Aucun équipement d'identifiant " + item.getId() + " dans l'inventaire du lycée "
                            + uai + ".");
                }
            }
        }
        FormValues.throwIfAny(errors);
        List<String> conflicts = new ArrayList<>();
        for (Equipment item : items.values()) {
            checkProposable(item, conflicts);
        }
        if (!conflicts.isEmpty()) {
            throw new DisposalConflictException(conflicts);
        }
        if (uai == null) {
            uai = itemSchools.iterator().next();
        }

        Instant now = now();
        Disposal disposal = new Disposal(uai, proposer, reason, now);
        int position = 1;
        for (Equipment item : items.values()) {
            disposal.addItem(new DisposalItem(item, position++));
        }
        disposal = disposals.saveAndFlush(disposal);
        disposal.assignReference();
        disposal.attachProcessInstance(processInstanceId);
        for (Equipment item : items.values()) {
            try {
                inventory.proposeForDisposal(item.getId(), proposer, disposal.getReference());
            } catch (EquipmentStateException e) {
                // Another proposal took the item between the check above and now.
                throw new DisposalConflictException(List.of(e.getMessage()));
            }
        }
        LOG.info("Disposal {} proposed for school {} by {} with {} item(s)", disposal.getReference(), uai, proposer,
                items.size());
        return disposal;
    }

    private void checkProposable(Equipment item, List<String> errors) {
        if (item.getStatus() == EquipmentStatus.PROPOSED_FOR_DISPOSAL) {
            String where = disposals.findOpenContaining(item.getId(), FINAL_STATUSES).stream()
                    .map(Disposal::getReference).findFirst().map(reference -> " (réforme " + reference + ")")
                    .orElse("");
            errors.add("L'équipement " + item.displayName() + " est déjà proposé à la réforme" + where
                    + " : il ne peut pas être proposé une seconde fois.");
        } else if (item.getStatus() == EquipmentStatus.REMOVED) {
            errors.add("L'équipement " + item.displayName() + " est déjà sorti de l'inventaire : il ne peut plus"
                    + " être proposé à la réforme.");
        } else if (!item.getStatus().isManual()) {
            errors.add("L'équipement " + item.displayName() + " ne peut pas être proposé à la réforme : son statut"
                    + " est « " + item.getStatus().label() + " ».");
        }
    }

    /**
     * Records the technician's check. Each withdrawn item goes back to service with the reason in
     * its history.
     *
     * @return the number of items left in the disposal
     */
    public int check(long disposalId, List<Long> withdrawnIds, String withdrawalReason, String author) {
        Disposal disposal = get(disposalId);
        requireStatus(disposal, DisposalStatus.PROPOSED);
        List<String> errors = new ArrayList<>();
        List<DisposalItem> withdrawn = new ArrayList<>();
        for (long equipmentId : withdrawnIds) {
            disposal.activeItems().stream().filter(item -> item.getEquipmentId() == equipmentId).findFirst()
                    .ifPresentOrElse(withdrawn::add, () -> errors.add("L'équipement d'identifiant " + equipmentId
                            + " ne fait pas partie de la réforme " + disposal.getReference() + "."));
        }
        if (!withdrawn.isEmpty() && withdrawalReason == null) {
            errors.add("Le champ « Motif du retrait » est obligatoire quand un équipement est retiré.");
        }
        FormValues.throwIfAny(errors);

        Instant now = now();
        for (DisposalItem item : withdrawn) {
            item.withdraw(withdrawalReason, now);
            inventory.returnToService(item.getEquipmentId(), author, "retiré de la réforme "
                    + disposal.getReference() + " lors de la vérification : " + withdrawalReason);
        }
        disposal.markChecked(author, now);
        LOG.info("Disposal {} checked by {}: {} item(s) withdrawn, {} left", disposal.getReference(), author,
                withdrawn.size(), disposal.activeItems().size());
        return disposal.activeItems().size();
    }

    /** Records that the items wait for removal in the storage room, in the disposal and in the inventory. */
    public void store(long disposalId, String storageRoom, String author) {
        Disposal disposal = get(disposalId);
        requireStatus(disposal, DisposalStatus.CHECKED);
        for (DisposalItem item : disposal.activeItems()) {
            inventory.moveToStorage(item.getEquipmentId(), author, storageRoom);
        }
        disposal.markStored(storageRoom, author, now());
        LOG.info("Disposal {} stored in room {} by {}", disposal.getReference(), storageRoom, author);
    }

    /** Generates the disposal record in PDF and stores it with the disposal. */
    public void prepareRecord(long disposalId) {
        Disposal disposal = get(disposalId);
        requireStatus(disposal, DisposalStatus.STORED);
        Instant now = now();
        byte[] pdf = recordPdf.render(disposal, school(disposal.getSchoolUai()), now);
        disposal.attachRecord(pdf, now);
        LOG.info("Disposal {}: record generated, {} bytes", disposal.getReference(), pdf.length);
    }

    /** Records the head's decision; a refusal needs its reason. */
    public void decide(long disposalId, boolean approved, String refusalReason, String author) {
        Disposal disposal = get(disposalId);
        requireStatus(disposal, DisposalStatus.AWAITING_APPROVAL);
        if (!approved && refusalReason == null) {
            throw new DisposalValidationException("Le champ « Motif du refus » est obligatoire pour refuser la réforme.");
        }
        disposal.decide(approved, author, refusalReason, now());
        LOG.info("Disposal {} {} by {}", disposal.getReference(), approved ? "approved" : "refused", author);
    }

    /** Puts every item of a refused disposal back in service, with the head's reason in its history. */
    public void returnToService(long disposalId) {
        Disposal disposal = get(disposalId);
        requireStatus(disposal, DisposalStatus.REFUSED);
        for (DisposalItem item : disposal.activeItems()) {
            inventory.returnToService(item.getEquipmentId(), disposal.getDecidedBy(), "réforme "
                    + disposal.getReference() + " refusée par le chef d'établissement : "
                    + disposal.getRefusalReason());
        }
    }

    /** Takes every item of an approved disposal out of the inventory; the items keep their history. */
    public void removeFromInventory(long disposalId) {
        Disposal disposal = get(disposalId);
        requireStatus(disposal, DisposalStatus.APPROVED);
        for (DisposalItem item : disposal.activeItems()) {
            inventory.remove(item.getEquipmentId(), disposal.getDecidedBy(), disposal.getReference());
        }
    }

    /** Records the collector's pickup, which ends the disposal. */
    public void recordPickup(long disposalId, String collector, LocalDate pickupDate, String pickupReference,
            String author) {
        Disposal disposal = get(disposalId);
        requireStatus(disposal, DisposalStatus.APPROVED);
        disposal.recordPickup(collector, pickupDate, pickupReference, author, now());
        LOG.info("Disposal {}: pickup {} recorded by {}", disposal.getReference(), pickupReference, author);
    }

    @Transactional(readOnly = true)
    public Disposal get(long disposalId) {
        return disposals.findById(disposalId).orElseThrow(() -> new DisposalValidationException(
                "Aucune réforme n'a l'identifiant " + disposalId + "."));
    }

    /** Returns the disposal that a process instance runs. */
    @Transactional(readOnly = true)
    public Disposal byProcessInstance(String processInstanceId) {
        return disposals.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "No disposal belongs to process instance " + processInstanceId));
    }

    /** Returns the disposal if the user may read its lycée; another lycée's disposal is as absent as an unknown one. */
    @Transactional(readOnly = true)
    public Optional<Disposal> findVisible(String userId, long disposalId) {
        return disposals.findById(disposalId).filter(disposal -> schoolAccess.canRead(userId, disposal.getSchoolUai()));
    }

    /** Returns the lycée's disposals, newest first. The caller checks the access to the lycée. */
    @Transactional(readOnly = true)
    public List<Disposal> findBySchool(String uai) {
        return disposals.findBySchoolUaiOrderByProposedAtDescIdDesc(uai);
    }

    /**
     * Returns the equipment that the user may propose, by lycée then label number: items in service,
     * broken or in stock of the lycées where the user is a correspondent or a technician.
     */
    @Transactional(readOnly = true)
    public List<Equipment> proposableEquipment(String userId) {
        Set<String> uais = proposerSchools(userId);
        List<Equipment> result = new ArrayList<>();
        if (uais == null) {
            // An administrator proposes through the API, naming the lycée; the form lists nothing for them.
            return result;
        }
        for (String uai : uais) {
            inventory.findBySchool(uai).stream().filter(item -> item.getStatus().isManual()).forEach(result::add);
        }
        return result;
    }

    /** True when the user may propose the lycée's equipment: its correspondents and technicians, administrators. */
    @Transactional(readOnly = true)
    public boolean mayPropose(String userId, String uai) {
        Set<String> uais = proposerSchools(userId);
        return uais == null || uais.contains(uai);
    }

    /** Returns the lycées whose equipment the user may propose, or null for an administrator (every lycée). */
    private Set<String> proposerSchools(String userId) {
        if (schoolAccess.isAdministrator(userId)) {
            return null;
        }
        Set<String> uais = new LinkedHashSet<>(schoolAccess.correspondentSchools(userId));
        uais.addAll(schoolAccess.technicianSchools(userId));
        return uais;
    }

    @Transactional(readOnly = true)
    public Optional<School> school(String uai) {
        return schools.findById(uai);
    }

    private Optional<Equipment> find(long id) {
        try {
            return Optional.of(inventory.get(id));
        } catch (EquipmentNotFoundException e) {
            return Optional.empty();
        }
    }

    private static void requireStatus(Disposal disposal, DisposalStatus expected) {
        if (disposal.getStatus() != expected) {
            throw new DisposalValidationException("La réforme " + disposal.getReference() + " est « "
                    + disposal.getStatus().label() + " » : cette étape attend une réforme « " + expected.label()
                    + " ».");
        }
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
