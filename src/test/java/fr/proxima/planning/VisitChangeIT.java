package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.proxima.support.ReceivedMail;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A planner moves, cancels or adds a published visit: the lycée gets a mail that updates its calendar. */
@RecordApplicationEvents
class VisitChangeIT extends PlanningIntegrationTest {

    static final String CHAPTAL = "0750663N";
    static final String PLANNER = "planif-change";
    static final String TECHNICIAN = "tech-change";
    static final String CORRESPONDENT = "corr-chaptal";
    static final String CORRESPONDENT_MAIL = "corr-chaptal@lycee.example";

    @Autowired
    PlanningService plannings;

    @Autowired
    VisitChangeService visitChanges;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void createUsers() {
        createPlanner(PLANNER);
        createTechnician(TECHNICIAN, "Nadia", "Fontaine", CHAPTAL);
        createCorrespondent(CORRESPONDENT, CORRESPONDENT_MAIL, CHAPTAL);
    }

    @Test
    void movedVisitIsMailedWithUpdatedEvent() throws Exception {
        Visit visit = publish("2026-03-10", "matin");

        HttpResponse<String> response = send("PATCH", "/api/visits/" + visit.getId(), PLANNER,
                "{\"date\": \"2026-03-11\", \"slot\": \"après-midi\"}");
        runChangeJobs(visit.getId());

        assertStatus(response, 200);
        JsonNode moved = json(response).path("visit");
        assertThat(json(response).path("changed").asBoolean()).isTrue();
        assertThat(moved.path("date").asText()).isEqualTo("2026-03-11");
        assertThat(moved.path("slot").asText()).isEqualTo("AFTERNOON");
        assertThat(moved.path("start").asText()).isEqualTo("14:00");
        assertThat(moved.path("end").asText()).isEqualTo("17:30");
        assertThat(moved.path("sequence").asInt()).isEqualTo(1);

        ReceivedMail mail = onlyMail();
        assertThat(mail.subject()).isEqualTo("Passage déplacé au mercredi 11 mars 2026 : LYCEE GENERAL ET"
                + " TECHNOLOGIQUE CHAPTAL");
        assertThat(mail.body()).contains("Passage déplacé : prévu le mardi 10 mars 2026, matin, 08:30–12:00, avec"
                + " Nadia Fontaine, il a lieu le mercredi 11 mars 2026, après-midi, 14:00–17:30, avec Nadia Fontaine.");
        Attachment attachment = calendars(mail).get(0);
        assertThat(attachment.contentType()).contains("method=PUBLISH");
        VEvent event = onlyEvent(attachment);
        assertThat(value(event, Property.UID)).isEqualTo(visit.getIcalUid() + "@proxima");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(start(event)).isEqualTo(Instant.parse("2026-03-11T13:00:00Z"));

        JsonNode detail = json(get("/api/visits/" + visit.getId(), CORRESPONDENT));
        assertThat(detail.path("history").findValuesAsText("kind")).containsExactly("PLANNED", "PUBLISHED", "MOVED");
        assertThat(detail.path("history").get(2).path("author").asText()).isEqualTo(PLANNER);
    }

    @Test
    void cancelledVisitIsMailedWithMethodCancel() throws Exception {
        Visit visit = publish("2026-03-12", "journée");

        HttpResponse<String> response = send("DELETE", "/api/visits/" + visit.getId() + "?reason=Gr%C3%A8ve",
                PLANNER, null);
        runChangeJobs(visit.getId());
        HttpResponse<String> again = send("DELETE", "/api/visits/" + visit.getId(), PLANNER, null);

        assertStatus(response, 200);
        assertThat(json(response).path("visit").path("status").asText()).isEqualTo("CANCELLED");
        ReceivedMail mail = onlyMail();
        assertThat(mail.subject()).isEqualTo("Passage annulé le jeudi 12 mars 2026 : LYCEE GENERAL ET TECHNOLOGIQUE"
                + " CHAPTAL");
        assertThat(mail.body()).contains("Passage annulé : jeudi 12 mars 2026, journée, 08:30–17:30, avec Nadia"
                + " Fontaine. Motif : Grève.").contains("retire ce passage de votre agenda");
        Attachment attachment = calendars(mail).get(0);
        assertThat(attachment.contentType()).contains("method=CANCEL");
        assertThat(attachment.calendar().getProperty(Property.METHOD)).hasValueSatisfying(
                method -> assertThat(method.getValue()).isEqualTo("CANCEL"));
        VEvent event = onlyEvent(attachment);
        assertThat(value(event, Property.UID)).isEqualTo(visit.getIcalUid() + "@proxima");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertStatus(again, 409);
        assertThat(json(again).path("detail").asText()).isEqualTo("Ce passage est annulé : il ne peut plus être modifié.");
    }

    @Test
    void addedVisitIsMailed() throws Exception {
        HttpResponse<String> response = send("POST", "/api/visits", PLANNER, "{\"date\": \"2026-03-13\", \"uai\": \""
                + CHAPTAL + "\", \"technician\": \"" + TECHNICIAN + "\", \"slot\": \"matin\", \"start\": \"09:00\"}");

        assertStatus(response, 201);
        long visitId = json(response).path("visit").path("id").asLong();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/visits/" + visitId);
        assertThat(json(response).path("visit").path("status").asText()).isEqualTo("PUBLISHED");
        runChangeJobs(visitId);
        ReceivedMail mail = onlyMail();
        assertThat(mail.subject()).isEqualTo("Passage ajouté le vendredi 13 mars 2026 : LYCEE GENERAL ET TECHNOLOGIQUE"
                + " CHAPTAL");
        VEvent event = onlyEvent(calendars(mail).get(0));
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(start(event)).isEqualTo(Instant.parse("2026-03-13T08:00:00Z"));
    }

    @Test
    void everyChangeAnnouncesThePlanChange() {
        Visit visit = publish("2026-03-18", "matin");
        events.clear();

        visitChanges.move(visit.getId(), new VisitChangeService.VisitValues("2026-03-19", null, null, null, null, null),
                PLANNER);
        visitChanges.cancel(visit.getId(), null, PLANNER);

        assertThat(events.stream(SchoolPlanChanged.class)).containsExactly(
                new SchoolPlanChanged(CHAPTAL), new SchoolPlanChanged(CHAPTAL));
    }

    @Test
    void unchangedVisitSendsNothing() throws Exception {
        Visit visit = publish("2026-03-20", "matin");

        HttpResponse<String> response = send("PATCH", "/api/visits/" + visit.getId(), PLANNER,
                "{\"date\": \"2026-03-20\", \"start\": \"08:30\"}");
        runChangeJobs(visit.getId());

        assertStatus(response, 200);
        assertThat(json(response).path("changed").asBoolean()).isFalse();
        assertThat(json(response).path("visit").path("sequence").asInt()).isZero();
        assertThat(mailsTo(CORRESPONDENT_MAIL)).isEmpty();
    }

    @Test
    void invalidChangesRejected() throws Exception {
        Visit visit = publish("2026-03-16", "matin");
        publish("2026-03-17", "matin");
        String path = "/api/visits/" + visit.getId();

        HttpResponse<String> weekend = send("PATCH", path, PLANNER, "{\"date\": \"2026-03-14\"}");
        HttpResponse<String> doubleBooking = send("PATCH", path, PLANNER, "{\"date\": \"2026-03-17\"}");
        HttpResponse<String> otherLycee = send("PATCH", path, PLANNER, "{\"uai\": \"0750654D\"}");
        HttpResponse<String> notJson = send("PATCH", path, PLANNER, "{date");
        HttpResponse<String> byTechnician = send("PATCH", path, TECHNICIAN, "{\"date\": \"2026-03-18\"}");
        HttpResponse<String> unknown = send("PATCH", "/api/visits/999999", PLANNER, "{\"date\": \"2026-03-18\"}");

        assertStatus(weekend, 400);
        assertThat(json(weekend).path("errors").get(0).path("message").asText())
                .isEqualTo("Le samedi 14 mars 2026 n'est pas un jour ouvré des lycées (week-end).");
        assertThat(json(weekend).path("errors").get(0).has("line")).isFalse();
        assertStatus(doubleBooking, 400);
        assertThat(json(doubleBooking).path("detail").asText()).startsWith("Le technicien « tech-change » a déjà un"
                + " passage publié le mardi 17 mars 2026 (matin");
        assertStatus(otherLycee, 400);
        assertThat(json(otherLycee).path("detail").asText()).isEqualTo("Un passage ne change pas de lycée : annulez-le,"
                + " puis ajoutez un passage au lycée voulu. Rien n'a été enregistré.");
        assertStatus(notJson, 400);
        assertThat(json(notJson).path("title").asText()).isEqualTo("Requête invalide");
        assertStatus(byTechnician, 403);
        assertStatus(unknown, 404);
        assertThat(json(unknown).path("title").asText()).isEqualTo("Passage introuvable");
        assertThat(visitChanges.find(visit.getId()).orElseThrow().getIcalSequence()).isZero();
    }

    /** Publishes a planning of one visit at Chaptal, sends its mail, and empties the mailbox. */
    private Visit publish(String date, String slot) {
        Planning planning = plannings.upload(PlanningPublicationIT.csv(date + "," + CHAPTAL + "," + TECHNICIAN + ","
                + slot + ",,"), "ajout.csv", PLANNER, null);
        runJobs(planning.getProcessInstanceId());
        mailbox.purge();
        return plannings.visitsOf(planning.getId()).get(0);
    }

    private ReceivedMail onlyMail() {
        List<ReceivedMail> mails = mailsTo(CORRESPONDENT_MAIL);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static VEvent onlyEvent(Attachment attachment) {
        List<VEvent> events = attachment.calendar().getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static Instant start(VEvent event) {
        return ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toInstant();
    }
}
