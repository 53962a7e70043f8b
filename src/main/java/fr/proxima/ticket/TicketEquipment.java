package fr.proxima.ticket;

import fr.proxima.inventory.Equipment;
import fr.proxima.inventory.EquipmentChangeKind;
import fr.proxima.inventory.InventoryService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link between a ticket and the inventory: the item that the ticket is about, the warranty
 * text shown to the technician, and the warranty claim tracked on the ticket.
 */
@Service
@Transactional
public class TicketEquipment {

    static final int COMMENT_MAX = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(TicketEquipment.class);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InventoryService inventory;

    private final WarrantyClaimRepository claims;

    private final TicketEventRepository events;

    TicketEquipment(InventoryService inventory, WarrantyClaimRepository claims, TicketEventRepository events) {
        this.inventory = inventory;
        this.claims = claims;
        this.events = events;
    }

    /**
     * Finds the lycée's item that the start form's "Équipement concerné" names, by label number or
     * host name.
     *
     * @return the item's id, or null when the field is empty or the lycée has no inventory yet
     * @throws TicketValidationException when the lycée has an inventory and no item of it matches
     */
    @Transactional(readOnly = true)
    public Long resolve(String schoolUai, String labelOrHostName) {
        if (labelOrHostName == null || labelOrHostName.isBlank()) {
            return null;
        }
        Optional<Equipment> found = inventory.findByLabelOrHostName(schoolUai, labelOrHostName);
        if (found.isPresent()) {
            return found.get().getId();
        }
        // NOTE: a lycée whose inventory is still empty cannot be checked, so the text is kept as typed.
        if (inventory.findBySchool(schoolUai).isEmpty()) {
            return null;
        }
        throw new TicketValidationException("Le champ « Équipement concerné » : aucun équipement de l'inventaire du"
                + " lycée n'a le n° d'étiquette ou le nom de machine « " + labelOrHostName.strip()
                + " ». Corrigez-le, ou laissez le champ vide si vous ne le connaissez pas.");
    }

    /**
     * Describes the ticket's item for the technician's task, such as "poste fixe n° H4-0001
     * (H4-B12-01), salle B12. Sous garantie jusqu'au 31/08/2027."; empty when the ticket has none.
     */
    @Transactional(readOnly = true)
    public String describe(Ticket ticket) {
        if (ticket.getEquipmentId() == null) {
            return "";
        }
        Equipment item = inventory.get(ticket.getEquipmentId());
        StringBuilder text = new StringBuilder(item.displayName());
        if (item.getMake() != null || item.getModel() != null) {
            text.append(", ").append(String.join(" ", nonNull(item.getMake()), nonNull(item.getModel())).strip());
        }
        if (item.getRoom() != null) {
            text.append(", salle ").append(item.getRoom());
        }
        text.append(". ").append(warrantyText(item));
        return text.toString();
    }

    /** Returns "Sous garantie jusqu'au JJ/MM/AAAA." or the sentence saying that it is not. */
    static String warrantyText(Equipment item) {
        if (item.isUnderWarranty(today())) {
            return "Sous garantie jusqu'au " + FRENCH_DATE.format(item.getWarrantyEnd()) + ".";
        }
        if (item.getWarrantyEnd() != null) {
            return "Garantie terminée le " + FRENCH_DATE.format(item.getWarrantyEnd()) + ".";
        }
        return "Garantie inconnue.";
    }

    @Transactional(readOnly = true)
    public Optional<WarrantyClaim> claimOf(Ticket ticket) {
        return claims.findByTicketId(ticket.getId());
    }

    /**
     * Opens the ticket's warranty claim or moves it to its next status, on the given day, and
     * records the step in the ticket's history and in its item's.
     *
     * @throws TicketValidationException when the status does not follow the claim's current one
     */
    public WarrantyClaim recordClaim(Ticket ticket, WarrantyClaimStatus status, LocalDate day, String comment,
            String author) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Optional<WarrantyClaim> existing = claims.findByTicketId(ticket.getId());
        WarrantyClaim claim;
        if (existing.isEmpty()) {
            if (status != WarrantyClaimStatus.OPENED) {
                throw new TicketValidationException("Le ticket " + ticket.getNumber() + " n'a pas de demande de"
                        + " garantie : ouvrez-la d'abord (statut « ouverte »).");
            }
            claim = claims.save(new WarrantyClaim(ticket.getId(), day, comment, author, now));
        } else {
            claim = existing.get();
            WarrantyClaimStatus expected = next(claim.getStatus());
            if (status != expected) {
                throw new TicketValidationException("La demande de garantie du ticket " + ticket.getNumber()
                        + " est « " + claim.getStatus().label() + " » : elle ne peut passer qu'à "
                        + (expected == null ? "aucun autre statut" : "« " + expected.label() + " »") + ".");
            }
            claim.advance(status, day, comment, author, now);
        }
        String message = "Demande de garantie " + status.label() + " le " + FRENCH_DATE.format(day) + "."
                + (comment == null ? "" : " " + comment);
        events.save(new TicketEvent(ticket.getId(), now, author, TicketEventType.WARRANTY_CLAIM, ticket.getStatus(),
                message, null));
        if (ticket.getEquipmentId() != null) {
            inventory.note(ticket.getEquipmentId(), author, EquipmentChangeKind.WARRANTY_CLAIM,
                    "ticket " + ticket.getNumber(), message);
        }
        LOG.info("Warranty claim of ticket {} set to {} by {}", ticket.getNumber(), status, author);
        return claim;
    }

    private static WarrantyClaimStatus next(WarrantyClaimStatus status) {
        return switch (status) {
            case OPENED -> WarrantyClaimStatus.SENT;
            case SENT -> WarrantyClaimStatus.RETURNED;
            case RETURNED -> null;
        };
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(PARIS).toLocalDate();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
