package fr.proxima.school;

import static fr.proxima.school.SchoolFileReaderTest.HEADER;
import static fr.proxima.school.SchoolFileReaderTest.HENRI_IV;
import static fr.proxima.school.SchoolFileReaderTest.VILLON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.proxima.security.Groups;
import fr.proxima.testing.ApiCaller;
import fr.proxima.testing.ProximaApplicationTest;
import fr.proxima.web.ApiProblems;
import java.nio.charset.StandardCharsets;
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

/** The lycée API on the whole application, with the shipped list loaded at startup. */
@ProximaApplicationTest
@Transactional
class SchoolApiTest {

    static final String ADMINISTRATOR = "admin-lycees";

    static final String CORRESPONDENT = "correspondant-henri4";

    static final String TECHNICIAN = "technicien-villon";

    static final String OUTSIDER = "sans-lycee";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiCaller caller;

    @Autowired
    IdentityService identityService;

    @Autowired
    SchoolRepository repository;

    /** Creates the users and groups, which the test transaction removes afterwards. */
    @BeforeEach
    void createUsers() {
        createUser(ADMINISTRATOR, Groups.ADMINISTRATORS);
        createUser(CORRESPONDENT, Groups.correspondentsOf("0750654D"));
        createUser(TECHNICIAN, Groups.techniciansOf("0780422K"));
        createUser(OUTSIDER, null);
    }

    @AfterEach
    void signOut() {
        caller.signOut();
    }

    private void createUser(String userId, String groupId) {
        identityService.saveUser(identityService.newUser(userId));
        if (groupId != null) {
            if (identityService.createGroupQuery().groupId(groupId).singleResult() == null) {
                identityService.saveGroup(identityService.newGroup(groupId));
            }
            identityService.createMembership(userId, groupId);
        }
    }

    private static MockMultipartHttpServletRequestBuilder upload(String... lines) {
        byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return multipart("/api/schools/import").file(new MockMultipartFile("file", "lycees.csv", "text/csv", content));
    }

    @Test
    void shippedListIsLoadedAtStartup() {
        assertThat(repository.count()).isEqualTo(452);
        School henriIv = repository.findById("0750654D").orElseThrow();
        assertThat(henriIv.getName()).isEqualTo("LYCEE GENERAL HENRI IV");
        assertThat(henriIv.isWorkstationsEstimated()).isTrue();
    }

    @Test
    void anonymousCallerGets401() throws Exception {
        mvc.perform(get("/api/schools"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Proxima\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.detail").value(ApiProblems.authenticationRequired().getDetail()));
        mvc.perform(get("/api/schools/0750654D")).andExpect(status().isUnauthorized());
        mvc.perform(upload(HEADER, HENRI_IV)).andExpect(status().isUnauthorized());
    }

    @Test
    void administratorListsEveryLycee() throws Exception {
        caller.signIn(ADMINISTRATOR);

        mvc.perform(get("/api/schools"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(452)))
                .andExpect(jsonPath("$[?(@.uai == '0750654D')].name").value("LYCEE GENERAL HENRI IV"))
                .andExpect(jsonPath("$[?(@.uai == '0750654D')].workstations").value(272))
                .andExpect(jsonPath("$[?(@.uai == '0750654D')].workstationsEstimated").value(true));
    }

    @Test
    void correspondentListsOnlyTheirLycee() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(get("/api/schools"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].uai").value("0750654D"))
                .andExpect(jsonPath("$[0].name").value("LYCEE GENERAL HENRI IV"))
                .andExpect(jsonPath("$[0].town").value("PARIS 5E ARRONDISSEMENT"))
                .andExpect(jsonPath("$[0].academie").value("Paris"))
                .andExpect(jsonPath("$[0].workstations").value(272))
                .andExpect(jsonPath("$[0].workstationsEstimated").value(true));
    }

    @Test
    void technicianListsTheLyceesServed() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(get("/api/schools"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].uai").value("0780422K"));
    }

    @Test
    void userWithoutLyceeListsNothing() throws Exception {
        caller.signIn(OUTSIDER);

        mvc.perform(get("/api/schools")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void readableLyceeIsReturned() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(get("/api/schools/0750654d"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uai").value("0750654D"))
                .andExpect(jsonPath("$.academie").value("Paris"));
    }

    @Test
    void unreadableLyceeLooksUnknown() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(get("/api/schools/0780422K"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Lycée introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucun lycée accessible ne porte l'UAI « 0780422K »."));
        mvc.perform(get("/api/schools/0780423L"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Lycée introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucun lycée accessible ne porte l'UAI « 0780423L »."));
    }

    @Test
    void nonAdministratorCannotImport() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(upload(HEADER, HENRI_IV))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.detail").value("Seuls les administrateurs peuvent importer la liste des lycées."));
    }

    @Test
    void administratorImportsTheRegionFile() throws Exception {
        caller.signIn(ADMINISTRATOR);

        mvc.perform(upload(HEADER + ",postes", HENRI_IV + ",180", VILLON + ","))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.summary").value(
                        "Import effectué : 0 lycée créé, 1 mis à jour, 1 inchangé ; 0 lycée privé ignoré ; 0 ligne rejetée."));

        assertThat(repository.findById("0750654D").orElseThrow().getWorkstations()).isEqualTo(180);
    }

    @Test
    void importedLyceeGetsItsGroups() throws Exception {
        caller.signIn(ADMINISTRATOR);
        String newLycee = "0759999L,LYCEE DE TEST,PARIS 13E ARRONDISSEMENT,75113,075,Paris,public,LP,300,2022-2023";

        mvc.perform(upload(HEADER, newLycee))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));

        // Correspondents and technicians can be added to the lycée at once, without a restart.
        assertThat(identityService.createGroupQuery().groupId(Groups.correspondentsOf("0759999L")).count()).isEqualTo(1);
        assertThat(identityService.createGroupQuery().groupId(Groups.techniciansOf("0759999L")).count()).isEqualTo(1);
    }

    @Test
    void fileWithErrorsIsRejectedWith400() throws Exception {
        caller.signIn(ADMINISTRATOR);

        mvc.perform(upload(HEADER, HENRI_IV.replace("814", "-1"), VILLON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Fichier refusé"))
                .andExpect(jsonPath("$.detail").value(startsWith("Import refusé : 1 ligne en erreur.")))
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("effectif négatif (colonne effectif_total) : « -1 »"))
                .andExpect(jsonPath("$.summary").value(startsWith("Import refusé : 1 ligne en erreur.")));

        assertThat(repository.findById("0750654D").orElseThrow().getPupilCount()).isEqualTo(814);
    }

    @Test
    void skipInvalidImportsTheValidRows() throws Exception {
        caller.signIn(ADMINISTRATOR);

        mvc.perform(upload(HEADER, HENRI_IV.replace("814", "-1"), VILLON.replace("1192", "1200"))
                        .param("skipInvalid", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(2));

        assertThat(repository.findById("0780422K").orElseThrow().getPupilCount()).isEqualTo(1200);
    }

    @Test
    void importWithoutFileIsRejected() throws Exception {
        caller.signIn(ADMINISTRATOR);

        mvc.perform(multipart("/api/schools/import"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Fichier manquant"))
                .andExpect(jsonPath("$.detail")
                        .value("Joignez le fichier CSV des lycées dans le champ « file » (multipart/form-data)."));
    }

    @Test
    void invalidSkipFlagIsRejected() throws Exception {
        caller.signIn(ADMINISTRATOR);

        mvc.perform(upload(HEADER, HENRI_IV).param("skipInvalid", "oui"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Le paramètre skipInvalid vaut « oui » : true ou false attendu."));
    }
}
