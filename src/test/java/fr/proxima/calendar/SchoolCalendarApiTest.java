package fr.proxima.calendar;

import static fr.proxima.calendar.SchoolCalendarIcsReaderTest.RENTREE_2025;
import static fr.proxima.calendar.SchoolCalendarIcsReaderTest.calendar;
import static fr.proxima.calendar.SchoolCalendarIcsReaderTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.proxima.security.Groups;
import fr.proxima.testing.ApiCaller;
import fr.proxima.testing.ProximaApplicationTest;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The school calendar import route on the whole application, with the shipped calendar loaded at startup. */
@ProximaApplicationTest
@Transactional
class SchoolCalendarApiTest {

    static final String PLANNER = "planificateur-calendrier";

    static final String ADMINISTRATOR = "admin-calendrier";

    static final String TECHNICIAN = "technicien-calendrier";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiCaller caller;

    @Autowired
    IdentityService identityService;

    @Autowired
    SchoolCalendarPeriodRepository repository;

    /** Creates the users and groups, which the test transaction removes afterwards. */
    @BeforeEach
    void createUsers() {
        createUser(PLANNER, Groups.PLANNERS);
        createUser(ADMINISTRATOR, Groups.ADMINISTRATORS);
        createUser(TECHNICIAN, Groups.TECHNICIANS);
    }

    @AfterEach
    void signOut() {
        caller.signOut();
    }

    private void createUser(String userId, String groupId) {
        identityService.saveUser(identityService.newUser(userId));
        if (identityService.createGroupQuery().groupId(groupId).singleResult() == null) {
            identityService.saveGroup(identityService.newGroup(groupId));
        }
        identityService.createMembership(userId, groupId);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
        return multipart("/api/calendar/import")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
    }

    private LocalDate resumeDay(String schoolYear, String label) {
        return repository.findBySchoolYear(schoolYear).stream()
                .filter(period -> period.getLabel().equals(label))
                .findFirst()
                .orElseThrow()
                .getResumeDay();
    }

    @Test
    void anonymousCallerGets401() throws Exception {
        mvc.perform(upload("zone-c.ics", SchoolCalendarIcsReaderTest.testFile()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void technicianGets403() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(upload("zone-c.ics", SchoolCalendarIcsReaderTest.testFile()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.detail").value(
                        "Seuls les planificateurs et les administrateurs peuvent importer le calendrier scolaire."));
    }

    @Test
    void plannerImportsTheICalendarFile() throws Exception {
        caller.signIn(PLANNER);

        mvc.perform(upload("Zone-C.ICS", SchoolCalendarIcsReaderTest.testFile()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.schoolYears", hasSize(2)))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.deleted").value(0))
                .andExpect(jsonPath("$.errors", hasSize(0)));

        assertThat(repository.count()).isEqualTo(14);
    }

    @Test
    void administratorImportsTheCsvFile() throws Exception {
        caller.signIn(ADMINISTRATOR);

        mvc.perform(upload("calendrier.csv", CalendarDataLoader.readShippedFile()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.unchanged").value(14))
                .andExpect(jsonPath("$.summary").value("Calendrier scolaire 2025-2026, 2026-2027 importé :"
                        + " 0 période créée, 0 mise à jour, 14 inchangées, 0 supprimée."));
    }

    @Test
    void formatWithoutExtensionFollowsTheContent() throws Exception {
        caller.signIn(PLANNER);
        byte[] content = calendar(RENTREE_2025,
                event("Vacances de la Toussaint - Zone C", "DTSTART;VALUE=DATE:20251018", "DTEND;VALUE=DATE:20251104"));

        mvc.perform(upload("calendrier", content))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.schoolYears[0]").value("2025-2026"));

        assertThat(resumeDay("2025-2026", "Toussaint")).isEqualTo(LocalDate.of(2025, 11, 4));
    }

    @Test
    void rejectedFileGets400WithEveryError() throws Exception {
        caller.signIn(PLANNER);
        byte[] content = calendar(RENTREE_2025,
                event("Vacances de la Toussaint", "DTSTART;VALUE=DATE:20251018", "DTEND;VALUE=DATE:20251105"),
                event("Vacances de Noël", "DTSTART:20251220T080000Z", "DTEND;VALUE=DATE:20260105"),
                event("Vacances d'Hiver", "DTSTART;VALUE=DATE:20260309", "DTEND;VALUE=DATE:20260221"));

        mvc.perform(upload("zone-c.ics", content))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Fichier refusé"))
                .andExpect(jsonPath("$.detail").value(
                        "Import refusé : 2 erreurs. Le calendrier scolaire n'a pas été modifié."))
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].line").value(17))
                .andExpect(jsonPath("$.errors[0].message").value("événement n° 3 « Vacances de Noël » : DTSTART"
                        + " « 20251220T080000Z » est une date avec heure ; un événement sur la journée entière est"
                        + " attendu, par exemple DTSTART;VALUE=DATE:20251018"))
                .andExpect(jsonPath("$.errors[1].line").value(24))
                .andExpect(jsonPath("$.errors[1].message").value("événement n° 4 « Vacances d'Hiver » : la fin DTEND"
                        + " 2026-02-21 doit suivre le début DTSTART 2026-03-09 (DTEND est le jour de reprise des"
                        + " cours, exclu de la période)"));

        assertThat(resumeDay("2025-2026", "Toussaint")).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void csvNamedIcsIsRejectedAsNotICalendar() throws Exception {
        caller.signIn(ADMINISTRATOR);

        mvc.perform(upload("calendrier.ics", CalendarDataLoader.readShippedFile()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "ce n'est pas un fichier iCalendar")));
    }

    @Test
    void missingFileGets400() throws Exception {
        caller.signIn(PLANNER);

        mvc.perform(multipart("/api/calendar/import"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Fichier manquant"));
    }
}
