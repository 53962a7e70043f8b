package fr.proxima.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.proxima.inventory.Equipment;
import fr.proxima.inventory.EquipmentChange;
import fr.proxima.inventory.EquipmentChangeKind;
import fr.proxima.inventory.EquipmentData;
import fr.proxima.inventory.EquipmentKind;
import fr.proxima.inventory.EquipmentStatus;
import fr.proxima.inventory.EquipmentUse;
import fr.proxima.inventory.InventoryService;
import fr.proxima.security.Groups;
import fr.proxima.support.PostgresIntegrationTest;
import fr.proxima.support.ReceivedMail;
import fr.proxima.support.TestMailbox;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole D3E disposal driven over HTTP as Tasklist and the page drive it: {@code /api} for the
 * proposal and the reads, the Camunda REST API for the task forms, all with HTTP Basic, on
 * PostgreSQL with the job executor on, so that the mails reach the GreenMail SMTP server.
 */
@PostgresIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "proxima.admin.id=lifecycle.admin",
        "proxima.admin.password=Admin-lifecycle-42",
        "proxima.admin.email=lifecycle.admin@proxima.example"})
class DisposalLifecycleIT {

    private static final String HENRI_IV = "0750654D";
    private static final String LOUIS_LE_GRAND = "0750655E";

    private static final Account CORRESPONDENT = new Account("lucie.bernard", "Correspondant-d3e-42");
    private static final String CORRESPONDENT_EMAIL = "lucie.bernard@lycee-henri4.example";
    private static final Account TECHNICIAN = new Account("hugo.petit", "Technicien-d3e-42");
    private static final String TECHNICIAN_EMAIL = "hugo.petit@proxima.example";
    private static final Account HEAD = new Account("agnes.roux", "Chef-henri4-42");
    private static final String HEAD_EMAIL = "agnes.roux@lycee-henri4.example";
    private static final Account OTHER_CORRESPONDENT = new Account("paul.garnier", "Correspondant-llg-d3e-42");

    /** Time allowed for the job executor to run an asynchronous step. Other builds may load the machine. */
    private static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    InventoryService inventory;

    @Autowired
    TestMailbox mailbox;

    private final HttpClient http = HttpClient.newHttpClient();

    /** HTTP Basic credentials of one Camunda user. */
    record Account(String id, String password) {
    }

    @BeforeEach
    void createUsersAndEmptyMailbox() {
        createUser(CORRESPONDENT, "Lucie", "Bernard", CORRESPONDENT_EMAIL,
                Groups.CORRESPONDENTS, Groups.correspondentsOf(HENRI_IV));
        createUser(TECHNICIAN, "Hugo", "Petit", TECHNICIAN_EMAIL, Groups.TECHNICIANS, Groups.techniciansOf(HENRI_IV));
        createUser(HEAD, "Agnès", "Roux", HEAD_EMAIL, Groups.HEADS, Groups.headsOf(HENRI_IV));
        createUser(OTHER_CORRESPONDENT, "Paul", "Garnier", "paul.garnier@lycee-louis-le-grand.example",
                Groups.CORRESPONDENTS, Groups.correspondentsOf(LOUIS_LE_GRAND));
        mailbox.purge();
    }

    @Test
    void wholeDisposalWithRecordAndMails() throws Exception {
        Equipment desktop = equipment(EquipmentKind.DESKTOP, "PC-B12-07", "Dell", "OptiPlex 3020");
        Equipment printer = equipment(EquipmentKind.PRINTER, null, "Brother", "HL-2250DN");

        // The correspondent proposes both items through the API.
        HttpResponse<String> proposed = postJson("/api/schools/" + HENRI_IV + "/disposals", CORRESPONDENT,
                JSON.createObjectNode().put("reason", "Postes hors d'usage après le dégât des eaux.")
                        .set("equipmentIds", JSON.valueToTree(List.of(desktop.getId(), printer.getId())))
                        .toString());
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode summary = json(proposed).path("summary");
        long id = summary.path("id").asLong();
        String reference = summary.path("reference").asText();
        assertThat(reference).matches("D3E-\\d{4}-\\d{5}");
        assertThat(proposed.headers().firstValue("Location")).hasValue("/api/disposals/" + id);
        assertThat(inventory.get(desktop.getId()).getStatus()).isEqualTo(EquipmentStatus.PROPOSED_FOR_DISPOSAL);

        // The start form offers the lycée's items that may still be proposed, and another lycée's none.
        Equipment spare = equipment(EquipmentKind.LAPTOP, "PORT-CDI-02", "HP", "ProBook 450");
        String startForm = engineRest("/process-definition/key/" + DisposalProcess.KEY + "/deployed-start-form");
        List<String> offered = optionValues(json(get(startForm, CORRESPONDENT)), "equipmentIds");
        assertThat(offered).contains(String.valueOf(spare.getId()))
                .doesNotContain(String.valueOf(desktop.getId()), String.valueOf(printer.getId()));
        assertThat(optionValues(json(get(startForm, OTHER_CORRESPONDENT)), "equipmentIds"))
                .doesNotContain(String.valueOf(spare.getId()));

        // A second proposal of one of them is rejected whole, naming the item.
        HttpResponse<String> twice = postJson("/api/schools/" + HENRI_IV + "/disposals", TECHNICIAN,
                JSON.createObjectNode().set("equipmentIds", JSON.valueToTree(List.of(spare.getId(), desktop.getId())))
                        .toString());
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(json(twice).path("detail").asText()).contains(desktop.displayName())
                .contains("déjà proposé à la réforme (réforme " + reference + ")");
        assertThat(inventory.get(spare.getId()).getStatus()).isEqualTo(EquipmentStatus.IN_SERVICE);

        // Another lycée's correspondent reads nothing of it.
        assertThat(get("/api/disposals/" + id, OTHER_CORRESPONDENT).statusCode()).isEqualTo(404);
        assertThat(get("/api/disposals/" + id + "/record.pdf", OTHER_CORRESPONDENT).statusCode()).isEqualTo(404);
        assertThat(get("/api/schools/" + HENRI_IV + "/disposals", OTHER_CORRESPONDENT).statusCode()).isEqualTo(404);
        assertThat(postJson("/api/schools/" + HENRI_IV + "/disposals", OTHER_CORRESPONDENT,
                "{\"equipmentIds\":[" + spare.getId() + "]}").statusCode()).isEqualTo(404);
        assertThat(json(get(engineRest("/task?processInstanceBusinessKey=" + reference
                + "&maxResults=10"), OTHER_CORRESPONDENT)))
                .isEmpty();

        ReceivedMail proposal = awaitMail("Réforme " + reference + " proposée");
        assertThat(proposal.to()).contains(CORRESPONDENT_EMAIL, TECHNICIAN_EMAIL).doesNotContain(HEAD_EMAIL);
        assertThat(proposal.body()).contains("Lucie Bernard propose à la réforme").contains(desktop.displayName());

        // The technician checks the items, then stores them. The check form lists the disposal's items.
        JsonNode check = awaitTask(reference, TECHNICIAN, "Vérifier les équipements et leurs étiquettes");
        JsonNode checkForm = json(get(engineRest("/task/" + check.path("id").asText() + "/deployed-form"),
                TECHNICIAN));
        assertThat(optionValues(checkForm, "withdrawnItems")).containsExactly(String.valueOf(desktop.getId()),
                String.valueOf(printer.getId()));
        assertThat(submitTaskForm(check.path("id").asText(), TECHNICIAN, Map.of()).statusCode()).isEqualTo(204);
        JsonNode store = awaitTask(reference, TECHNICIAN, "Entreposer les équipements");
        HttpResponse<String> noRoom = submitTaskForm(store.path("id").asText(), TECHNICIAN, Map.of("storageRoom", ""));
        assertThat(noRoom.statusCode()).isEqualTo(400);
        assertThat(json(noRoom).path("message").asText())
                .isEqualTo("Le champ « Salle de stockage » est obligatoire.");
        assertThat(submitTaskForm(store.path("id").asText(), TECHNICIAN, Map.of("storageRoom", "Local D3E")).statusCode())
                .isEqualTo(204);

        // The head gets the record in PDF.
        ReceivedMail record = awaitMail("Réforme " + reference + " : bordereau à approuver");
        assertThat(record.to()).containsExactly(HEAD_EMAIL);
        assertThat(record.body()).contains("Approuver la réforme").contains("salle Local D3E");
        String attachedText = DisposalProcessTest.pdfText(pdfAttachment(record));
        assertThat(attachedText).contains("Bordereau de réforme D3E n° " + reference)
                .contains(desktop.getLabelNumber()).contains(printer.getSerialNumber()).contains("OptiPlex 3020")
                .contains("Équipements à sortir de l'inventaire : 2");
        HttpResponse<byte[]> pdf = getBytes("/api/disposals/" + id + "/record.pdf", HEAD);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // The head approves in Tasklist: the items leave the inventory.
        JsonNode approve = awaitTask(reference, HEAD, "Approuver la réforme");
        assertThat(submitTaskForm(approve.path("id").asText(), HEAD, Map.of("decision", "APPROVE")).statusCode())
                .isEqualTo(204);
        assertThat(inventory.get(desktop.getId()).getStatus()).isEqualTo(EquipmentStatus.REMOVED);
        assertThat(inventory.history(printer.getId())).extracting(EquipmentChange::getKind)
                .contains(EquipmentChangeKind.PROPOSED_FOR_DISPOSAL, EquipmentChangeKind.MOVED_TO_STORAGE,
                        EquipmentChangeKind.REMOVED);
        ReceivedMail approved = awaitMail("Réforme " + reference + " approuvée");
        assertThat(approved.to()).contains(CORRESPONDENT_EMAIL, TECHNICIAN_EMAIL);
        assertThat(approved.body()).contains("Agnès Roux a approuvé");

        // The technician records the collector's pickup.
        JsonNode pickup = awaitTask(reference, TECHNICIAN, "Enregistrer l'enlèvement");
        Map<String, Object> pickupForm = new LinkedHashMap<>();
        pickupForm.put("collectorName", "Écologic Île-de-France");
        pickupForm.put("pickupDate", LocalDate.now(ZoneId.of("Europe/Paris")).toString());
        pickupForm.put("pickupReference", "ENL-0042");
        assertThat(submitTaskForm(pickup.path("id").asText(), TECHNICIAN, pickupForm).statusCode()).isEqualTo(204);
        ReceivedMail collected = awaitMail("Réforme " + reference + " : enlèvement enregistré");
        assertThat(collected.to()).contains(CORRESPONDENT_EMAIL).doesNotContain(TECHNICIAN_EMAIL);
        assertThat(collected.body()).contains("Écologic Île-de-France").contains("ENL-0042");

        JsonNode detail = json(get("/api/disposals/" + id, HEAD));
        assertThat(detail.path("summary").path("status").asText()).isEqualTo("COLLECTED");
        assertThat(detail.path("storedBy").asText()).isEqualTo("Hugo Petit");
        assertThat(detail.path("decidedBy").asText()).isEqualTo("Agnès Roux");
        assertThat(detail.path("items").findValuesAsText("labelNumber")).contains(desktop.getLabelNumber());
        assertThat(json(get("/api/schools/" + HENRI_IV + "/disposals", HEAD)).findValuesAsText("reference"))
                .contains(reference);
        assertThat(json(get("/api/schools", HEAD)).findValuesAsText("uai")).containsExactly(HENRI_IV);
        HttpResponse<String> page = get("/reforme/", HEAD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Réformes D3E – Proxima</title>");
    }

    private Equipment equipment(EquipmentKind kind, String hostName, String make, String model) {
        String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        EquipmentData data = new EquipmentData(kind, false, EquipmentUse.TEACHING, "HIV-" + unique, hostName,
                "SN-" + unique, make, model, "B12", null, EquipmentStatus.IN_SERVICE);
        return inventory.create(HENRI_IV, data, TECHNICIAN.id(), null);
    }

    /** Waits for the mail whose subject starts so; GreenMail keeps one copy per recipient. */
    private ReceivedMail awaitMail(String subjectStart) {
        return await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> mailbox.messages().stream().filter(mail -> mail.subject().startsWith(subjectStart))
                        .findFirst(), found -> found.isPresent())
                .orElseThrow();
    }

    /** Waits for the disposal's task of that name that the user may see, which an asynchronous step creates. */
    private JsonNode awaitTask(String reference, Account account, String name) {
        String query = engineRest("/task?processInstanceBusinessKey=" + encode(reference) + "&maxResults=10");
        return await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> json(get(query, account)), tasks -> tasks.size() == 1
                        && name.equals(tasks.get(0).path("name").asText()))
                .get(0);
    }

    /** Returns the option values of the form field with that key. */
    private static List<String> optionValues(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component.path("values").findValuesAsText("value");
            }
        }
        throw new AssertionError("No field " + key + " in the form " + form.path("id").asText());
    }

    private static byte[] pdfAttachment(ReceivedMail mail) throws Exception {
        Multipart multipart = (Multipart) mail.message().getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("No attachment in the mail « " + mail.subject() + " »");
    }

    private HttpResponse<String> submitTaskForm(String taskId, Account account, Map<String, Object> fields)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        fields.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
        return postJson(engineRest("/task/" + taskId + "/submit-form"), account, JSON.writeValueAsString(body));
    }

    private void createUser(Account account, String firstName, String lastName, String email, String... groupIds) {
        IdentityService identityService = processEngine.getIdentityService();
        if (identityService.createUserQuery().userId(account.id()).count() == 0) {
            User user = identityService.newUser(account.id());
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(account.password());
            identityService.saveUser(user);
        }
        for (String groupId : groupIds) {
            if (identityService.createUserQuery().userId(account.id()).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(account.id(), groupId);
            }
        }
    }

    private String engineRest(String path) {
        return "/engine-rest/engine/" + processEngine.getName() + path;
    }

    private HttpResponse<String> get(String path, Account account) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET(), account,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String path, Account account) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), account, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> postJson(String path, Account account, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(request, account, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, Account account,
            HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        String credentials = account.id() + ":" + account.password();
        request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), handler);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
