package fr.proxima.ticket;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.SchoolAccess;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket's domain operations. The process calls them through its delegates and listeners; the
 * pages and the API read through them, so that the per-lycée check is made here.
 */
@Service
@Transactional
public class TicketService {

    /** Author recorded for steps that the engine runs on its own (timers, mails). */
    public static final String SYSTEM_AUTHOR = "système";

    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

    private final TicketRepository tickets;

    private final TicketEventRepository events;

    private final TicketNumbers numbers;

    private final SchoolRepository schools;

    private final SchoolAccess schoolAccess;

    private final TicketEquipment equipment;

    private final VisitInProgress visitInProgress;

    public TicketService(TicketRepository tickets, TicketEventRepository events, TicketNumbers numbers,
            SchoolRepository schools, SchoolAccess schoolAccess, TicketEquipment equipment,
            VisitInProgress visitInProgress) {
        this.visitInProgress = visitInProgress;
        this.tickets = tickets;
        this.events = events;
        this.numbers = numbers;
        this.schools = schools;
        this.schoolAccess = schoolAccess;
        this.equipment = equipment;
    }

    /**
     * Opens a ticket from the start form's variables. The lycée must be one of the requester's: the
     * form's choice, or their only lycée when the form leaves it empty.
     */
    public Ticket open(Map<String, Object> form, String requester, String processInstanceId) {
        if (requester == null || requester.isBlank()) {
            throw new TicketValidationException("Un ticket ne peut être ouvert que par un utilisateur connecté.");
        }
        String schoolUai = chooseSchool(form.get("schoolUai"), requester);
        Instant now = now();
        TicketRequest request = TicketRequestValidator.validate(form, schoolUai, visitInProgress.at(schoolUai, now));
        Long equipmentId = equipment.resolve(schoolUai, request.equipmentLabel());
        Ticket ticket = tickets.save(new Ticket(numbers.next(now), schoolUai, requester, request, now));
        ticket.attachProcessInstance(processInstanceId);
        ticket.attachEquipment(equipmentId);
        record(ticket, requester, TicketEventType.OPENED, "Ticket ouvert : " + ticket.getTitle(), null);
        LOG.info("Ticket {} opened for school {} by {}", ticket.getNumber(), schoolUai, requester);
        return ticket;
    }

    /** Stores the priority and scope decided by the tables, and the status that follows from the scope. */
    public Ticket qualify(String number, int priority, String scope, String scopeReason) {
        Ticket ticket = get(number);
        ticket.qualify(priority, scope, scopeReason, now());
        String priorityLabel = TicketCatalog.PRIORITIES.getOrDefault(priority, String.valueOf(priority));
        record(ticket, SYSTEM_AUTHOR, TicketEventType.QUALIFIED,
                "Priorité " + priorityLabel + ". " + scopeReason, null);
        TicketStatus status = switch (scope) {
            case TicketScope.NOT_COVERED -> TicketStatus.OUT_OF_SCOPE;
            case TicketScope.ACADEMIE -> TicketStatus.SENT_TO_ACADEMIE;
            default -> TicketStatus.WAITING_FOR_VISIT;
        };
        changeStatus(ticket, status, SYSTEM_AUTHOR, null);
        return ticket;
    }

    /** Marks the ticket as being worked on by a technician who claimed its task. */
    public void startWork(String number, String technician) {
        Ticket ticket = get(number);
        if (ticket.getStatus() != TicketStatus.IN_PROGRESS) {
            changeStatus(ticket, TicketStatus.IN_PROGRESS, technician, "Ticket pris en charge.");
        }
    }

    /**
     * Records the published visit that a covered ticket now waits for. The history records it only when
     * the visit changes, so that recomputing an unchanged plan writes nothing.
     *
     * @param visitLabel the visit as users read it, such as "jeudi 5 mars 2026, matin, 08:30–12:00"
     */
    public void awaitVisit(String number, long visitId, Instant visitStart, String visitLabel) {
        Ticket ticket = get(number);
        boolean sameVisit = Long.valueOf(visitId).equals(ticket.getNextVisitId())
                && visitStart.equals(ticket.getNextVisitAt());
        ticket.awaitVisit(visitId, visitStart, now());
        if (ticket.getStatus() == TicketStatus.WAITING_FOR_PLANNING || ticket.getStatus() == TicketStatus.IN_PROGRESS) {
            ticket.changeStatus(TicketStatus.WAITING_FOR_VISIT, now());
        }
        if (!sameVisit) {
            record(ticket, SYSTEM_AUTHOR, TicketEventType.VISIT_PLANNED, "Prochain passage : " + visitLabel + ".", null);
        }
    }

    /** Records that a covered ticket waits for a planning, because its lycée has no visit planned. */
    public void awaitPlanning(String number) {
        Ticket ticket = get(number);
        boolean alreadyWaiting = ticket.getStatus() == TicketStatus.WAITING_FOR_PLANNING;
        ticket.awaitVisit(null, null, now());
        if (!alreadyWaiting) {
            changeStatus(ticket, TicketStatus.WAITING_FOR_PLANNING, SYSTEM_AUTHOR,
                    "Aucun passage n'est planifié pour ce lycée : le ticket attend le prochain planning.");
        }
    }

    /** Records that the ticket joined the queue of a visit that has started: its work is in progress. */
    public void joinVisitQueue(String number, String visitLabel, String technician) {
        changeStatus(get(number), TicketStatus.IN_PROGRESS, SYSTEM_AUTHOR,
                "Dans la file du passage du " + visitLabel + " (" + technician + ").");
    }

    /** Records that the visit ended before the ticket was finished: it goes on at the next visit. */
    public void carryOver(String number, String visitLabel) {
        Ticket ticket = get(number);
        String message = "Non terminé au passage du " + visitLabel + " : reporté au prochain passage.";
        if (ticket.getStatus() == TicketStatus.IN_PROGRESS) {
            changeStatus(ticket, TicketStatus.WAITING_FOR_VISIT, SYSTEM_AUTHOR, message);
        } else {
            record(ticket, SYSTEM_AUTHOR, TicketEventType.VISIT_PLANNED, message, null);
        }
    }

    /** Puts a ticket back to waiting when its technician releases the task without recording work. */
    public void releaseWork(String number, String author) {
        Ticket ticket = get(number);
        if (ticket.getStatus() == TicketStatus.IN_PROGRESS) {
            changeStatus(ticket, TicketStatus.WAITING_FOR_VISIT, author, "Ticket libéré par le technicien.");
        }
    }

    /**
     * Records what a technician did and how long it took, and moves the ticket to the outcome's status.
     * Every record stays in the history with its author and date.
     */
    public Ticket recordWork(String number, String technician, WorkRecord work) {
        Ticket ticket = get(number);
        requireStatus(ticket, TicketStatus.WAITING_FOR_VISIT, TicketStatus.IN_PROGRESS, TicketStatus.REOPENED,
                TicketStatus.WAITING_FOR_PLANNING);
        record(ticket, technician, TicketEventType.WORK_RECORDED, work.workDone(), work.minutesSpent());
        TicketStatus status = switch (work.outcome()) {
            case "RESOLVED" -> TicketStatus.RESOLVED;
            case "WAITING_FOR_PART" -> TicketStatus.WAITING_FOR_PART;
            case "OUT_OF_SCOPE" -> TicketStatus.OUT_OF_SCOPE;
            default -> TicketStatus.WAITING_FOR_VISIT;
        };
        if (status == TicketStatus.OUT_OF_SCOPE) {
            ticket.qualify(ticket.getPriority() == null ? 0 : ticket.getPriority(), TicketScope.NOT_COVERED,
                    work.outOfScopeReason(), now());
        }
        changeStatus(ticket, status, technician, statusMessage(status, work));
        LOG.info("Ticket {}: {} min recorded by {}, outcome {}", number, work.minutesSpent(), technician,
                work.outcome());
        return ticket;
    }

    /** Records that the lycée supplied the part the technician waited for. */
    public void partSupplied(String number, String author, String comment) {
        Ticket ticket = get(number);
        requireStatus(ticket, TicketStatus.WAITING_FOR_PART);
        record(ticket, author, TicketEventType.PART_SUPPLIED,
                comment == null ? "Pièce fournie par le lycée." : comment, null);
        changeStatus(ticket, TicketStatus.WAITING_FOR_VISIT, author, null);
    }

    /** Records the requester's answer to a resolution: confirmed, or reopened with a reason. */
    public void answerResolution(String number, String author, ResolutionAnswer answer) {
        Ticket ticket = get(number);
        requireStatus(ticket, TicketStatus.RESOLVED);
        if (answer.confirmed()) {
            record(ticket, author, TicketEventType.CONFIRMED, answer.describe(), null);
        } else {
            record(ticket, author, TicketEventType.REOPENED, answer.describe(), null);
            changeStatus(ticket, TicketStatus.REOPENED, author, null);
        }
    }

    /** Closes a resolved ticket, after the requester's confirmation or when the delay ran out. */
    public void close(String number, boolean automatic) {
        Ticket ticket = get(number);
        requireStatus(ticket, TicketStatus.RESOLVED);
        String message = automatic
                ? "Clos automatiquement : pas de réponse du demandeur dans le délai."
                : "Clos après confirmation du demandeur.";
        record(ticket, SYSTEM_AUTHOR, TicketEventType.CLOSED, message, null);
        changeStatus(ticket, TicketStatus.CLOSED, SYSTEM_AUTHOR, null);
    }

    /** Adds a history entry about a mail, sent or not. */
    public void recordMail(String number, boolean sent, String message) {
        record(get(number), SYSTEM_AUTHOR, sent ? TicketEventType.MAIL_SENT : TicketEventType.MAIL_SKIPPED,
                message, null);
    }

    /**
     * Returns the number of the ticket that a process instance drives. Delegates and listeners use it
     * in place of the "ticketNumber" variable, which a caller could set to another lycée's ticket.
     */
    @Transactional(readOnly = true)
    public String numberOf(String processInstanceId) {
        return tickets.findByProcessInstanceId(processInstanceId)
                .map(Ticket::getNumber)
                .orElseThrow(() -> new IllegalStateException("No ticket for process instance " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Ticket get(String number) {
        return tickets.findByNumber(number)
                .orElseThrow(() -> new IllegalStateException("No ticket numbered " + number));
    }

    /** Tickets of the lycées the user may read, newest first; every ticket for an administrator. */
    @Transactional(readOnly = true)
    public List<Ticket> findVisible(String userId) {
        if (schoolAccess.isAdministrator(userId)) {
            return tickets.findAllByOrderByOpenedAtDesc();
        }
        Set<String> uais = new java.util.TreeSet<>(schoolAccess.correspondentSchools(userId));
        uais.addAll(schoolAccess.technicianSchools(userId));
        return uais.isEmpty() ? List.of() : tickets.findBySchoolUaiInOrderByOpenedAtDesc(uais);
    }

    /** A ticket the user may read, or empty: another lycée's ticket is treated as unknown. */
    @Transactional(readOnly = true)
    public Optional<Ticket> findVisible(String userId, String number) {
        return tickets.findByNumber(number).filter(ticket -> schoolAccess.canRead(userId, ticket.getSchoolUai()));
    }

    @Transactional(readOnly = true)
    public List<TicketEvent> history(Ticket ticket) {
        return events.findByTicketIdOrderByOccurredAtAscIdAsc(ticket.getId());
    }

    @Transactional(readOnly = true)
    public Optional<School> school(String uai) {
        return schools.findById(uai);
    }

    /** Guards each step against a process that reached it out of order. */
    private static void requireStatus(Ticket ticket, TicketStatus... expected) {
        if (!java.util.Arrays.asList(expected).contains(ticket.getStatus())) {
            throw new IllegalStateException("Ticket " + ticket.getNumber() + " is " + ticket.getStatus()
                    + ", expected one of " + java.util.Arrays.toString(expected));
        }
    }

    /**
     * Returns the lycée's tickets that wait for a visit or are being worked on, by priority and,
     * between equal priorities, oldest first: those the day's priorities may choose from.
     */
    @Transactional(readOnly = true)
    public List<Ticket> openTickets(String uai) {
        return tickets.findBySchoolUaiAndStatusInOrderByPriorityDescOpenedAtAsc(uai, List.of(
                TicketStatus.WAITING_FOR_VISIT, TicketStatus.WAITING_FOR_PLANNING, TicketStatus.IN_PROGRESS,
                TicketStatus.REOPENED));
    }

    /**
     * Returns the lycées for which the user may file a ticket: those of which they are a
     * correspondent, and those they serve as a technician, who files the requests declared on a visit.
     */
    public Set<String> requesterSchools(String userId) {
        Set<String> uais = new java.util.TreeSet<>(schoolAccess.correspondentSchools(userId));
        uais.addAll(schoolAccess.technicianSchools(userId));
        return uais;
    }

    private String chooseSchool(Object chosen, String requester) {
        Set<String> own = requesterSchools(requester);
        String uai = chosen == null ? "" : chosen.toString().trim().toUpperCase(java.util.Locale.ROOT);
        if (uai.isEmpty()) {
            if (own.size() == 1) {
                return own.iterator().next();
            }
            throw new TicketValidationException(own.isEmpty()
                    ? "Vous n'êtes ni correspondant ni technicien d'un lycée : vous ne pouvez pas ouvrir de ticket."
                    : "Le champ « Lycée » est obligatoire : choisissez l'un de vos lycées.");
        }
        if (!own.contains(uai)) {
            throw new TicketValidationException(
                    "Vous ne pouvez ouvrir un ticket que pour un lycée dont vous êtes correspondant ou technicien.");
        }
        return uai;
    }

    private void changeStatus(Ticket ticket, TicketStatus status, String author, String message) {
        ticket.changeStatus(status, now());
        record(ticket, author, TicketEventType.STATUS_CHANGED,
                message == null ? "Statut : " + status.label() + "." : message, null);
    }

    private static String statusMessage(TicketStatus status, WorkRecord work) {
        return switch (status) {
            case RESOLVED -> "Ticket résolu.";
            case WAITING_FOR_PART -> "En attente d'une pièce fournie par le lycée.";
            case OUT_OF_SCOPE -> "Hors périmètre : " + work.outOfScopeReason();
            default -> "À poursuivre au prochain passage.";
        };
    }

    private void record(Ticket ticket, String author, TicketEventType type, String message, Integer minutes) {
        events.save(new TicketEvent(ticket.getId(), now(), author, type, ticket.getStatus(), message, minutes));
    }

    /** Returns the engine's clock, so that process tests that move it also move the ticket's dates. */
    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
