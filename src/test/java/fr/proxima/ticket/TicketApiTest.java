package fr.proxima.ticket;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.proxima.security.Groups;
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
import org.springframework.transaction.annotation.Transactional;

/** The ticket API on the whole application, with one ticket of Henri IV opened by each test. */
@ProximaApplicationTest
@Transactional
class TicketApiTest {

    static final String CORRESPONDENT = "correspondant-api-henri4";

    static final String OTHER_CORRESPONDENT = "correspondant-api-villon";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiCaller caller;

    @Autowired
    IdentityService identityService;

    @Autowired
    TicketService tickets;

    String number;

    /** Creates the users, groups and ticket, which the test transaction removes afterwards. */
    @BeforeEach
    void openTicket() {
        createUser(CORRESPONDENT, Groups.correspondentsOf(TicketProcessTest.HENRI_IV));
        createUser(OTHER_CORRESPONDENT, Groups.correspondentsOf("0780422K"));
        Ticket ticket = tickets.open(TicketProcessTest.request("IMPRESSION", "IMPRIMANTE", null, "HAUTE", "SALLE"),
                CORRESPONDENT, null);
        number = ticket.getNumber();
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

    @Test
    void anonymousCallerGets401() throws Exception {
        for (String path : new String[] {"/api/tickets", "/api/tickets/" + number}) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Proxima\""))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.title").value("Authentification requise"))
                    .andExpect(jsonPath("$.detail").value(ApiProblems.authenticationRequired().getDetail()));
        }
    }

    @Test
    void correspondentReadsTheirTicket() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(get("/api/tickets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].number").value(number));
        mvc.perform(get("/api/tickets/" + number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.number").value(number))
                .andExpect(jsonPath("$.summary.schoolUai").value(TicketProcessTest.HENRI_IV));
    }

    @Test
    void otherLyceeTicketLooksUnknown() throws Exception {
        caller.signIn(OTHER_CORRESPONDENT);

        mvc.perform(get("/api/tickets")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/tickets/" + number))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Ticket introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucun ticket accessible ne porte le numéro « " + number
                        + " » : vérifiez le numéro dans la liste de vos tickets."))
                .andExpect(jsonPath("$.instance").value("/api/tickets/" + number));
    }

    @Test
    void unknownTicketGets404() throws Exception {
        caller.signIn(CORRESPONDENT);

        mvc.perform(get("/api/tickets/1999-00001"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ticket introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucun ticket accessible ne porte le numéro « 1999-00001 » :"
                        + " vérifiez le numéro dans la liste de vos tickets."));
    }
}
