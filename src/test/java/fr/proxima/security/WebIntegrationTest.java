package fr.proxima.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of the security tests that run the whole application in the default profile on a random
 * port, with an in-memory H2 database. The subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:proxima-security-web;DB_CLOSE_DELAY=-1",
        "proxima.data-dir=${java.io.tmpdir}/proxima-security-web-test",
        "camunda.bpm.job-execution.enabled=false"})
@Import(SecurityTestConfiguration.class)
abstract class WebIntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    final HttpClient http = HttpClient.newHttpClient();

    /**
     * Creates a user for one test. Tests that send a wrong password use their own user, because
     * Camunda delays the next login of a user after a failed one.
     */
    void createUser(String userId, String password, String... groupIds) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("Test");
            user.setLastName(userId);
            user.setPassword(password);
            identityService.saveUser(user);
        }
        for (String groupId : groupIds) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String basic(String userId, String password) {
        String credentials = userId + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a GET as a demo user, whose password is the user id; {@code userId} null sends no credentials. */
    HttpResponse<String> get(String path, String userId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (userId != null) {
            request.header("Authorization", basic(userId, userId));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String userId, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (userId != null) {
            request.header("Authorization", basic(userId, userId));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Logs in to Tasklist as a demo user and returns the session, with its CSRF token. */
    WebappSession loginToWebapps(String userId) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        WebappSession session = new WebappSession(client);
        session.refreshCsrfToken();

        String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(userId, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Webapp login of " + userId + " failed with " + login.statusCode()
                    + ": " + login.body());
        }
        session.loginResponse = login;
        // The login replaces the session, and the CSRF token with it.
        session.refreshCsrfToken();
        return session;
    }

    /** A Camunda webapp session: its cookies live in the client. */
    final class WebappSession {

        final HttpClient client;

        String csrfToken;

        HttpResponse<String> loginResponse;

        WebappSession(HttpClient client) {
            this.client = client;
        }

        void refreshCsrfToken() throws IOException, InterruptedException {
            HttpResponse<String> response = get("/camunda/api/admin/auth/user/default");
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
            if (csrfToken == null) {
                throw new IllegalStateException("No CSRF token in " + response.headers().map());
            }
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
