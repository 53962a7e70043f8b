package fr.proxima.inventory;

import fr.proxima.security.UserDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The JSON shapes of the inventory API. */
@Component
class EquipmentViews {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final UserDirectory users;

    EquipmentViews(UserDirectory users) {
        this.users = users;
    }

    /**
     * A piece of equipment with the French labels of its codes.
     *
     * @param underWarranty true when the warranty covers today, in Paris
     * @param version the entity version, which a PATCH may send back to refuse a change made meanwhile
     */
    record EquipmentView(long id, String schoolUai, String displayName, String kind, String kindLabel,
            boolean fixedAtHeight, String use, String useLabel, String labelNumber, String hostName,
            String serialNumber, String make, String model, String room, LocalDate warrantyEnd, boolean underWarranty,
            String status, String statusLabel, Instant updatedAt, long version) {
    }

    /** One line of an item's history; {@code author} is the user's display name. */
    record ChangeView(Instant at, String authorId, String author, String kind, String kindLabel, String context,
            String summary) {
    }

    EquipmentView view(Equipment item) {
        return new EquipmentView(item.getId(), item.getSchoolUai(), item.displayName(), item.getKind().name(),
                item.getKind().label(), item.isFixedAtHeight(), item.getUse().name(), item.getUse().label(),
                item.getLabelNumber(), item.getHostName(), item.getSerialNumber(), item.getMake(), item.getModel(),
                item.getRoom(), item.getWarrantyEnd(), item.isUnderWarranty(today()), item.getStatus().name(),
                item.getStatus().label(), item.getUpdatedAt(), item.getVersion());
    }

    ChangeView view(EquipmentChange change) {
        return new ChangeView(change.getChangedAt(), change.getAuthor(), users.displayName(change.getAuthor()),
                change.getKind().name(), change.getKind().label(), change.getContext(), change.getSummary());
    }

    /** Today in Paris, by the engine's clock. */
    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(PARIS).toLocalDate();
    }
}
