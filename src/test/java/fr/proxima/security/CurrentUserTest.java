package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CurrentUserTest extends WebIntegrationTest {

    private static final String ENDPOINT = "/api/test/current-user";

    @Autowired
    CurrentUser currentUser;

    @Test
    void anonymousRequestIsUnauthorized() throws Exception {
        HttpResponse<String> response = get(ENDPOINT, null);

        assertUnauthorized(response);
    }

    @Test
    void wrongPasswordGetsSameAnswerAsAnonymous() throws Exception {
        createUser("api-mot-de-passe", "bon-mot-de-passe", Groups.CORRESPONDENTS);

        HttpResponse<String> wrongPassword = send(ENDPOINT, basic("api-mot-de-passe", "mauvais"));
        HttpResponse<String> unknownUser = send(ENDPOINT, basic("personne", "mauvais"));
        HttpResponse<String> notBase64 = send(ENDPOINT, "Basic %%%");

        assertUnauthorized(wrongPassword);
        assertUnauthorized(unknownUser);
        assertUnauthorized(notBase64);
    }

    @Test
    void basicCredentialsIdentifyUser() throws Exception {
        HttpResponse<String> response = get(ENDPOINT, "technicien");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("id").asText()).isEqualTo("technicien");
    }

    @Test
    void webappSessionIdentifiesUser() throws Exception {
        WebappSession session = loginToWebapps("correspondant");

        HttpResponse<String> response = session.get(ENDPOINT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("id").asText()).isEqualTo("correspondant");
    }

    @Test
    void webappSessionCookieIsSameSiteLax() throws Exception {
        WebappSession session = loginToWebapps("correspondant2");

        assertThat(session.loginResponse.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void webappSessionEndsWithLogout() throws Exception {
        WebappSession session = loginToWebapps("planificateur");
        HttpResponse<String> logout = session.client.send(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", session.csrfToken)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(200);
        assertUnauthorized(session.get(ENDPOINT));
    }

    @Test
    void noRequestMeansNoUser() {
        assertThat(currentUser.id()).isEmpty();
    }

    private HttpResponse<String> send(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnauthorized(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Proxima\"");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asText()).isEqualTo("Authentification requise");
        assertThat(problem.path("detail").asText()).isEqualTo("Identifiants absents ou refusés : connectez-vous à"
                + " Proxima (Tasklist), ou envoyez en HTTP Basic l'identifiant et le mot de passe de votre compte,"
                + " puis réessayez.");
        assertThat(problem.path("instance").asText()).isEqualTo(ENDPOINT);
    }
}
