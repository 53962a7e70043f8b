package fr.proxima.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.proxima.testing.ApiCaller;
import fr.proxima.testing.ProximaApplicationTest;
import fr.proxima.web.ApiProblems;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The working-day endpoint on the whole application, with the shipped calendar loaded at startup. */
@ProximaApplicationTest
class WorkingDayApiTest {

    /** A user without any group: any authenticated user may call the endpoint. */
    static final String ANY_USER = "utilisateur-quelconque";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiCaller caller;

    @Autowired
    IdentityService identityService;

    @Autowired
    SchoolCalendarPeriodRepository repository;

    @BeforeEach
    void signIn() {
        // The classes of this annotation share one context, so the user may exist already.
        if (identityService.createUserQuery().userId(ANY_USER).count() == 0) {
            identityService.saveUser(identityService.newUser(ANY_USER));
        }
        caller.signIn(ANY_USER);
    }

    @AfterEach
    void signOut() {
        caller.signOut();
    }

    @Test
    void shippedCalendarIsLoadedAtStartup() {
        assertThat(repository.count()).isEqualTo(14);
    }

    @Test
    void returnsTheWorkingDaysAsIsoDates() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-05-11").param("to", "2026-05-22"))
                .andExpect(status().isOk())
                .andExpect(content().json("[\"2026-05-11\",\"2026-05-12\",\"2026-05-13\",\"2026-05-18\","
                        + "\"2026-05-19\",\"2026-05-20\",\"2026-05-21\",\"2026-05-22\"]", true));
    }

    @Test
    void rangeOf400DaysIsAccepted() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2025-09-01").param("to", "2026-10-05"))
                .andExpect(status().isOk());
    }

    @Test
    void anonymousCallerGets401() throws Exception {
        caller.signOut();

        mvc.perform(get("/api/calendar/working-days").param("from", "2026-05-11").param("to", "2026-05-22"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Proxima\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.detail").value(ApiProblems.authenticationRequired().getDetail()));
    }

    @Test
    void missingDateIsRejected() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("to", "2026-05-22"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.detail").value("Le paramètre « from » est obligatoire : une date AAAA-MM-JJ est"
                        + " attendue, par exemple 2026-05-04."));
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-05-11"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Le paramètre « to » est obligatoire : une date AAAA-MM-JJ est"
                        + " attendue, par exemple 2026-05-04."));
    }

    @Test
    void invalidDateIsRejected() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-02-30").param("to", "2026-05-22"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Le paramètre « from » vaut « 2026-02-30 », qui n'est pas une date"
                        + " valide : une date AAAA-MM-JJ est attendue, par exemple 2026-05-04."));
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-05-11").param("to", "22/05/2026"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void reversedRangeIsRejected() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-05-22").param("to", "2026-05-11"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "La date de début 2026-05-22 (from) est postérieure à la date de fin 2026-05-11 (to)."));
    }

    @Test
    void rangeOver400DaysIsRejected() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2025-09-01").param("to", "2026-10-06"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "La période demandée couvre 401 jours : 400 jours au plus ; découpez-la en plusieurs demandes."));
    }

    @Test
    void rangeWithoutCalendarIsRejected() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2027-08-30").param("to", "2027-09-03"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Calendrier scolaire manquant"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Aucun calendrier scolaire n'est importé pour l'année 2027-2028")));
    }

    @Test
    void singleDayRange() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-05-15").param("to", "2026-05-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }
}
