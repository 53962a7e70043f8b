package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The iCalendar feeds: each user reads only what they may see, with HTTP Basic or a personal token. */
class FeedAccessIT extends PlanningIntegrationTest {

    static final String RACINE = "0750664P";
    static final String CONDORCET = "0750667T";
    static final String PLANNER = "planif-feed";
    static final String TECHNICIAN = "tech-feed";
    static final String OTHER_TECHNICIAN = "tech-feed-2";
    static final String RACINE_CORRESPONDENT = "corr-racine";

    @Autowired
    PlanningService plannings;

    @Autowired
    VisitChangeService visitChanges;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        // The feeds keep a year of past visits: the tests read them as on 4 December 2026.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T09:00:00Z")));
        createPlanner(PLANNER);
        createTechnician(TECHNICIAN, "Hugo", "Perrin", RACINE, CONDORCET);
        createTechnician(OTHER_TECHNICIAN, "Emma", "Blanc", CONDORCET);
        createCorrespondent(RACINE_CORRESPONDENT, "corr-racine@lycee.example", RACINE);
        createCorrespondent("corr-condorcet", "corr-condorcet@lycee.example", CONDORCET);
        if (plannings.list().stream().noneMatch(planning -> planning.getUploadedBy().equals(PLANNER))) {
            upload("2026-10-16," + RACINE + "," + TECHNICIAN + ",matin,,");
            upload("2026-11-02," + RACINE + "," + TECHNICIAN + ",matin,,",
                    "2026-11-03," + CONDORCET + "," + TECHNICIAN + ",journée,,",
                    "2026-11-04," + CONDORCET + "," + OTHER_TECHNICIAN + ",après-midi,,");
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void correspondentReadsOwnLyceeFeed() throws Exception {
        HttpResponse<String> response = get("/api/feeds/schools/" + RACINE + ".ics", RACINE_CORRESPONDENT);

        assertStatus(response, 200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("private"));
        Calendar calendar = parse(response.body());
        assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
        assertThat(calendar.getProperty("X-WR-CALNAME")).hasValueSatisfying(name -> assertThat(name.getValue())
                .isEqualTo("Passages du technicien – LYCEE GENERAL ET TECHNOLOGIQUE RACINE"));
        assertThat(starts(calendar)).containsExactly(
                Instant.parse("2026-10-16T06:30:00Z"), Instant.parse("2026-11-02T07:30:00Z"));
    }

    @Test
    void otherLyceeFeedLooksUnknown() throws Exception {
        HttpResponse<String> other = get("/api/feeds/schools/" + CONDORCET + ".ics", RACINE_CORRESPONDENT);
        HttpResponse<String> unknown = get("/api/feeds/schools/0759999A.ics", RACINE_CORRESPONDENT);
        HttpResponse<String> technician = get("/api/feeds/technicians/" + TECHNICIAN + ".ics", RACINE_CORRESPONDENT);

        assertStatus(other, 404);
        assertThat(json(other).path("title").asText()).isEqualTo("Agenda introuvable");
        assertThat(other.body()).doesNotContain("BEGIN:VCALENDAR");
        assertStatus(unknown, 404);
        assertStatus(technician, 404);
    }

    @Test
    void technicianReadsOwnFeedAndServedLycees() throws Exception {
        HttpResponse<String> own = get("/api/feeds/technicians/" + TECHNICIAN + ".ics", TECHNICIAN);
        HttpResponse<String> served = get("/api/feeds/schools/" + CONDORCET + ".ics", TECHNICIAN);
        HttpResponse<String> colleague = get("/api/feeds/technicians/" + TECHNICIAN + ".ics", OTHER_TECHNICIAN);
        HttpResponse<String> notServed = get("/api/feeds/schools/" + RACINE + ".ics", OTHER_TECHNICIAN);

        assertStatus(own, 200);
        // Across the clock change of 25 October 2026: 08:30 in Paris is 06:30 UTC before it, 07:30 UTC after.
        assertThat(starts(parse(own.body()))).containsExactly(Instant.parse("2026-10-16T06:30:00Z"),
                Instant.parse("2026-11-02T07:30:00Z"), Instant.parse("2026-11-03T07:30:00Z"));
        assertThat(parse(own.body()).<VEvent>getComponents(Component.VEVENT)).extracting(
                event -> event.getProperty(Property.SUMMARY).orElseThrow().getValue()).containsExactly(
                "Passage au lycée LYCEE GENERAL ET TECHNOLOGIQUE RACINE",
                "Passage au lycée LYCEE GENERAL ET TECHNOLOGIQUE RACINE",
                "Passage au lycée LYCEE GENERAL CONDORCET");
        assertStatus(served, 200);
        assertThat(starts(parse(served.body()))).hasSize(2);
        assertStatus(colleague, 404);
        assertStatus(notServed, 404);
    }

    @Test
    void plannerReadsEveryFeed() throws Exception {
        assertStatus(get("/api/feeds/schools/" + RACINE + ".ics", PLANNER), 200);
        assertStatus(get("/api/feeds/technicians/" + OTHER_TECHNICIAN + ".ics", PLANNER), 200);
        assertStatus(get("/api/feeds/technicians/inconnu.ics", PLANNER), 404);
    }

    @Test
    void anonymousRequestIsRejected() throws Exception {
        HttpResponse<String> response = get("/api/feeds/schools/" + RACINE + ".ics", null);

        assertStatus(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Proxima\"");
    }

    @Test
    void tokenOpensTheOwnerFeedsOnly() throws Exception {
        HttpResponse<String> created = send("POST", "/api/feeds/token", RACINE_CORRESPONDENT, null);
        String token = json(created).path("token").asText();

        HttpResponse<String> own = anonymous("/api/feeds/schools/" + RACINE + ".ics?token=" + encode(token));
        HttpResponse<String> other = anonymous("/api/feeds/schools/" + CONDORCET + ".ics?token=" + encode(token));
        HttpResponse<String> wrong = anonymous("/api/feeds/schools/" + RACINE + ".ics?token=faux");
        HttpResponse<String> otherApi = anonymous("/api/plannings?token=" + encode(token));

        assertStatus(created, 201);
        assertThat(token).hasSize(43);
        assertThat(json(created).path("feeds").findValuesAsText("url")).containsExactly(
                "http://localhost:8080/api/feeds/schools/" + RACINE + ".ics?token=" + encode(token));
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertStatus(own, 200);
        assertThat(starts(parse(own.body()))).hasSize(2);
        assertStatus(other, 404);
        assertStatus(wrong, 401);
        assertThat(json(wrong).path("title").asText()).isEqualTo("Jeton invalide");
        assertStatus(otherApi, 401);
    }

    @Test
    void rotatedOrRevokedTokenStopsWorking() throws Exception {
        String first = json(send("POST", "/api/feeds/token", TECHNICIAN, null)).path("token").asText();
        String second = json(send("POST", "/api/feeds/token", TECHNICIAN, null)).path("token").asText();
        String feed = "/api/feeds/technicians/" + TECHNICIAN + ".ics?token=";

        assertStatus(anonymous(feed + encode(first)), 401);
        assertStatus(anonymous(feed + encode(second)), 200);

        assertStatus(send("DELETE", "/api/feeds/token", TECHNICIAN, null), 204);
        assertStatus(anonymous(feed + encode(second)), 401);
    }

    @Test
    void tokenIsStoredAsItsHashOnly() throws Exception {
        String token = json(send("POST", "/api/feeds/token", "corr-condorcet", null)).path("token").asText();

        String stored = jdbc.queryForObject("SELECT token_hash FROM feed_token WHERE user_id = ?", String.class,
                "corr-condorcet");

        assertThat(stored).isNotEqualTo(token).isEqualTo(FeedTokenService.hash(token)).hasSize(64);
    }

    @Test
    void feedListNamesTheUserFeeds() throws Exception {
        JsonNode technician = json(get("/api/feeds", TECHNICIAN));
        JsonNode correspondent = json(get("/api/feeds", RACINE_CORRESPONDENT));

        assertThat(technician.path("feeds").findValuesAsText("name")).containsExactly("Mes passages",
                "Passages au lycée LYCEE GENERAL ET TECHNOLOGIQUE RACINE", "Passages au lycée LYCEE GENERAL CONDORCET");
        assertThat(technician.path("allFeeds").asBoolean()).isFalse();
        assertThat(correspondent.path("feeds").findValuesAsText("url")).containsExactly(
                "http://localhost:8080/api/feeds/schools/" + RACINE + ".ics");
        assertThat(json(get("/api/feeds", PLANNER)).path("allFeeds").asBoolean()).isTrue();
    }

    @Test
    void cancelledVisitLeavesTheFeed() throws Exception {
        Planning planning = upload("2026-11-05," + CONDORCET + "," + OTHER_TECHNICIAN + ",matin,,");
        Visit visit = plannings.visitsOf(planning.getId()).get(0);
        String uid = visit.getIcalUid() + "@proxima";
        assertThat(get("/api/feeds/technicians/" + OTHER_TECHNICIAN + ".ics", OTHER_TECHNICIAN).body()).contains(uid);

        visitChanges.cancel(visit.getId(), null, PLANNER);

        assertThat(get("/api/feeds/technicians/" + OTHER_TECHNICIAN + ".ics", OTHER_TECHNICIAN).body())
                .doesNotContain(uid);
    }

    private Planning upload(String... lines) {
        return plannings.upload(PlanningPublicationIT.csv(lines), "flux.csv", PLANNER, null);
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static List<Instant> starts(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toInstant())
                .sorted()
                .toList();
    }
}
