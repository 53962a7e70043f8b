package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The hardening claims, each checked against the running application in the default profile:
 * security headers, cookies, CSRF, login delays and their one message, engine settings (XXE, JSON
 * deserialization, deployment), French error pages and what reaches the logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class HardeningTest extends WebIntegrationTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void ourPagesAndApisSendPolicyHeaders() throws Exception {
        for (String path : List.of("/suivi/", "/planification/", "/agenda/", "/api/tickets", "/engine-rest/task")) {
            HttpResponse<String> response = get(path, "correspondant");

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeadersFilter.POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void webappsKeepCamundaPolicyWithNonce() throws Exception {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            HttpResponse<String> page = get("/camunda/app/" + app + "/default/", null);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");

            assertThat(page.statusCode()).as(app).isEqualTo(200);
            assertThat(policy).as(app).contains("script-src 'nonce-", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(app).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(app).hasValue("same-origin");
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        WebappSession session = loginToWebapps("technicien");

        assertThat(session.loginResponse.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax")
                        .doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void webappWriteWithoutCsrfTokenRejected() throws Exception {
        WebappSession session = loginToWebapps("admin");

        HttpResponse<String> withoutToken = session.client.send(HttpRequest.newBuilder(
                        uri("/camunda/api/engine/engine/default/task/create"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Sans jeton\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    }

    @Test
    void failedPasswordDelaysNextLoginOnEveryEntry() throws Exception {
        String apiUser = "delai-api";
        String restUser = "delai-rest";
        String webappUser = "delai-webapp";
        for (String userId : List.of(apiUser, restUser, webappUser)) {
            createUser(userId, userId, Groups.CORRESPONDENTS);
        }

        HttpResponse<String> apiWrong = sendBasic("/api/tickets", apiUser, "faux");
        HttpResponse<String> apiDelayed = sendBasic("/api/tickets", apiUser, apiUser);
        HttpResponse<String> apiUnknown = sendBasic("/api/tickets", "inconnu-" + UUID.randomUUID(), "x");
        HttpResponse<String> restWrong = sendBasic("/engine-rest/task", restUser, "faux");
        HttpResponse<String> restDelayed = sendBasic("/engine-rest/task", restUser, restUser);
        HttpResponse<String> restUnknown = sendBasic("/engine-rest/task", "inconnu-" + UUID.randomUUID(), "x");
        HttpResponse<String> webappWrong = webappLogin(webappUser, "faux");
        HttpResponse<String> webappDelayed = webappLogin(webappUser, webappUser);
        HttpResponse<String> webappUnknown = webappLogin("inconnu-" + UUID.randomUUID(), "x");

        for (HttpResponse<String> response : List.of(apiWrong, apiDelayed, apiUnknown)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).path("detail").asText()).isEqualTo(json(apiWrong).path("detail").asText())
                    .contains("Identifiants absents ou refusés");
        }
        for (HttpResponse<String> response : List.of(restWrong, restDelayed, restUnknown)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).path("message").asText()).isEqualTo(EngineErrorFilter.UNAUTHORIZED_MESSAGE);
        }
        for (HttpResponse<String> response : List.of(webappWrong, webappDelayed, webappUnknown)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEqualTo(webappWrong.body());
        }
    }

    @Test
    void nonAdministratorsCannotDeploy() throws Exception {
        for (String userId : List.of("correspondant", "technicien", "planificateur")) {
            HttpResponse<String> response = deploy(userId, "non-admin.bpmn", minimalBpmn("non-admin-" + userId, "Essai"));

            assertThat(response.statusCode()).as(userId).isEqualTo(403);
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKeyLike("non-admin-%").count())
                .isZero();
    }

    @Test
    void externalEntityRefusedForAdministrator() throws Exception {
        String bpmn = minimalBpmn("xxe-check", "&xxe;").replace("<definitions",
                "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<definitions");

        HttpResponse<String> response = deploy("admin", "xxe.bpmn", bpmn);

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 599);
        assertThat(response.body()).doesNotContain("root:");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("xxe-check").count()).isZero();
    }

    @Test
    void jsonVariablesDeserializeAllowedTypesOnly() {
        repositoryService.createDeployment().name("deserialization-check")
                .addModelInstance("deserialization-check.bpmn", Bpmn.createExecutableProcess("deserialization-check")
                        .camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
                .enableDuplicateFiltering(true)
                .deploy();
        String instance = runtimeService.startProcessInstanceByKey("deserialization-check", Variables.createVariables()
                .putValue("list", Variables.serializedObjectValue("[1, 2]").serializationDataFormat("application/json")
                        .objectTypeName("java.util.ArrayList").create())
                .putValue("file", Variables.serializedObjectValue("\"/etc/passwd\"")
                        .serializationDataFormat("application/json").objectTypeName("java.io.File").create()))
                .getId();

        assertThat(runtimeService.getVariable(instance, "list")).isEqualTo(List.of(1, 2));
        assertThatThrownBy(() -> runtimeService.getVariable(instance, "file"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("java.io.File");
    }

    @Test
    void taskCreationRejectedInFrenchForNonAdministrators() throws Exception {
        for (String userId : List.of("correspondant", "technicien")) {
            HttpResponse<String> response = postJson("/engine-rest/task/create", userId, "{\"name\": \"Tâche isolée\"}");

            assertThat(response.statusCode()).as(userId).isEqualTo(403);
            assertThat(json(response).path("message").asText()).startsWith("Seuls les administrateurs peuvent créer");
        }
        WebappSession session = loginToWebapps("correspondant");
        HttpResponse<String> fromTasklist = session.postJson("/camunda/api/engine/engine/default/task/create",
                "{\"name\": \"Tâche isolée\"}");
        assertThat(fromTasklist.statusCode()).isEqualTo(403);
        assertThat(json(fromTasklist).path("message").asText()).startsWith("Seuls les administrateurs peuvent créer");
    }

    @Test
    void errorsGetFrenchPage() throws Exception {
        HttpResponse<String> unknownPage = http.send(HttpRequest.newBuilder(uri("/page-inconnue"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        WebappSession planner = loginToWebapps("planificateur");
        HttpResponse<String> cockpit = planner.get("/camunda/app/cockpit/default/");
        HttpResponse<String> cockpitApi = planner.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");

        assertThat(unknownPage.statusCode()).isEqualTo(404);
        assertThat(unknownPage.body()).contains("Page introuvable", "lang=\"fr\"").doesNotContain("Whitelabel");
        assertThat(cockpit.body()).doesNotContain("Whitelabel");
        assertThat(cockpitApi.body()).doesNotContain("Whitelabel");
    }

    @Test
    void logsCarryNoSecretOrPersonalDetail(CapturedOutput output) throws Exception {
        String password = "Secret-" + UUID.randomUUID();
        createUser("journal-test", password, Groups.CORRESPONDENTS, Groups.correspondentsOf("0750654D"));
        sendBasic("/api/tickets", "journal-test", password);
        sendBasic("/engine-rest/task", "journal-test", password + "-faux");
        HttpResponse<String> token = postJson("/api/feeds/token", "correspondant", "");
        String feedToken = json(token).path("token").asText();
        get("/api/feeds/schools/0750654D.ics?token=" + URLEncoder.encode(feedToken, StandardCharsets.UTF_8), null);
        get("/api/feeds/schools/0750654D.ics?token=jeton-invalide", null);
        loginToWebapps("correspondant");

        assertThat(feedToken).isNotBlank();
        assertThat(output.getAll()).doesNotContain(password, feedToken, "jeton-invalide", "@demo.proxima.example",
                "Sophie", "Durand");
    }

    private HttpResponse<String> sendBasic(String path, String userId, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(userId, password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> webappLogin(String userId, String password) throws Exception {
        WebappSession session = new WebappSession(HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build());
        session.refreshCsrfToken();
        String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return session.client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> deploy(String userId, String fileName, String bpmn) throws Exception {
        String boundary = "proxima-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nessai\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n"
                + "--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
                .header("Authorization", basic(userId, userId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String minimalBpmn(String key, String name) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://proxima.example/test">
                  <process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="StartEvent_Test"/>
                  </process>
                </definitions>
                """.formatted(key, name).strip();
    }
}
