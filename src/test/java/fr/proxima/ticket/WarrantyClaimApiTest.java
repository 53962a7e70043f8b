package fr.proxima.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.proxima.inventory.EquipmentChange;
import fr.proxima.inventory.EquipmentChangeKind;
import fr.proxima.inventory.InventoryImporter;
import fr.proxima.inventory.InventoryService;
import fr.proxima.security.Groups;
import fr.proxima.testing.ApiCaller;
import fr.proxima.testing.ProximaApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** {@code POST /api/tickets/{number}/warranty-claim} and the ticket detail that shows it, for a Victor-Duruy ticket. */
@ProximaApplicationTest
@Transactional
class WarrantyClaimApiTest {

    static final String DURUY = "0750662M";

    static final String TECHNICIAN = "tech-garantie";

    static final String CORRESPONDENT = "corr-garantie";

    static final String OTHER_TECHNICIAN = "tech-garantie-autre";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiCaller caller;

    @Autowired
    IdentityService identityService;

    @Autowired
    TicketService tickets;

    @Autowired
    InventoryImporter importer;

    @Autowired
    InventoryService inventory;

    String number;

    long equipmentId;

    @BeforeEach
    void openTicket() {
        createUser(TECHNICIAN, Groups.TECHNICIANS, Groups.techniciansOf(DURUY));
        createUser(CORRESPONDENT, Groups.CORRESPONDENTS, Groups.correspondentsOf(DURUY));
        createUser(OTHER_TECHNICIAN, Groups.TECHNICIANS, Groups.techniciansOf("0750663N"));
        String csv = "numero_etiquette;type;usage;nom_machine;numero_serie;fin_garantie\r\n"
                + "VD-0001;poste fixe;pédagogique;VD-B12-01;DE1;31/12/2099\r\n";
        importer.importFile(DURUY, csv.getBytes(StandardCharsets.UTF_8), "duruy.csv", TECHNICIAN);
        equipmentId = inventory.findBySchool(DURUY).get(0).getId();
        Map<String, Object> form = TicketProcessTest.request("POSTE", "POSTE_FIXE", "PEDAGOGIQUE", "HAUTE", "POSTE");
        form.put("schoolUai", DURUY);
        form.put("equipmentLabel", "VD-0001");
        number = tickets.open(form, CORRESPONDENT, null).getNumber();
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

    private MockHttpServletRequestBuilder claim(String json) {
        return post("/api/tickets/" + number + "/warranty-claim").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void claimGoesThroughItsThreeSteps() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(claim("{\"status\": \"ouverte\", \"date\": \"2027-01-11\", \"comment\": \"RMA 4512\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("ouverte"))
                .andExpect(jsonPath("$.openedOn").value("2027-01-11"));
        mvc.perform(claim("{\"status\": \"SENT\", \"date\": \"2027-01-12\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("envoyée"))
                .andExpect(jsonPath("$.comment").value("RMA 4512"));
        mvc.perform(claim("{\"status\": \"revenue\", \"date\": \"2027-01-25\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.returnedOn").value("2027-01-25"));

        mvc.perform(get("/api/tickets/" + number))
                .andExpect(jsonPath("$.warrantyClaim.status").value("RETURNED"))
                .andExpect(jsonPath("$.warrantyClaim.sentOn").value("2027-01-12"))
                .andExpect(jsonPath("$.equipment").value("poste fixe n° VD-0001 (VD-B12-01). Sous garantie jusqu'au"
                        + " 31/12/2099."))
                .andExpect(jsonPath("$.history[?(@.type == 'WARRANTY_CLAIM')].message").value(
                        org.hamcrest.Matchers.contains("Demande de garantie ouverte le 11/01/2027. RMA 4512",
                                "Demande de garantie envoyée le 12/01/2027.",
                                "Demande de garantie revenue le 25/01/2027.")));
        List<EquipmentChange> itemHistory = inventory.history(equipmentId);
        assertThat(itemHistory).filteredOn(change -> change.getKind() == EquipmentChangeKind.WARRANTY_CLAIM)
                .hasSize(3)
                .allSatisfy(change -> assertThat(change.getContext()).isEqualTo("ticket " + number));
    }

    @Test
    void stepOutOfOrderIsRefused() throws Exception {
        caller.signIn(TECHNICIAN);

        mvc.perform(claim("{\"status\": \"envoyée\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Demande de garantie refusée"))
                .andExpect(jsonPath("$.detail").value("Le ticket " + number + " n'a pas de demande de garantie :"
                        + " ouvrez-la d'abord (statut « ouverte »)."));
        mvc.perform(claim("{\"status\": \"ouverte\"}")).andExpect(status().isOk());
        mvc.perform(claim("{\"status\": \"revenue\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("La demande de garantie du ticket " + number + " est « ouverte » :"
                        + " elle ne peut passer qu'à « envoyée »."));
        mvc.perform(claim("{\"status\": \"perdue\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Demande de garantie invalide"));
        mvc.perform(claim("{\"status\": \"envoyée\", \"date\": \"12/01/2027\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void correspondentCannotRecordClaim() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(claim("{\"status\": \"ouverte\"}")).andExpect(status().isForbidden());
    }

    @Test
    void otherLyceeTechnicianGets404() throws Exception {
        caller.signIn(OTHER_TECHNICIAN);

        mvc.perform(claim("{\"status\": \"ouverte\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Ticket introuvable"));
    }
}
