package fr.proxima.inventory;

import fr.proxima.school.School;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory's domain operations. Every change writes one history line with its author, time,
 * description and, when given, where it was made. This service makes no per-lycée access check:
 * callers from the web check the lycée with {@code SchoolAccess} first, and the processes act as
 * the engine.
 */
@Service
@Transactional
public class InventoryService {

    /** Author recorded for changes that the engine makes on its own. */
    public static final String SYSTEM_AUTHOR = "système";

    private static final Logger LOG = LoggerFactory.getLogger(InventoryService.class);

    private final EquipmentRepository equipment;

    private final EquipmentChangeRepository changes;

    InventoryService(EquipmentRepository equipment, EquipmentChangeRepository changes) {
        this.equipment = equipment;
        this.changes = changes;
    }

    /** Returns the item, whatever its lycée. */
    @Transactional(readOnly = true)
    public Equipment get(long id) {
        return equipment.findById(id).orElseThrow(() -> new EquipmentNotFoundException(id));
    }

    /** Returns the lycée's equipment, removed items included, by label number then serial number. */
    @Transactional(readOnly = true)
    public List<Equipment> findBySchool(String uai) {
        return equipment.findBySchoolUaiOrderByLabelNumberAscSerialNumberAscIdAsc(uai);
    }

    /** Returns the lycée's item with that label number, or else with that host name (case ignored). */
    @Transactional(readOnly = true)
    public Optional<Equipment> findByLabelOrHostName(String uai, String labelOrHostName) {
        if (labelOrHostName == null || labelOrHostName.isBlank()) {
            return Optional.empty();
        }
        String wanted = labelOrHostName.strip();
        Optional<Equipment> byLabel = equipment.findBySchoolUaiAndLabelNumber(uai, wanted);
        if (byLabel.isPresent()) {
            return byLabel;
        }
        List<Equipment> byHost = equipment.findBySchoolUaiAndHostNameIgnoreCase(uai, wanted);
        return byHost.size() == 1 ? Optional.of(byHost.get(0)) : Optional.empty();
    }

    /** Counts the lycée's workstations in the inventory beside the region's figure. */
    @Transactional(readOnly = true)
    public WorkstationCount workstations(School school) {
        long counted = findBySchool(school.getUai()).stream().filter(Equipment::countsAsWorkstation).count();
        return WorkstationCount.of(counted, school.getWorkstations(), school.isWorkstationsEstimated());
    }

    /** Returns the item's history, oldest first. */
    @Transactional(readOnly = true)
    public List<EquipmentChange> history(long id) {
        get(id);
        return changes.findByEquipmentIdOrderByChangedAtAscIdAsc(id);
    }

    /**
     * Adds an item to the lycée's inventory. Its values must have passed {@link EquipmentValidator},
     * and a new item starts in service, broken or in stock.
     *
     * @throws EquipmentStateException when the label number is taken in the lycée or the status is not allowed
     */
    public Equipment create(String uai, EquipmentData data, String author, String context) {
        if (!data.status().isManual()) {
            throw new EquipmentStateException("Un nouvel équipement ne peut pas être créé au statut « "
                    + data.status().label() + " » : choisissez « en service », « en panne » ou « en stock ».");
        }
        checkLabelFree(uai, data.labelNumber(), null);
        Equipment created = equipment.save(new Equipment(uai, data, now()));
        record(created, author, EquipmentChangeKind.CREATED, context,
                "Ajout à l'inventaire : " + created.displayName() + ".");
        LOG.info("Equipment {} created in school {} by {}", created.getId(), uai, author);
        return created;
    }

    /**
     * Sets new values on an item and writes one history line listing the fields that changed; when
     * nothing changes, it writes nothing. The statuses of the D3E process cannot be set or left here.
     *
     * @return true when something changed
     * @throws EquipmentStateException when the item is removed, the status change is not allowed, or
     *     the new label number is taken in the lycée
     */
    public boolean update(long id, EquipmentData data, String author, String context) {
        Equipment item = get(id);
        List<String> differences = item.differences(data);
        if (differences.isEmpty()) {
            return false;
        }
        if (item.getStatus() == EquipmentStatus.REMOVED) {
            throw new EquipmentStateException("L'équipement " + item.displayName()
                    + " est sorti de l'inventaire : il ne peut plus être modifié.");
        }
        if (item.getStatus() != data.status() && (!item.getStatus().isManual() || !data.status().isManual())) {
            throw new EquipmentStateException("Le statut de l'équipement " + item.displayName() + " ne peut pas passer de « "
                    + item.getStatus().label() + " » à « " + data.status().label()
                    + " » ici : la réforme (D3E) se fait par le processus de mise au rebut.");
        }
        checkLabelFree(item.getSchoolUai(), data.labelNumber(), item.getId());
        item.apply(data, now());
        record(item, author, EquipmentChangeKind.UPDATED, context, String.join("\n", differences));
        LOG.info("Equipment {} of school {} updated by {}", id, item.getSchoolUai(), author);
        return true;
    }

    /** Proposes an item in service, broken or in stock for disposal (D3E). */
    public void proposeForDisposal(long id, String author, String disposalReference) {
        Equipment item = get(id);
        if (!item.getStatus().isManual()) {
            throw new EquipmentStateException("L'équipement " + item.displayName() + " ne peut pas être proposé à la"
                    + " réforme : son statut est « " + item.getStatus().label() + " ».");
        }
        changeStatus(item, EquipmentStatus.PROPOSED_FOR_DISPOSAL, author, EquipmentChangeKind.PROPOSED_FOR_DISPOSAL,
                disposalReference, null);
    }

    /** Moves an item proposed for disposal to the room where it waits for removal; its status stays. */
    public void moveToStorage(long id, String author, String storageRoom) {
        Equipment item = get(id);
        requireProposed(item, "mis en stockage avant enlèvement");
        String room = EquipmentValidator.clean(storageRoom);
        if (room == null) {
            throw new EquipmentStateException("La salle de stockage de l'équipement " + item.displayName()
                    + " est obligatoire.");
        }
        if (room.length() > EquipmentValidator.MAX_ROOM) {
            throw new EquipmentStateException("La salle de stockage « " + room + " » dépasse "
                    + EquipmentValidator.MAX_ROOM + " caractères.");
        }
        List<String> differences = item.apply(EquipmentData.of(item).withRoom(room), now());
        String summary = differences.isEmpty() ? "Déjà dans la salle « " + room + " »." : String.join("\n", differences);
        record(item, author, EquipmentChangeKind.MOVED_TO_STORAGE, null, summary);
        LOG.info("Equipment {} of school {} moved to storage by {}", id, item.getSchoolUai(), author);
    }

    /** Puts an item proposed for disposal back in service, for the given reason. */
    public void returnToService(long id, String author, String reason) {
        Equipment item = get(id);
        requireProposed(item, "remis en service");
        changeStatus(item, EquipmentStatus.IN_SERVICE, author, EquipmentChangeKind.RETURNED_TO_SERVICE, null,
                EquipmentValidator.clean(reason));
    }

    /** Takes an item proposed for disposal out of the inventory; it stays in the database with its history. */
    public void remove(long id, String author, String disposalReference) {
        Equipment item = get(id);
        requireProposed(item, "sorti de l'inventaire");
        changeStatus(item, EquipmentStatus.REMOVED, author, EquipmentChangeKind.REMOVED, disposalReference, null);
    }

    /** Writes a history line about the item that changes none of its values, such as a warranty claim. */
    public void note(long id, String author, EquipmentChangeKind kind, String context, String summary) {
        record(get(id), author, kind, context, summary);
    }

    private void requireProposed(Equipment item, String action) {
        if (item.getStatus() != EquipmentStatus.PROPOSED_FOR_DISPOSAL) {
            throw new EquipmentStateException("L'équipement " + item.displayName() + " ne peut pas être " + action
                    + " : il n'est pas proposé à la réforme (statut « " + item.getStatus().label() + " »).");
        }
    }

    private void changeStatus(Equipment item, EquipmentStatus status, String author, EquipmentChangeKind kind,
            String context, String reason) {
        List<String> differences = item.apply(EquipmentData.of(item).withStatus(status), now());
        StringBuilder summary = new StringBuilder(String.join("\n", differences));
        if (reason != null) {
            summary.append("\nMotif : ").append(reason);
        }
        record(item, author, kind, context, summary.toString());
        LOG.info("Equipment {} of school {} set to {} by {}", item.getId(), item.getSchoolUai(), status, author);
    }

    private void checkLabelFree(String uai, String labelNumber, Long ownId) {
        if (labelNumber == null) {
            return;
        }
        equipment.findBySchoolUaiAndLabelNumber(uai, labelNumber)
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw new EquipmentStateException("Le n° d'étiquette « " + labelNumber
                            + " » est déjà celui d'un autre équipement du lycée : " + other.displayName() + ".");
                });
    }

    private void record(Equipment item, String author, EquipmentChangeKind kind, String context, String summary) {
        String who = author == null || author.isBlank() ? SYSTEM_AUTHOR : author;
        String where = EquipmentValidator.clean(context);
        changes.save(new EquipmentChange(item.getId(), now(), who, kind, where, summary));
    }

    /** Returns the engine's clock, so that process tests that move it also move the inventory's dates. */
    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
