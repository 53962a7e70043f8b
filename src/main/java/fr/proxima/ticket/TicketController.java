package fr.proxima.ticket;

import fr.proxima.school.School;
import fr.proxima.security.CurrentUser;
import fr.proxima.security.UserDirectory;
import fr.proxima.web.ApiProblems;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to tickets and their history, for the follow-up page and for tools. A user sees the
 * tickets of the lycées they belong to. Another lycée's ticket gets the same 404 problem detail as an
 * unknown one, so that the response does not reveal which numbers exist.
 */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private final TicketService tickets;

    private final CurrentUser currentUser;

    private final UserDirectory users;

    private final TicketEquipment equipment;

    TicketController(TicketService tickets, CurrentUser currentUser, UserDirectory users, TicketEquipment equipment) {
        this.tickets = tickets;
        this.currentUser = currentUser;
        this.users = users;
        this.equipment = equipment;
    }

    record TicketSummary(String number, String title, String schoolUai, String schoolName, String status,
            String statusLabel, Integer priority, String priorityLabel, boolean declaredOnSite, Instant openedAt,
            Instant updatedAt) {
    }

    record HistoryEntry(Instant at, String author, String type, String typeLabel, String statusLabel,
            String message, Integer minutesSpent) {
    }

    record TicketDetail(TicketSummary summary, String requester, String description, String service,
            String equipmentKind, String usage, String urgency, String impact, String room, String equipmentLabel,
            String scope, String scopeReason, int minutesSpent, Instant closedAt, List<HistoryEntry> history,
            String equipment, WarrantyClaimController.ClaimView warrantyClaim) {
    }

    @GetMapping
    List<TicketSummary> list() {
        String userId = requireUser();
        return tickets.findVisible(userId).stream().map(this::summary).toList();
    }

    @GetMapping("/{number}")
    TicketDetail detail(@PathVariable String number) {
        String userId = requireUser();
        return tickets.findVisible(userId, number)
                .map(this::detail)
                .orElseThrow(() -> ApiProblems.exception(HttpStatus.NOT_FOUND, "Ticket introuvable",
                        "Aucun ticket accessible ne porte le numéro « " + number.replaceAll("\\p{Cntrl}", "?")
                                + " » : vérifiez le numéro dans la liste de vos tickets."));
    }

    private String requireUser() {
        return currentUser.id().orElseThrow(() -> ApiProblems.exception(ApiProblems.authenticationRequired()));
    }

    private TicketSummary summary(Ticket ticket) {
        String schoolName = tickets.school(ticket.getSchoolUai()).map(School::getName).orElse(ticket.getSchoolUai());
        String priorityLabel = ticket.getPriority() == null ? "" : TicketCatalog.PRIORITIES.get(ticket.getPriority());
        return new TicketSummary(ticket.getNumber(), ticket.getTitle(), ticket.getSchoolUai(), schoolName,
                ticket.getStatus().name(), ticket.getStatus().label(), ticket.getPriority(), priorityLabel,
                ticket.isDeclaredOnSite(), ticket.getOpenedAt(), ticket.getUpdatedAt());
    }

    private TicketDetail detail(Ticket ticket) {
        List<TicketEvent> events = tickets.history(ticket);
        List<HistoryEntry> history = events.stream()
                .map(event -> new HistoryEntry(event.getOccurredAt(), users.displayName(event.getAuthor()),
                        event.getType().name(), event.getType().label(),
                        event.getStatus() == null ? null : event.getStatus().label(), event.getMessage(),
                        event.getMinutesSpent()))
                .toList();
        int minutes = events.stream().filter(event -> event.getMinutesSpent() != null)
                .mapToInt(TicketEvent::getMinutesSpent).sum();
        return new TicketDetail(summary(ticket), users.displayName(ticket.getRequester()), ticket.getDescription(),
                TicketCatalog.label(TicketCatalog.SERVICES, ticket.getService()),
                TicketCatalog.label(TicketCatalog.EQUIPMENT_KINDS, ticket.getEquipmentKind()),
                TicketCatalog.label(TicketCatalog.USAGES, ticket.getEquipmentUsage()),
                TicketCatalog.label(TicketCatalog.URGENCIES, ticket.getUrgency()),
                TicketCatalog.label(TicketCatalog.IMPACTS, ticket.getImpact()),
                ticket.getRoom(), ticket.getEquipmentLabel(), ticket.getScope(), ticket.getScopeReason(), minutes,
                ticket.getClosedAt(), history, equipment.describe(ticket),
                equipment.claimOf(ticket).map(WarrantyClaimController.ClaimView::of).orElse(null));
    }
}
