package fr.proxima.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.proxima.testing.ApiCaller;
import fr.proxima.testing.ProximaApplicationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The errors that Spring MVC raises before any controller of ours runs, on the whole application. */
@ProximaApplicationTest
class ApiErrorResponsesTest {

    static final String USER = "utilisateur-erreurs-api";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiCaller caller;

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void signIn() {
        // The classes of this annotation share one context, so the user may exist already.
        if (identityService.createUserQuery().userId(USER).count() == 0) {
            identityService.saveUser(identityService.newUser(USER));
        }
        caller.signIn(USER);
    }

    @AfterEach
    void signOut() {
        caller.signOut();
    }

    @Test
    void unknownApiPathGets404() throws Exception {
        mvc.perform(get("/api/inconnu"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Adresse inconnue"))
                .andExpect(jsonPath("$.detail").value(
                        "Aucune ressource de l'API Proxima ne correspond à /api/inconnu : vérifiez l'adresse."))
                .andExpect(jsonPath("$.instance").value("/api/inconnu"));
    }

    @Test
    void wrongMethodGets405() throws Exception {
        mvc.perform(delete("/api/tickets"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Méthode non autorisée"))
                .andExpect(jsonPath("$.detail").value(
                        "La méthode DELETE n'est pas acceptée sur /api/tickets : utilisez GET."));
    }

    @Test
    void wrongContentTypeGets415() throws Exception {
        mvc.perform(post("/api/schools/import").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Type de contenu non pris en charge"))
                .andExpect(jsonPath("$.detail").value("Le type de contenu « application/json » n'est pas accepté"
                        + " sur /api/schools/import : envoyez multipart/form-data."));
    }

    @Test
    void unavailableFormatGets406() throws Exception {
        mvc.perform(get("/api/schools").accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Format de réponse indisponible"))
                .andExpect(jsonPath("$.detail").value("L'adresse /api/schools répond en application/json :"
                        + " acceptez ce format dans l'en-tête Accept de la requête."));
    }

    @Test
    void pathOutsideApiKeepsDefaultError() throws Exception {
        MvcResult result = mvc.perform(get("/suivi/inconnu.js")).andExpect(status().isNotFound()).andReturn();

        String contentType = result.getResponse().getContentType();
        assertThat(contentType == null || !contentType.startsWith("application/problem+json"))
                .as("content type %s", contentType)
                .isTrue();
    }
}
