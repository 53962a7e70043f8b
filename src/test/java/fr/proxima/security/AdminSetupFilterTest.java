package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class AdminSetupFilterTest extends WebIntegrationTest {

    private static final String SETUP = "/camunda/api/admin/setup/default/user/create";

    private static final String NEW_ADMIN = """
            {"profile": {"id": "intrus", "firstName": "In", "lastName": "Trus", "email": "intrus@example.org"},
             "credentials": {"password": "intrus"}}
            """;

    @Test
    void setupIsForbiddenWhenAdministratorsExist() throws Exception {
        HttpResponse<String> response = postJson(SETUP, null, NEW_ADMIN);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("message").asText()).startsWith("L'installation par la page de configuration");
        assertThat(identityService.createUserQuery().userId("intrus").count()).isZero();
    }

    @Test
    void setupIsForbiddenWhenAdministratorGroupIsEmpty() throws Exception {
        identityService.deleteMembership("admin", Groups.ADMINISTRATORS);
        try {
            assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).count()).isZero();

            HttpResponse<String> response = postJson(SETUP, null, NEW_ADMIN);
            HttpResponse<String> trailingSlash = postJson(SETUP + "/", null, NEW_ADMIN);

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(json(response).path("message").asText()).contains("PROXIMA_ADMIN_ID");
            assertThat(trailingSlash.statusCode()).isEqualTo(403);
            assertThat(identityService.createUserQuery().userId("intrus").count()).isZero();
            assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).count()).isZero();
        } finally {
            identityService.createMembership("admin", Groups.ADMINISTRATORS);
        }
    }

    @Test
    void emptyAdminGroupRedirectsToBlockedPage() throws Exception {
        identityService.deleteMembership("admin", Groups.ADMINISTRATORS);
        try {
            HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/", null);
            HttpResponse<String> setupPage = get("/camunda/app/admin/default/setup/", null);

            assertThat(tasklist.statusCode()).isEqualTo(302);
            assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).contains("/camunda/app/admin/default/setup/"));
            assertThat(setupPage.statusCode()).isEqualTo(403);
            assertThat(setupPage.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(setupPage.body()).contains("Installation désactivée", "PROXIMA_ADMIN_PASSWORD");
        } finally {
            identityService.createMembership("admin", Groups.ADMINISTRATORS);
        }
    }

    @Test
    void webappsServeTasklistWhenAdministratorsExist() throws Exception {
        HttpResponse<String> tasklist = http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(tasklist.statusCode()).isEqualTo(200);
    }
}
