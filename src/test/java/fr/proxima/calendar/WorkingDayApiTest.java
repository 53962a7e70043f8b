package fr.proxima.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.proxima.testing.ProximaApplicationTest;
import fr.proxima.testing.TestCurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The working-day endpoint on the whole application, with the shipped calendar loaded at startup. */
@ProximaApplicationTest
class WorkingDayApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCurrentUser currentUser;

    @Autowired
    SchoolCalendarPeriodRepository repository;

    @BeforeEach
    void signIn() {
        // Any authenticated user may call the endpoint, even one without a group.
        currentUser.signIn("utilisateur-quelconque");
    }

    @AfterEach
    void signOut() {
        currentUser.signOut();
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
        currentUser.signOut();

        mvc.perform(get("/api/calendar/working-days").param("from", "2026-05-11").param("to", "2026-05-22"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Authentification requise"));
    }

    @Test
    void missingDateIsRejected() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("to", "2026-05-22"))
                .andExpect(status().isBadRequest())
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
