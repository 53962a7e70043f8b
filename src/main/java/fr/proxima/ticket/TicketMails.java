package fr.proxima.ticket;

import fr.proxima.mail.MailService;
import fr.proxima.mail.OutgoingMail;
import fr.proxima.school.School;
import fr.proxima.security.UserDirectory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The French mails of the ticket lifecycle, sent once each to the requester. */
@Service
public class TicketMails {

    /** Kinds of mail that the mail tasks of ticket.bpmn send. */
    public enum Kind { RESOLUTION, OUT_OF_SCOPE, ACADEMIE }

    private static final Logger LOG = LoggerFactory.getLogger(TicketMails.class);

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    private static final String SIGNATURE = """

            --\s
            Proxima, maintenance informatique de proximité des lycées d'Île-de-France.
            Ce message est envoyé automatiquement : merci de ne pas y répondre.
            """;

    private final TicketService tickets;

    private final UserDirectory users;

    private final MailService mailService;

    private final TicketHistoryText historyText;

    private final TicketProperties properties;

    TicketMails(TicketService tickets, UserDirectory users, MailService mailService,
            TicketHistoryText historyText, TicketProperties properties) {
        this.tickets = tickets;
        this.users = users;
        this.mailService = mailService;
        this.historyText = historyText;
        this.properties = properties;
    }

    /**
     * Sends one mail of the ticket's lifecycle to its requester. A requester without an address is
     * recorded in the history rather than blocking the ticket.
     *
     * @param autoCloseAt for a resolution, when the ticket closes itself without an answer
     */
    public void send(Kind kind, String number, String referTo, Date autoCloseAt) {
        Ticket ticket = tickets.get(number);
        Optional<UserDirectory.Contact> requester = users.find(ticket.getRequester());
        if (requester.isEmpty() || requester.get().email().isEmpty()) {
            LOG.warn("Ticket {}: requester {} has no mail address, {} mail not sent", number,
                    ticket.getRequester(), kind);
            tickets.recordMail(number, false, "Mail non envoyé : le demandeur n'a pas d'adresse électronique.");
            return;
        }
        String school = tickets.school(ticket.getSchoolUai()).map(School::displayName).orElse(ticket.getSchoolUai());
        String body = "Bonjour " + requester.get().displayName() + ",\n\n" + switch (kind) {
            case RESOLUTION -> resolutionBody(ticket, school, autoCloseAt);
            case OUT_OF_SCOPE -> outOfScopeBody(ticket, school, referTo);
            case ACADEMIE -> academieBody(ticket, school, referTo);
        } + "\nSuivi du ticket : " + properties.publicUrl() + "/suivi/#" + number + "\n" + SIGNATURE;
        String subject = switch (kind) {
            case RESOLUTION -> "Ticket " + number + " résolu : " + ticket.getTitle();
            case OUT_OF_SCOPE -> "Ticket " + number + " hors périmètre : " + ticket.getTitle();
            case ACADEMIE -> "Ticket " + number + " à adresser à l'Académie : " + ticket.getTitle();
        };
        // A resolution mail goes once per resolution; the other two end the ticket, so once per ticket.
        String key = "ticket/" + number + "/" + kind.name().toLowerCase(Locale.ROOT)
                + (kind == Kind.RESOLUTION ? "/" + ticket.getResolutionCount() : "");
        boolean sentNow = mailService.sendOnce(new OutgoingMail(key, List.of(requester.get().email()), subject, body));
        if (sentNow) {
            tickets.recordMail(number, true, "Mail envoyé au demandeur : « " + subject + " ».");
        }
    }

    private String resolutionBody(Ticket ticket, String school, Date autoCloseAt) {
        String closing = autoCloseAt == null ? ""
                : " Sans réponse de votre part, le ticket sera clos automatiquement le "
                        + DAY.format(autoCloseAt.toInstant()) + ".";
        return "Votre ticket " + ticket.getNumber() + " « " + ticket.getTitle() + " » (" + school
                + roomText(ticket) + ") a été résolu.\n\n"
                + "Travaux réalisés :\n" + historyText.workRecordsPlain(ticket.getNumber()) + "\n"
                + "Merci de confirmer la résolution dans Tasklist, tâche « Confirmer la résolution », ou de"
                + " rouvrir le ticket en indiquant ce qui ne va pas." + closing + "\n";
    }

    private static String outOfScopeBody(Ticket ticket, String school, String referTo) {
        return "Votre ticket " + ticket.getNumber() + " « " + ticket.getTitle() + " » (" + school
                + roomText(ticket) + ") n'entre pas dans le périmètre du service de maintenance de proximité.\n\n"
                + "Motif : " + ticket.getScopeReason() + "\n"
                + (referTo == null || referTo.isBlank() ? ""
                        : "Pour cette demande, adressez-vous à " + referTo + ".\n")
                + "\nLe ticket est clos ; vous pouvez en ouvrir un nouveau pour toute demande couverte par le service.\n";
    }

    private String academieBody(Ticket ticket, String school, String referTo) {
        String academie = tickets.school(ticket.getSchoolUai()).map(School::getAcademie).orElse("");
        return "Votre ticket " + ticket.getNumber() + " « " + ticket.getTitle() + " » (" + school
                + roomText(ticket) + ") relève de l'Académie" + (academie.isEmpty() ? "" : " de " + academie)
                + ", et non du technicien de proximité.\n\n"
                + "Motif : " + ticket.getScopeReason() + "\n"
                + "Adressez-vous à " + referTo + ".\n";
    }

    private static String roomText(Ticket ticket) {
        return ticket.getRoom() == null ? "" : ", salle " + ticket.getRoom();
    }
}
