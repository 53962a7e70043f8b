package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class EngineRestAuthenticationTest extends WebIntegrationTest {

    @Test
    void withoutCredentialsIsUnauthorized() throws Exception {
        HttpResponse<String> response = get("/engine-rest/task", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void demoCredentialsAreAccepted() throws Exception {
        assertThat(get("/engine-rest/task?maxResults=15", "technicien").statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/engine/default/task?maxResults=15", "correspondant").statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/user?id=admin&maxResults=15", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordIsUnauthorized() throws Exception {
        createUser("rest-mot-de-passe", "bon-mot-de-passe", Groups.TECHNICIANS);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/engine-rest/task"))
                .header("Authorization", basic("rest-mot-de-passe", "mauvais-mot-de-passe"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void unknownUserIsUnauthorized() throws Exception {
        assertThat(get("/engine-rest/task", "inconnu").statusCode()).isEqualTo(401);
    }

    @Test
    void webappSessionDoesNotOpenRestApi() throws Exception {
        WebappSession session = loginToWebapps("admin");

        assertThat(session.get("/engine-rest/task").statusCode()).isEqualTo(401);
    }
}
