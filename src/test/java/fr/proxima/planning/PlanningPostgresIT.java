package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.proxima.security.Groups;
import fr.proxima.support.PostgresIntegrationTest;
import fr.proxima.support.ReceivedMail;
import fr.proxima.support.TestMailbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A publication on PostgreSQL, as in production: the job executor sends the mail to the SMTP
 * server, with its iCalendar attachment.
 */
@PostgresIntegrationTest
class PlanningPostgresIT {

    static final String LAMARTINE = "0750670W";

    @Autowired
    PlanningService plannings;

    @Autowired
    IdentityService identityService;

    @Autowired
    HistoryService historyService;

    @Autowired
    TestMailbox mailbox;

    @Test
    void publishedPlanningIsMailedByTheJobExecutor() throws Exception {
        createUser("planif-pg", null, Groups.PLANNERS);
        createUser("tech-pg", null, Groups.TECHNICIANS, Groups.techniciansOf(LAMARTINE));
        createUser("corr-pg", "corr-pg@lycee.example", Groups.CORRESPONDENTS, Groups.correspondentsOf(LAMARTINE));

        Planning planning = plannings.upload(PlanningPublicationIT.csv(
                "2026-03-27," + LAMARTINE + ",tech-pg,matin,,",
                "2026-03-30," + LAMARTINE + ",tech-pg,journée,,"), "mars.csv", "planif-pg", null);

        assertThat(plannings.get(planning.getId()).getStatus()).isEqualTo(PlanningStatus.PUBLISHED);
        List<ReceivedMail> mails = mailbox.awaitMessages(1, Duration.ofSeconds(60));
        ReceivedMail mail = mails.stream().filter(received -> received.to().contains("corr-pg@lycee.example"))
                .findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("Passages du technicien en mars 2026 : LYCEE GENERAL LAMARTINE");
        assertThat(mail.body()).contains("- lundi 30 mars 2026, journée, de 08:30 à 17:30 : Théo Martel");
        Calendar calendar = PlanningIntegrationTest.calendars(mail).get(0).calendar();
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(event ->
                ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toInstant())
                .containsExactly(Instant.parse("2026-03-27T07:30:00Z"), Instant.parse("2026-03-30T06:30:00Z"));
        assertThat(plannings.visitsOf(planning.getId())).extracting(Visit::getStatus)
                .containsOnly(VisitStatus.PUBLISHED);
        awaitEnded(planning.getProcessInstanceId());
    }

    private void createUser(String userId, String email, String... groupIds) {
        User user = identityService.newUser(userId);
        user.setFirstName("Théo");
        user.setLastName("Martel");
        user.setEmail(email);
        user.setPassword("Secret-42");
        identityService.saveUser(user);
        for (String groupId : groupIds) {
            identityService.createMembership(userId, groupId);
        }
    }

    /** Waits until the job executor has ended the process instance, after sending the mail. */
    private void awaitEnded(String processInstanceId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .finished().count() == 0) {
            assertThat(System.nanoTime()).as("process instance still running").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
