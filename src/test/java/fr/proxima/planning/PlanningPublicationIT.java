package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.proxima.support.ReceivedMail;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Publication of a planning within the allocations: visits published, one mail per lycée with its calendar. */
@RecordApplicationEvents
class PlanningPublicationIT extends PlanningIntegrationTest {

    static final String SIMONE_WEIL = "0750651A";
    static final String SOPHIE_GERMAIN = "0750653C";
    static final String PLANNER = "planif-pub";
    static final String TECHNICIAN = "tech-pub";
    static final String OTHER_TECHNICIAN = "tech-pub-2";
    static final String WEIL_1 = "corr-weil-1@lycee.example";
    static final String WEIL_2 = "corr-weil-2@lycee.example";
    static final String GERMAIN = "corr-germain@lycee.example";

    @Autowired
    PlanningService plannings;

    @Autowired
    PlanningMails planningMails;

    @Autowired
    HistoryService historyService;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void createUsers() {
        createPlanner(PLANNER);
        createTechnician(TECHNICIAN, "Paul", "Martin", SIMONE_WEIL, SOPHIE_GERMAIN);
        createTechnician(OTHER_TECHNICIAN, "Inès", "Garnier", SOPHIE_GERMAIN);
        createCorrespondent("corr-weil-1", WEIL_1, SIMONE_WEIL);
        createCorrespondent("corr-weil-2", WEIL_2, SIMONE_WEIL);
        createCorrespondent("corr-weil-3", null, SIMONE_WEIL);
        createCorrespondent("corr-germain", GERMAIN, SOPHIE_GERMAIN);
    }

    @Test
    void planningWithinAllocationIsPublishedAtOnce() throws Exception {
        HttpResponse<String> response = upload(PLANNER, "mars-2026.csv", csv(
                "2026-03-27," + SIMONE_WEIL + "," + TECHNICIAN + ",matin,,",
                "2026-03-30," + SIMONE_WEIL + "," + TECHNICIAN + ",journée,,",
                "2026-03-31," + SOPHIE_GERMAIN + "," + TECHNICIAN + ",après-midi,14:30,17:00"));

        assertStatus(response, 201);
        JsonNode planning = json(response);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/plannings/" + planning.path("id").asLong());
        assertThat(planning.path("month").asText()).isEqualTo("2026-03");
        assertThat(planning.path("monthLabel").asText()).isEqualTo("mars 2026");
        assertThat(planning.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(planning.path("statusLabel").asText()).isEqualTo("publié");
        assertThat(planning.path("fileName").asText()).isEqualTo("mars-2026.csv");
        assertThat(planning.path("uploadedBy").asText()).isEqualTo(PLANNER);
        assertThat(planning.path("warnings")).isEmpty();
        assertThat(planning.path("visits").findValuesAsText("status")).containsOnly("PUBLISHED");
        assertThat(planning.path("visits").findValuesAsText("dateLabel")).containsExactly(
                "vendredi 27 mars 2026", "lundi 30 mars 2026", "mardi 31 mars 2026");
        assertThat(planning.path("visits").get(2).path("start").asText()).isEqualTo("14:30");
        assertThat(planning.path("visits").get(1).path("plannedHours").asDouble()).isEqualTo(7.0);
    }

    @Test
    void eachLyceeGetsOneMailWithItsCalendar() throws Exception {
        // No other test of this class plans visits in May, so the mails contain this planning's visits only.
        JsonNode planning = json(upload(PLANNER, "mai-2026.csv", csv(
                "2026-05-05," + SIMONE_WEIL + "," + TECHNICIAN + ",matin,,",
                "2026-05-06," + SIMONE_WEIL + "," + TECHNICIAN + ",journée,,",
                "2026-05-07," + SOPHIE_GERMAIN + "," + TECHNICIAN + ",après-midi,14:30,17:00")));
        long planningId = planning.path("id").asLong();
        String instanceId = planning.path("processInstanceId").asText();

        runJobs(instanceId);

        List<ReceivedMail> weilMails = mailsTo(WEIL_1);
        assertThat(weilMails).hasSize(1);
        ReceivedMail weil = weilMails.get(0);
        assertThat(weil.to()).containsExactlyInAnyOrder(WEIL_1, WEIL_2);
        assertThat(weil.subject()).isEqualTo("Passages du technicien en mai 2026 : LYCEE POLYVALENT SIMONE WEIL");
        assertThat(weil.body())
                .contains("prévus en mai 2026 au lycée LYCEE POLYVALENT SIMONE WEIL (0750651A), PARIS 3E ARRONDISSEMENT")
                .contains("- mardi 5 mai 2026, matin, de 08:30 à 12:00 : Paul Martin\n"
                        + "- mercredi 6 mai 2026, journée, de 08:30 à 17:30 : Paul Martin\n\n")
                .contains("/api/feeds/schools/0750651A.ics")
                .doesNotContain("jeudi 7 mai");

        Attachment attachment = calendars(weil).get(0);
        assertThat(calendars(weil)).hasSize(1);
        assertThat(attachment.fileName()).isEqualTo("passages-2026-05-0750651A.ics");
        assertThat(attachment.contentType()).contains("text/calendar").contains("method=PUBLISH");
        assertThat(attachment.calendar().getProperty(Property.METHOD)).hasValueSatisfying(
                method -> assertThat(method.getValue()).isEqualTo("PUBLISH"));
        assertThat(attachment.calendar().getComponent(Component.VTIMEZONE)).isPresent();
        List<VEvent> events = attachment.calendar().getComponents(Component.VEVENT);
        List<Visit> weilVisits = plannings.visitsOf(planningId).stream()
                .filter(visit -> visit.getSchoolUai().equals(SIMONE_WEIL)).toList();
        assertThat(events).extracting(event -> event.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactly(weilVisits.get(0).getIcalUid() + "@proxima", weilVisits.get(1).getIcalUid() + "@proxima");
        assertThat(events).extracting(PlanningPublicationIT::start).containsExactly(
                Instant.parse("2026-05-05T06:30:00Z"), Instant.parse("2026-05-06T06:30:00Z"));
        assertThat(events).extracting(PlanningPublicationIT::end).containsExactly(
                Instant.parse("2026-05-05T10:00:00Z"), Instant.parse("2026-05-06T15:30:00Z"));
        assertThat(attachment.text()).contains("DTSTART;TZID=Europe/Paris:20260505T083000");

        ReceivedMail germain = mailsTo(GERMAIN).get(0);
        assertThat(germain.to()).containsExactly(GERMAIN);
        assertThat(calendars(germain).get(0).calendar().<VEvent>getComponents(Component.VEVENT))
                .extracting(PlanningPublicationIT::start).containsExactly(Instant.parse("2026-05-07T12:30:00Z"));
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .finished().list()).extracting(HistoricActivityInstance::getActivityId)
                .contains(PlanningProcess.Element.PUBLISH, PlanningProcess.Element.MAIL_SCHOOLS,
                        PlanningProcess.Element.END_PUBLISHED)
                .doesNotContain(PlanningProcess.Element.CONFIRM_OVERRUN);
    }

    @Test
    void calendarsFollowTheClockChangeOfMarch() throws Exception {
        JsonNode planning = json(upload(PLANNER, "mars.csv", csv(
                "2026-03-27," + SOPHIE_GERMAIN + "," + OTHER_TECHNICIAN + ",journée,,",
                "2026-03-30," + SOPHIE_GERMAIN + "," + OTHER_TECHNICIAN + ",matin,,")));

        runJobs(planning.path("processInstanceId").asText());

        // The mail contains every published visit of the lycée in March, those of other tests too.
        List<String> uids = plannings.visitsOf(planning.path("id").asLong()).stream()
                .map(visit -> visit.getIcalUid() + "@proxima").toList();
        List<VEvent> events = calendars(mailsTo(GERMAIN).get(0)).get(0).calendar().<VEvent>getComponents(Component.VEVENT)
                .stream().filter(event -> uids.contains(event.getProperty(Property.UID).orElseThrow().getValue()))
                .toList();
        // 08:30 in Paris: 07:30 UTC before the change of Sunday 29 March 2026, 06:30 UTC after it.
        assertThat(events).extracting(PlanningPublicationIT::start).containsExactly(
                Instant.parse("2026-03-27T07:30:00Z"), Instant.parse("2026-03-30T06:30:00Z"));
        assertThat(events).extracting(PlanningPublicationIT::localStart).containsOnly("08:30");
    }

    @Test
    void calendarsFollowTheClockChangeOfOctober() throws Exception {
        JsonNode october = json(upload(PLANNER, "octobre.csv", csv(
                "2026-10-16," + SIMONE_WEIL + "," + TECHNICIAN + ",matin,,")));
        JsonNode november = json(upload(PLANNER, "novembre.csv", csv(
                "2026-11-02," + SIMONE_WEIL + "," + TECHNICIAN + ",matin,,")));

        runJobs(october.path("processInstanceId").asText());
        runJobs(november.path("processInstanceId").asText());

        List<ReceivedMail> mails = mailsTo(WEIL_1);
        assertThat(mails).extracting(ReceivedMail::subject).containsExactly(
                "Passages du technicien en octobre 2026 : LYCEE POLYVALENT SIMONE WEIL",
                "Passages du technicien en novembre 2026 : LYCEE POLYVALENT SIMONE WEIL");
        // The clocks go back on Sunday 25 October 2026: 08:30 in Paris is 06:30 UTC before, 07:30 UTC after.
        assertThat(calendars(mails.get(0)).get(0).calendar().<VEvent>getComponents(Component.VEVENT))
                .extracting(PlanningPublicationIT::start).containsExactly(Instant.parse("2026-10-16T06:30:00Z"));
        assertThat(calendars(mails.get(1)).get(0).calendar().<VEvent>getComponents(Component.VEVENT))
                .extracting(PlanningPublicationIT::start).containsExactly(Instant.parse("2026-11-02T07:30:00Z"));
    }

    @Test
    void retriedMailJobSendsNothingTwice() throws Exception {
        JsonNode planning = json(upload(PLANNER, "mars.csv", csv(
                "2026-03-23," + SIMONE_WEIL + "," + TECHNICIAN + ",matin,,")));
        runJobs(planning.path("processInstanceId").asText());
        int received = mailbox.messages().size();

        // The same step again, as a job retried after a failure that followed the sending would run it.
        planningMails.sendPublication(planning.path("id").asLong());

        assertThat(mailbox.messages()).hasSize(received);
    }

    @Test
    void publicationAnnouncesEachLyceePlanChange() {
        Planning planning = plannings.upload(csv(
                "2026-04-09," + SIMONE_WEIL + "," + TECHNICIAN + ",matin,,",
                "2026-04-10," + SOPHIE_GERMAIN + "," + TECHNICIAN + ",matin,,",
                "2026-04-13," + SIMONE_WEIL + "," + TECHNICIAN + ",matin,,"), "avril.csv", PLANNER, null);

        assertThat(plannings.get(planning.getId()).getStatus()).isEqualTo(PlanningStatus.PUBLISHED);
        assertThat(events.stream(SchoolPlanChanged.class)).containsExactly(
                new SchoolPlanChanged(SIMONE_WEIL), new SchoolPlanChanged(SOPHIE_GERMAIN));
    }

    @Test
    void plannerListsAndReadsPlannings() throws Exception {
        long id = json(upload(PLANNER, "avril.csv", csv(
                "2026-04-14," + SIMONE_WEIL + "," + TECHNICIAN + ",après-midi,,"))).path("id").asLong();

        HttpResponse<String> list = get("/api/plannings", PLANNER);
        HttpResponse<String> one = get("/api/plannings/" + id, PLANNER);
        HttpResponse<String> byCorrespondent = get("/api/plannings", "corr-germain");
        HttpResponse<String> unknown = get("/api/plannings/999999", PLANNER);

        assertStatus(list, 200);
        assertThat(json(list).findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(json(list).get(0).path("visits").isNull()).isTrue();
        assertStatus(one, 200);
        assertThat(json(one).path("visits").findValuesAsText("slotLabel")).containsExactly("après-midi");
        assertStatus(byCorrespondent, 403);
        assertStatus(unknown, 404);
        assertThat(json(unknown).path("title").asText()).isEqualTo("Planning introuvable");
    }

    private static Instant start(VEvent event) {
        return ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toInstant();
    }

    private static Instant end(VEvent event) {
        return ((ZonedDateTime) event.getEndDate().orElseThrow().getDate()).toInstant();
    }

    private static String localStart(VEvent event) {
        return start(event).atZone(VisitCalendarWriter.PARIS).toLocalTime().toString();
    }

    static byte[] csv(String... lines) {
        return ("date,uai,technicien,creneau,debut,fin\n" + String.join("\n", lines) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
