package fr.proxima.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.proxima.security.Groups;
import fr.proxima.testing.ApiCaller;
import fr.proxima.testing.ProximaApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The inventory API on the whole application, with two items of Victor-Duruy imported by each test. */
@ProximaApplicationTest
@Transactional
class InventoryApiTest {

    static final String DURUY = InventoryImportTest.DURUY;

    static final String CHAPTAL = InventoryImportTest.CHAPTAL;

    static final String TECHNICIAN = "tech-inv-duruy";

    static final String CORRESPONDENT = "corr-inv-duruy";

    static final String OTHER_CORRESPONDENT = "corr-inv-chaptal";

    static final String OTHER_TECHNICIAN = "tech-inv-chaptal";

    static final String ADMIN = "admin-inv";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiCaller caller;

    @Autowired
    IdentityService identityService;

    @Autowired
    InventoryImporter importer;

    @Autowired
    InventoryService inventory;

    long desktopId;

    long projectorId;

    long chaptalItemId;

    @BeforeEach
    void createUsersAndItems() {
        createUser(TECHNICIAN, Groups.TECHNICIANS, Groups.techniciansOf(DURUY));
        createUser(CORRESPONDENT, Groups.CORRESPONDENTS, Groups.correspondentsOf(DURUY));
        createUser(OTHER_CORRESPONDENT, Groups.CORRESPONDENTS, Groups.correspondentsOf(CHAPTAL));
        createUser(OTHER_TECHNICIAN, Groups.TECHNICIANS, Groups.techniciansOf(CHAPTAL));
        createUser(ADMIN, Groups.ADMINISTRATORS);
        importer.importFile(DURUY, InventoryImportTest.utf8(InventoryImportTest.HEADER, InventoryImportTest.DESKTOP_LINE,
                InventoryImportTest.PROJECTOR_LINE), "duruy.csv", TECHNICIAN);
        importer.importFile(CHAPTAL, InventoryImportTest.utf8(InventoryImportTest.HEADER,
                "CH-1;imprimante;non;administratif;;SN-CH;HP;M404;Secrétariat;;en service"), "chaptal.csv", ADMIN);
        List<Equipment> items = inventory.findBySchool(DURUY);
        desktopId = items.get(0).getId();
        projectorId = items.get(1).getId();
        chaptalItemId = inventory.findBySchool(CHAPTAL).get(0).getId();
    }

    @AfterEach
    void signOut() {
        caller.signOut();
    }

    private void createUser(String userId, String... groupIds) {
        identityService.saveUser(identityService.newUser(userId));
        for (String groupId : groupIds) {
            if (identityService.createGroupQuery().groupId(groupId).singleResult() == null) {
                identityService.saveGroup(identityService.newGroup(groupId));
            }
            identityService.createMembership(userId, groupId);
        }
    }

    private String base() {
        return "/api/schools/" + DURUY + "/equipment";
    }

    @Test
    void correspondentListsAndFilters() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(get(base()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].labelNumber").value("VD-0001"))
                .andExpect(jsonPath("$[0].kindLabel").value("poste fixe"))
                .andExpect(jsonPath("$[0].useLabel").value("pédagogique"))
                .andExpect(jsonPath("$[0].statusLabel").value("en service"))
                .andExpect(jsonPath("$[0].warrantyEnd").value("2027-08-31"))
                .andExpect(jsonPath("$[1].fixedAtHeight").value(true));
        mvc.perform(get(base()).param("kind", "Vidéoprojecteur"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(projectorId));
        mvc.perform(get(base()).param("status", "BROKEN").param("room", "amphithéâtre"))
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get(base()).param("search", "optiplex"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(desktopId));
        mvc.perform(get(base()).param("kind", "tablette"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Filtre invalide"));
    }

    @Test
    void patchWritesHistoryWithContext() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(patch(base() + "/" + desktopId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"room\": \"C03\", \"hostName\": \"VD-C03-01\", \"context\": \"ticket 2026-00012\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.room").value("C03"))
                .andExpect(jsonPath("$.hostName").value("VD-C03-01"))
                .andExpect(jsonPath("$.serialNumber").value("DE123456"));

        mvc.perform(get(base() + "/" + desktopId + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].kindLabel").value("Création"))
                .andExpect(jsonPath("$[1].kind").value("UPDATED"))
                .andExpect(jsonPath("$[1].kindLabel").value("Modification"))
                .andExpect(jsonPath("$[1].authorId").value(TECHNICIAN))
                .andExpect(jsonPath("$[1].context").value("ticket 2026-00012"))
                .andExpect(jsonPath("$[1].summary")
                        .value("Nom de machine : « VD-B12-01 » → « VD-C03-01 »\nSalle : « B12 » → « C03 »"));
    }

    @Test
    void patchWithoutChangeWritesNoHistory() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(patch(base() + "/" + desktopId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"room\": \"B12\", \"context\": \"passage du 12/01/2027\"}"))
                .andExpect(status().isOk());

        assertThat(inventory.history(desktopId)).hasSize(1);
    }

    @Test
    void badPatchNamesEachField() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(patch(base() + "/" + desktopId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"warrantyEnd\": \"30/02/2027\", \"kind\": \"tablette\", \"colour\": \"bleu\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Équipement invalide"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        mvc.perform(patch(base() + "/" + desktopId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"warrantyEnd\": \"30/02/2027\", \"kind\": \"tablette\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[1].field").value("warrantyEnd"))
                .andExpect(jsonPath("$.errors[1].message").value("« fin de garantie » : « 30/02/2027 » n'est pas une"
                        + " date valide (JJ/MM/AAAA, par exemple 31/08/2027)."));
        assertThat(inventory.get(desktopId).getWarrantyEnd()).hasToString("2027-08-31");
    }

    @Test
    void patchRefusesDisposalStatusAndTakenLabel() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(patch(base() + "/" + desktopId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"sorti de l'inventaire\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Équipement non modifiable"));
        mvc.perform(patch(base() + "/" + desktopId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"labelNumber\": \"VD-0002\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Le n° d'étiquette « VD-0002 » est déjà celui d'un autre"
                        + " équipement du lycée : vidéoprojecteur n° VD-0002."));
    }

    @Test
    void patchWithStaleVersionIsRefused() throws Exception {
        caller.signIn(TECHNICIAN);
        long version = inventory.get(desktopId).getVersion();

        mvc.perform(patch(base() + "/" + desktopId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"room\": \"C01\", \"version\": " + (version + 5) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Équipement modifié entre-temps"));
    }

    @Test
    void technicianAddsAnItem() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(post(base()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"labelNumber\": \"VD-0050\", \"kind\": \"PRINTER\", \"use\": \"administratif\","
                                + " \"room\": \"Secrétariat\", \"context\": \"passage du 12/01/2027\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(base() + "/")))
                .andExpect(jsonPath("$.kindLabel").value("imprimante"))
                .andExpect(jsonPath("$.statusLabel").value("en service"));
    }

    @Test
    void correspondentCannotChange() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(patch(base() + "/" + desktopId).contentType(MediaType.APPLICATION_JSON).content("{\"room\": \"X\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Modification refusée"));
        mvc.perform(importRequest(DURUY, InventoryImportTest.utf8(InventoryImportTest.HEADER,
                        InventoryImportTest.LAPTOP_LINE)))
                .andExpect(status().isForbidden());
        mvc.perform(get(base() + "/permissions")).andExpect(jsonPath("$.canWrite").value(false));
    }

    @Test
    void importAndExportThroughApi() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(importRequest(DURUY, InventoryImportTest.utf8(InventoryImportTest.HEADER,
                        InventoryImportTest.DESKTOP_LINE, InventoryImportTest.LAPTOP_LINE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.created").value(1))
                .andExpect(jsonPath("$.report.unchanged").value(1))
                .andExpect(jsonPath("$.summary").value("Fichier « inventaire.csv » (UTF-8) : 2 lignes, 1 équipement"
                        + " ajouté, 0 modifié, 1 inchangé."));
        byte[] exported = mvc.perform(get(base() + "/export"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"inventaire-" + DURUY + "-")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(exported, StandardCharsets.UTF_8).lines()).hasSize(4);
        mvc.perform(importRequest(DURUY, exported))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.unchanged").value(3));
    }

    @Test
    void badFileAnswersEveryError() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(importRequest(DURUY, InventoryImportTest.utf8(InventoryImportTest.HEADER,
                        "VD-0100;tablette;non;pédagogique;;;;;;;", "VD-0101;imprimante;non;pédagogique;;;;;;99/99/2027;")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Fichier d'inventaire refusé"))
                .andExpect(jsonPath("$.detail").value("2 erreurs ont été trouvées : rien n'a été importé. Corrigez-les"
                        + " toutes, puis envoyez de nouveau le fichier."))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("type"))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("fin_garantie"));
        assertThat(inventory.findBySchool(DURUY)).hasSize(2);
    }

    @Test
    void workstationsBesideRegionFigure() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(get(base() + "/workstations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inventory").value(1))
                .andExpect(jsonPath("$.difference").isNumber())
                .andExpect(jsonPath("$.summary").value(org.hamcrest.Matchers.startsWith(
                        "Inventaire : 1 poste de travail (fixes et portables en service ou en panne) ; ")));
        mvc.perform(get("/api/schools/" + DURUY + "/allocation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inventoryWorkstations.inventory").value(1))
                .andExpect(jsonPath("$.labels.inventoryWorkstations").isString());
    }

    @Test
    void otherLyceeCorrespondentGets404Everywhere() throws Exception {
        caller.signIn(OTHER_CORRESPONDENT);

        for (RequestBuilder request : everyRoute(DURUY, desktopId)) {
            mvc.perform(request)
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Lycée introuvable"));
        }
        assertThat(inventory.get(desktopId).getRoom()).isEqualTo("B12");
    }

    @Test
    void otherLyceeTechnicianGets404Everywhere() throws Exception {
        caller.signIn(OTHER_TECHNICIAN);

        for (RequestBuilder request : everyRoute(DURUY, desktopId)) {
            mvc.perform(request).andExpect(status().isNotFound());
        }
    }

    @Test
    void itemOfAnotherLyceeLooksUnknown() throws Exception {
        caller.signIn(TECHNICIAN);

        String path = base() + "/" + chaptalItemId;
        mvc.perform(get(path))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Équipement introuvable"));
        mvc.perform(get(path + "/history")).andExpect(status().isNotFound());
        mvc.perform(patch(path).contentType(MediaType.APPLICATION_JSON).content("{\"room\": \"X\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Équipement introuvable"));
        assertThat(inventory.get(chaptalItemId).getRoom()).isEqualTo("Secrétariat");
    }

    @Test
    void administratorReadsAndChangesAnyLycee() throws Exception {
        caller.signIn(ADMIN);

        mvc.perform(get("/api/schools/" + CHAPTAL + "/equipment")).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(patch(base() + "/" + projectorId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"en service\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_SERVICE"));
    }

    @Test
    void anonymousCallerGets401() throws Exception {
        mvc.perform(get(base())).andExpect(status().isUnauthorized());
    }

    private List<RequestBuilder> everyRoute(String uai, long itemId) {
        String path = "/api/schools/" + uai + "/equipment";
        return List.of(
                get(path),
                get(path + "/" + itemId),
                get(path + "/" + itemId + "/history"),
                get(path + "/export"),
                get(path + "/workstations"),
                get(path + "/permissions"),
                patch(path + "/" + itemId).contentType(MediaType.APPLICATION_JSON).content("{\"room\": \"X\"}"),
                post(path).contentType(MediaType.APPLICATION_JSON).content("{\"labelNumber\": \"X-1\"}"),
                importRequest(uai, InventoryImportTest.utf8(InventoryImportTest.HEADER, InventoryImportTest.LAPTOP_LINE)));
    }

    private static RequestBuilder importRequest(String uai, byte[] content) {
        return multipart("/api/schools/" + uai + "/equipment/import")
                .file(new MockMultipartFile("file", "inventaire.csv", "text/csv", content));
    }
}
