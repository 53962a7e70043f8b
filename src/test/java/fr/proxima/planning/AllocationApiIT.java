package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/schools/{uai}/allocation} with the default counting choices: whole blocks, the
 * fortnights of the school calendar (36 school weeks in 2025-2026, so 18), 7 h a day.
 */
class AllocationApiIT extends PlanningIntegrationTest {

    static final String JACQUES_DECOUR = "0750668U";
    static final String JULES_FERRY = "0750669V";
    static final String PLANNER = "planif-dotation";
    static final String TECHNICIAN = "tech-dotation";
    static final String FERRY_CORRESPONDENT = "corr-ferry";

    @Autowired
    PlanningService plannings;

    @Autowired
    VisitChangeService visitChanges;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void createUsers() {
        createPlanner(PLANNER);
        createTechnician(TECHNICIAN, "Yann", "Le Goff", JULES_FERRY, JACQUES_DECOUR);
        createCorrespondent(FERRY_CORRESPONDENT, "corr-ferry@lycee.example", JULES_FERRY);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0} workstations, estimate {1}: {2} blocks, {3} h")
    @CsvSource({
        "0, false, 0, 0",
        "1, false, 1, 31.5",
        "99, false, 1, 31.5",
        "100, false, 1, 31.5",
        "101, false, 2, 63",
        "250, false, 3, 94.5",
        "1000, false, 10, 315",
        "250, true, 3, 94.5"
    })
    void allocationFollowsWorkstations(int workstations, boolean estimated, double blocks, double hours)
            throws Exception {
        setWorkstations(JACQUES_DECOUR, workstations, estimated);

        HttpResponse<String> response = get("/api/schools/" + JACQUES_DECOUR + "/allocation?schoolYear=2025-2026",
                PLANNER);

        assertStatus(response, 200);
        JsonNode report = json(response);
        assertThat(report.path("workstations").asInt()).isEqualTo(workstations);
        assertThat(report.path("workstationsEstimated").asBoolean()).isEqualTo(estimated);
        assertThat(report.path("rules").path("blocks").asDouble()).isEqualTo(blocks);
        assertThat(report.path("allocationHours").asDouble()).isEqualTo(hours);
        assertThat(report.path("labels").path("workstations").asText())
                .isEqualTo(workstations + " postes de travail" + (estimated ? " (estimation à partir de l'effectif)" : ""));
    }

    @Test
    void reportStatesTheRulesUsed() throws Exception {
        setWorkstations(JACQUES_DECOUR, 250, false);

        JsonNode report = json(get("/api/schools/" + JACQUES_DECOUR + "/allocation?schoolYear=2025-2026", PLANNER));

        JsonNode rules = report.path("rules");
        assertThat(report.path("schoolYear").asText()).isEqualTo("2025-2026");
        assertThat(report.path("schoolName").asText()).isEqualTo("LYCEE GENERAL JACQUES DECOUR");
        assertThat(rules.path("blockSize").asInt()).isEqualTo(100);
        assertThat(rules.path("blockCounting").asText()).isEqualTo("WHOLE");
        assertThat(rules.path("blockCountingLabel").asText())
                .isEqualTo("toute tranche de 100 postes commencée compte entière");
        assertThat(rules.path("daysPerFortnightPerBlock").asDouble()).isEqualTo(0.25);
        assertThat(rules.path("schoolWeeks").asInt()).isEqualTo(36);
        assertThat(rules.path("fortnights").asInt()).isEqualTo(18);
        assertThat(rules.path("fortnightsSource").asText()).isEqualTo("CALENDAR");
        assertThat(rules.path("hoursPerDay").asDouble()).isEqualTo(7.0);
        assertThat(report.path("labels").path("allocationHours").asText()).isEqualTo("Dotation horaire de l'année");
        assertThat(report.path("summary").asText()).isEqualTo("Dotation 2025-2026 du lycée LYCEE GENERAL JACQUES"
                + " DECOUR (0750668U) : 94,5 h = 3 tranches de 100 postes × 0,25 jour × 18 quinzaines × 7 h. Planifié :"
                + " 0 h ; consommé : 0 h ; reste à planifier : 94,5 h.");
    }

    @Test
    void plannedAndConsumedHoursOfTheYear() throws Exception {
        setWorkstations(JULES_FERRY, 250, false);
        Planning march = upload("2026-03-10," + JULES_FERRY + "," + TECHNICIAN + ",matin,,",
                "2026-03-11," + JULES_FERRY + "," + TECHNICIAN + ",journée,,",
                "2026-03-12," + JULES_FERRY + "," + TECHNICIAN + ",après-midi,,");
        upload("2026-10-02," + JULES_FERRY + "," + TECHNICIAN + ",matin,,");
        Visit cancelled = plannings.visitsOf(march.getId()).get(2);
        visitChanges.cancel(cancelled.getId(), null, PLANNER);
        Visit done = plannings.visitsOf(march.getId()).get(0);
        // The on-site visit feature records the minutes spent; it fills the column directly here.
        jdbc.update("UPDATE visit SET consumed_minutes = 200, status = 'DONE' WHERE id = ?", done.getId());

        JsonNode report = json(get("/api/schools/" + JULES_FERRY + "/allocation?schoolYear=2025-2026",
                FERRY_CORRESPONDENT));
        JsonNode nextYear = json(get("/api/schools/" + JULES_FERRY + "/allocation?schoolYear=2026-2027",
                FERRY_CORRESPONDENT));

        assertThat(report.path("allocationHours").asDouble()).isEqualTo(94.5);
        assertThat(report.path("plannedHours").asDouble()).isEqualTo(10.5);
        assertThat(report.path("consumedHours").asDouble()).isEqualTo(3.33);
        assertThat(report.path("unplannedHours").asDouble()).isEqualTo(84.0);
        assertThat(report.path("remainingHours").asDouble()).isEqualTo(91.17);
        assertThat(report.path("summary").asText()).endsWith("Planifié : 10,5 h ; consommé : 3,33 h ; reste à"
                + " planifier : 84 h.");
        assertThat(nextYear.path("plannedHours").asDouble()).isEqualTo(3.5);
        assertThat(nextYear.path("consumedHours").asDouble()).isZero();
    }

    @Test
    void schoolYearDefaultsToTheCurrentOne() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T09:00:00Z")));

        JsonNode report = json(get("/api/schools/" + JULES_FERRY + "/allocation", PLANNER));

        assertThat(report.path("schoolYear").asText()).isEqualTo("2026-2027");
    }

    @Test
    void otherLyceeLooksUnknown() throws Exception {
        HttpResponse<String> other = get("/api/schools/" + JACQUES_DECOUR + "/allocation", FERRY_CORRESPONDENT);
        HttpResponse<String> unknown = get("/api/schools/0759999A/allocation", PLANNER);
        HttpResponse<String> technician = get("/api/schools/" + JACQUES_DECOUR + "/allocation?schoolYear=2025-2026",
                TECHNICIAN);

        assertStatus(other, 404);
        assertThat(json(other).path("title").asText()).isEqualTo("Lycée introuvable");
        assertThat(json(other).path("detail").asText())
                .isEqualTo("Aucun lycée accessible ne porte l'UAI « " + JACQUES_DECOUR + " ».");
        assertStatus(unknown, 404);
        assertStatus(technician, 200);
    }

    @Test
    void invalidOrUncoveredSchoolYearRejected() throws Exception {
        HttpResponse<String> invalid = get("/api/schools/" + JULES_FERRY + "/allocation?schoolYear=2025", PLANNER);
        HttpResponse<String> uncovered = get("/api/schools/" + JULES_FERRY + "/allocation?schoolYear=2027-2028",
                PLANNER);

        assertStatus(invalid, 400);
        assertThat(json(invalid).path("detail").asText()).isEqualTo("Le paramètre « schoolYear » vaut « 2025 » : une"
                + " année scolaire AAAA-AAAA est attendue, par exemple 2025-2026.");
        assertStatus(uncovered, 400);
        assertThat(json(uncovered).path("title").asText()).isEqualTo("Calendrier scolaire manquant");
        assertThat(json(uncovered).path("detail").asText())
                .startsWith("Aucun calendrier scolaire n'est importé pour l'année 2027-2028");
    }

    private Planning upload(String... lines) {
        return plannings.upload(PlanningPublicationIT.csv(lines), "dotation.csv", PLANNER, null);
    }
}
