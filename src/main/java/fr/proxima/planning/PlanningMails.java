package fr.proxima.planning;

import fr.proxima.mail.MailAttachment;
import fr.proxima.mail.MailService;
import fr.proxima.mail.OutgoingMail;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.Groups;
import fr.proxima.security.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The French mails of the planning, with an iCalendar attachment: the visits of the month to the
 * correspondents of each lycée of a published planning, and each later change of a visit. Every
 * mail goes to the members of the lycée's {@code correspondants-<UAI>} group who have an address,
 * once per key.
 */
@Service
@Transactional(readOnly = true)
public class PlanningMails {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningMails.class);

    private static final String SIGNATURE = """

            --\s
            Proxima, maintenance informatique de proximité des lycées d'Île-de-France.
            Ce message est envoyé automatiquement : merci de ne pas y répondre.
            """;

    private final PlanningService plannings;

    private final VisitRepository visits;

    private final VisitChangeRepository changes;

    private final SchoolRepository schools;

    private final UserDirectory users;

    private final MailService mailService;

    private final VisitCalendars calendars;

    private final PlanningProperties properties;

    PlanningMails(PlanningService plannings, VisitRepository visits, VisitChangeRepository changes,
            SchoolRepository schools, UserDirectory users, MailService mailService, VisitCalendars calendars,
            PlanningProperties properties) {
        this.plannings = plannings;
        this.visits = visits;
        this.changes = changes;
        this.schools = schools;
        this.users = users;
        this.mailService = mailService;
        this.calendars = calendars;
        this.properties = properties;
    }

    /**
     * Sends each lycée of a published planning one mail with all its published visits of the month,
     * this planning's and any earlier one's. A lycée whose mail was sent before is skipped, so a
     * retried job sends only the mails that failed.
     */
    public void sendPublication(long planningId) {
        Planning planning = plannings.get(planningId);
        Set<String> uais = new LinkedHashSet<>();
        for (Visit visit : plannings.visitsOf(planningId)) {
            if (visit.getStatus() == VisitStatus.PUBLISHED) {
                uais.add(visit.getSchoolUai());
            }
        }
        for (String uai : uais) {
            sendMonth(planning, uai);
        }
    }

    private void sendMonth(Planning planning, String uai) {
        School school = schools.findById(uai).orElseThrow();
        List<String> recipients = correspondentAddresses(uai);
        if (recipients.isEmpty()) {
            LOG.warn("Planning {}: no correspondent of school {} has a mail address, its visits were not mailed",
                    planning.getId(), uai);
            return;
        }
        YearMonth month = planning.getMonth();
        List<Visit> monthVisits = visits.findBySchoolUaiAndStatusInAndDateBetweenOrderByDateAscStartAsc(uai,
                AllocationService.PLANNED_STATUSES, month.atDay(1), month.atEndOfMonth());
        String monthText = FrenchFormats.month(month);
        String fileName = "passages-" + month + "-" + uai + ".ics";

        StringBuilder body = new StringBuilder("Bonjour,\n\n")
                .append("Voici les passages du technicien informatique de proximité prévus en ").append(monthText)
                .append(" au lycée ").append(school.displayName()).append(" :\n\n");
        for (Visit visit : monthVisits) {
            body.append("- ").append(line(visit)).append('\n');
        }
        body.append("\nLe fichier joint « ").append(fileName).append(" » ajoute ces passages à votre agenda.")
                .append(subscriptionText(uai))
                .append(SIGNATURE);

        String ics = calendars.schoolCalendar(school, monthVisits, VisitCalendarWriter.Use.MAIL_PUBLISH);
        String subject = "Passages du technicien en " + monthText + " : " + school.getName();
        mailService.sendOnce(new OutgoingMail("planning/" + planning.getId() + "/school/" + uai, recipients, subject,
                body.toString(), List.of(calendarAttachment(fileName, ics, "PUBLISH"))));
    }

    /** Sends the lycée's correspondents the mail of one change to a published visit. */
    public void sendChange(long visitChangeId) {
        VisitChange change = changes.findById(visitChangeId)
                .orElseThrow(() -> new IllegalStateException("No visit change with id " + visitChangeId));
        School school = schools.findById(change.getSchoolUai()).orElseThrow();
        List<String> recipients = correspondentAddresses(change.getSchoolUai());
        if (recipients.isEmpty()) {
            LOG.warn("Visit {}: no correspondent of school {} has a mail address, the change {} was not mailed",
                    change.getVisitId(), change.getSchoolUai(), visitChangeId);
            return;
        }
        Visit visit = visits.findById(change.getVisitId()).orElseThrow();
        boolean cancelled = change.getKind() == VisitChangeKind.CANCELLED;
        String subject = switch (change.getKind()) {
            case ADDED -> "Passage ajouté le ";
            case CANCELLED -> "Passage annulé le ";
            default -> "Passage déplacé au ";
        } + FrenchFormats.date(change.getDate()) + " : " + school.getName();
        String fileName = "passage-" + change.getDate() + "-" + change.getSchoolUai() + ".ics";
        String body = "Bonjour,\n\n"
                + "Le planning des passages du technicien informatique de proximité au lycée " + school.displayName()
                + " a changé.\n\n"
                + change.getSummary() + "\n\n"
                + (cancelled
                        ? "Le fichier joint « " + fileName + " » retire ce passage de votre agenda."
                        : "Le fichier joint « " + fileName + " » met ce passage à jour dans votre agenda.")
                + subscriptionText(change.getSchoolUai())
                + SIGNATURE;
        String ics = calendars.changeCalendar(school, visit, change,
                cancelled ? VisitCalendarWriter.Use.MAIL_CANCEL : VisitCalendarWriter.Use.MAIL_PUBLISH);
        mailService.sendOnce(new OutgoingMail("visit/" + change.getVisitId() + "/change/" + visitChangeId,
                recipients, subject, body, List.of(calendarAttachment(fileName, ics, cancelled ? "CANCEL" : "PUBLISH"))));
    }

    /** Returns the addresses of the lycée's correspondents, without duplicates. */
    private List<String> correspondentAddresses(String uai) {
        return users.addressesOf(Groups.correspondentsOf(uai));
    }

    private String line(Visit visit) {
        return FrenchFormats.date(visit.getDate()) + ", " + visit.getSlot().label() + ", de "
                + FrenchFormats.time(visit.getStart()) + " à " + FrenchFormats.time(visit.getEnd()) + " : "
                + users.displayName(visit.getTechnicianId());
    }

    private String subscriptionText(String uai) {
        return "\n\nPour suivre en continu les passages prévus au lycée, abonnez votre agenda à l'adresse "
                + properties.publicUrl() + "/api/feeds/schools/" + uai + ".ics (avec vos identifiants Proxima,"
                + " ou un jeton personnel à créer sur la page " + properties.publicUrl() + "/agenda/).\n";
    }

    private static MailAttachment calendarAttachment(String fileName, String ics, String method) {
        return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=" + method,
                ics.getBytes(StandardCharsets.UTF_8));
    }
}
