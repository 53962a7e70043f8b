package fr.proxima.ticket;

import fr.proxima.security.CurrentUser;
import fr.proxima.security.SchoolAccess;
import fr.proxima.web.ApiProblems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The warranty claim of a ticket, for the technicians of its lycée and administrators. Another
 * lycée's ticket gets the 404 of an unknown one, as in {@link TicketController}.
 */
@RestController
class WarrantyClaimController {

    private final TicketService tickets;

    private final TicketEquipment equipment;

    private final CurrentUser currentUser;

    private final SchoolAccess schoolAccess;

    WarrantyClaimController(TicketService tickets, TicketEquipment equipment, CurrentUser currentUser,
            SchoolAccess schoolAccess) {
        this.tickets = tickets;
        this.equipment = equipment;
        this.currentUser = currentUser;
        this.schoolAccess = schoolAccess;
    }

    /** A step of the claim, as its view in the ticket's detail shows it. */
    record ClaimView(String status, String statusLabel, LocalDate openedOn, LocalDate sentOn, LocalDate returnedOn,
            String comment) {

        static ClaimView of(WarrantyClaim claim) {
            return new ClaimView(claim.getStatus().name(), claim.getStatus().label(), claim.getOpenedOn(),
                    claim.getSentOn(), claim.getReturnedOn(), claim.getComment());
        }
    }

    /**
     * Opens the claim or moves it to its next status. The body has {@code status} ("ouverte",
     * "envoyée", "revenue", or OPENED, SENT, RETURNED), an optional {@code date} (AAAA-MM-JJ, today
     * in Paris when absent) and an optional {@code comment}, such as the maker's claim reference.
     */
    @PostMapping(path = "/api/tickets/{number}/warranty-claim", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ClaimView record(@PathVariable String number, @RequestBody Map<String, Object> body) {
        String userId = currentUser.id()
                .orElseThrow(() -> ApiProblems.exception(ApiProblems.authenticationRequired()));
        Ticket ticket = tickets.findVisible(userId, number)
                .orElseThrow(() -> ApiProblems.exception(HttpStatus.NOT_FOUND, "Ticket introuvable",
                        "Aucun ticket accessible ne porte le numéro « " + number.replaceAll("\\p{Cntrl}", "?")
                                + " » : vérifiez le numéro dans la liste de vos tickets."));
        if (!schoolAccess.isAdministrator(userId)
                && !schoolAccess.technicianSchools(userId).contains(ticket.getSchoolUai())) {
            throw ApiProblems.exception(HttpStatus.FORBIDDEN, "Accès refusé",
                    "Seuls les techniciens du lycée et les administrateurs suivent la demande de garantie d'un ticket.");
        }
        WarrantyClaimStatus status = status(body.get("status"));
        LocalDate day = day(body.get("date"));
        String comment = comment(body.get("comment"));
        try {
            return ClaimView.of(equipment.recordClaim(ticket, status, day, comment, userId));
        } catch (TicketValidationException refused) {
            throw ApiProblems.exception(HttpStatus.CONFLICT, "Demande de garantie refusée", refused.getMessage());
        }
    }

    private static WarrantyClaimStatus status(Object value) {
        String text = value == null ? "" : value.toString().strip();
        for (WarrantyClaimStatus status : WarrantyClaimStatus.values()) {
            if (status.name().equalsIgnoreCase(text) || status.label().equalsIgnoreCase(text)) {
                return status;
            }
        }
        throw invalid("Le champ « status » vaut « " + text.replaceAll("\\p{Cntrl}", "?") + " » : valeurs possibles"
                + " « ouverte », « envoyée », « revenue ».");
    }

    private static LocalDate day(Object value) {
        if (value == null || value.toString().isBlank()) {
            return TicketEquipment.today();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw invalid("Le champ « date » vaut « " + value.toString().replaceAll("\\p{Cntrl}", "?")
                    + " » : une date AAAA-MM-JJ est attendue, par exemple 2027-01-12.");
        }
    }

    private static String comment(Object value) {
        if (value == null) {
            return null;
        }
        String text = TicketRequestValidator.clean(value.toString());
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > TicketEquipment.COMMENT_MAX) {
            throw invalid("Le champ « comment » dépasse " + TicketEquipment.COMMENT_MAX + " caractères.");
        }
        return text;
    }

    private static RuntimeException invalid(String detail) {
        return ApiProblems.exception(HttpStatus.BAD_REQUEST, "Demande de garantie invalide", detail);
    }
}
