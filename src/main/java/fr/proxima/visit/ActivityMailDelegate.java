package fr.proxima.visit;

import fr.proxima.mail.MailService;
import fr.proxima.mail.OutgoingMail;
import fr.proxima.planning.PlanningProperties;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.Groups;
import fr.proxima.security.UserDirectory;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Envoyer l'activité du jour": mails the lycée's activité du jour to its correspondents once per
 * closed visit, so that a second visit on the same day sends the completed record again.
 */
@Component("activityMail")
class ActivityMailDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityMailDelegate.class);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    private static final String SIGNATURE = """

            --\s
            Proxima, maintenance informatique de proximité des lycées d'Île-de-France.
            Ce message est envoyé automatiquement : merci de ne pas y répondre.
            """;

    private final VisitService visits;

    private final UserDirectory users;

    private final SchoolRepository schools;

    private final MailService mailService;

    private final PlanningProperties properties;

    ActivityMailDelegate(VisitService visits, UserDirectory users, SchoolRepository schools, MailService mailService,
            PlanningProperties properties) {
        this.visits = visits;
        this.users = users;
        this.schools = schools;
        this.mailService = mailService;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long visitId = VisitRoles.visitId(execution);
        VisitReport report = visits.report(visitId);
        DailyActivity activity = visits.activity(report.getSchoolUai(), report.getDate()).orElseThrow();
        List<String> recipients = users.addressesOf(Groups.correspondentsOf(report.getSchoolUai()));
        if (recipients.isEmpty()) {
            LOG.warn("Visit {}: no correspondent of school {} has a mail address, the activité du jour was not mailed",
                    visitId, report.getSchoolUai());
            return;
        }
        String schoolName = schools.findById(report.getSchoolUai()).map(School::getName).orElse(report.getSchoolUai());
        String subject = "Activité du jour du " + DAY.format(report.getDate()) + " : " + schoolName;
        String body = "Bonjour,\n\n"
                + "Voici ce que le technicien informatique de proximité a réalisé au lycée ce jour, en dehors des"
                + " tickets (chaque ticket a son propre suivi).\n\n"
                + activity.getBody() + "\n"
                + "Cette activité reste consultable sur la page " + properties.publicUrl() + "/suivi/ ; le suivi de"
                + " vos tickets est sur la même page.\n"
                + SIGNATURE;
        mailService.sendOnce(new OutgoingMail("visit-activity-" + visitId, recipients, subject, body));
    }
}
