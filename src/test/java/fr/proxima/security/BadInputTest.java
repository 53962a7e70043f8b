package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.proxima.planning.Visit;
import fr.proxima.planning.VisitChangeService;
import fr.proxima.planning.VisitChangeService.VisitValues;
import fr.proxima.ticket.TicketProcess;
import fr.proxima.visit.VisitProcess;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input on every endpoint of ours that takes any: missing and empty fields, very long text,
 * HTML and script, SQL-like strings, emoji, impossible dates, invalid JSON, a wrong encoding or a
 * byte-order mark in a file. It also covers duplicate lines in the inventory file, impossible
 * minutes in a visit's closing form, and unknown or another lycée's equipment in a disposal proposal. Each case gets a 400 problem detail in French that names the field
 * or the line, and no table changes.
 */
class BadInputTest extends WebIntegrationTest {

    static final String LONG_TEXT = "x".repeat(10_000);

    static final String SCRIPT = "<script>alert('x')</script>";

    static final String SQL = "0750654D' OR '1'='1";

    static final String INVENTORY = "/api/schools/0750654D/equipment";

    static final String DISPOSALS = "/api/schools/0750654D/disposals";

    static final String INVENTORY_HEADER = "numero_etiquette;type;usage;salle\n";

    /** A JSON request and a fragment that the response's detail or errors must contain. */
    record JsonCase(String method, String path, String userId, String body, String expected) {
    }

    static final List<JsonCase> JSON_CASES = List.of(
            new JsonCase("POST", "/api/visits", "planificateur", "{\"date\": ", "JSON"),
            new JsonCase("POST", "/api/visits", "planificateur", "[]", "JSON"),
            new JsonCase("POST", "/api/visits", "planificateur", "", "corps de la requête"),
            new JsonCase("POST", "/api/visits", "planificateur", "{}", "date"),
            new JsonCase("POST", "/api/visits", "planificateur", visit("", "0750654D", "technicien", "matin"), "date"),
            new JsonCase("POST", "/api/visits", "planificateur", visit("2027-02-30", "0750654D", "technicien", "matin"),
                    "2027-02-30"),
            new JsonCase("POST", "/api/visits", "planificateur", visit("2027-01-14", SCRIPT, "technicien", "matin"),
                    "UAI"),
            new JsonCase("POST", "/api/visits", "planificateur", visit("2027-01-14", SQL, "technicien", "matin"), "UAI"),
            new JsonCase("POST", "/api/visits", "planificateur", visit("2027-01-14", "0750654D", LONG_TEXT, "matin"),
                    "technicien"),
            new JsonCase("POST", "/api/visits", "planificateur", visit("2027-01-14", "0750654D", "technicien", "🛠️"),
                    "créneau"),
            new JsonCase("POST", "/api/visits", "planificateur",
                    "{\"date\": 20270114, \"uai\": \"0750654D\", \"technician\": \"technicien\", \"slot\": \"matin\"}",
                    "date"),
            new JsonCase("GET", "/api/visits/abc", "planificateur", null, "id"),
            new JsonCase("DELETE", "/api/visits/1?reason=" + "x".repeat(600), "planificateur", null, "motif"),
            new JsonCase("GET", "/api/calendar/working-days?from=2027-02-30&to=2027-03-05", "correspondant", null,
                    "from"),
            new JsonCase("GET", "/api/calendar/working-days?from=2027-03-05", "correspondant", null, "to"),
            new JsonCase("GET", "/api/schools/0750654D/allocation?schoolYear=" + SQL.replace(" ", "%20").replace("'", "%27"),
                    "correspondant", null, "schoolYear"),
            new JsonCase("GET", "/api/plannings/abc", "planificateur", null, "id"),
            // The inventory: one item by API.
            new JsonCase("POST", INVENTORY, "technicien", "{\"labelNumber\": ", "JSON"),
            new JsonCase("POST", INVENTORY, "technicien", "{\"labelNumber\": \"" + LONG_TEXT
                    + "\", \"kind\": \"PRINTER\", \"use\": \"administratif\"}", "labelNumber"),
            new JsonCase("POST", INVENTORY, "technicien", "{\"labelNumber\": \"IMP-1\", \"kind\": \"" + SCRIPT
                    .replace("'", "\\u0027") + "\", \"use\": \"administratif\"}", "kind"),
            // D3E: a proposal by API.
            new JsonCase("POST", DISPOSALS, "correspondant", "{\"equipmentIds\": [", "JSON"),
            new JsonCase("POST", DISPOSALS, "correspondant", "{\"equipmentIds\": []}", "au moins un équipement"),
            new JsonCase("POST", DISPOSALS, "correspondant", "{\"equipmentIds\": [999999999]}", "999999999"),
            new JsonCase("POST", DISPOSALS, "correspondant", "{\"equipmentIds\": [\"" + SQL.replace("'", "\\u0027")
                    + "\"]}", "Équipements à réformer"),
            new JsonCase("POST", DISPOSALS, "correspondant", "{\"equipmentIds\": [999999999], \"reason\": \"" + LONG_TEXT
                    + "\"}", "motif"));

    /** An uploaded file and a fragment that the response's detail or errors must contain. */
    record FileCase(String path, String userId, String fileName, byte[] content, String expected) {
    }

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final List<FileCase> FILE_CASES = List.of(
            new FileCase("/api/plannings", "planificateur", "planning.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x41,
                0, (byte) 0x81, (byte) 0x8D}, "ligne"),
            new FileCase("/api/plannings", "planificateur", "planning.csv", concat(BOM,
                    "date,uai,technicien,creneau\n".getBytes(StandardCharsets.UTF_8)), "aucun passage"),
            new FileCase("/api/plannings", "planificateur", "planning.csv",
                    ("date,uai,technicien,creneau\n2027-02-30,0750654D,technicien,matin\n")
                            .getBytes(StandardCharsets.UTF_8), "ligne 2"),
            new FileCase("/api/plannings", "planificateur", "planning.csv",
                    ("date,uai,technicien,creneau\n2027-01-14,0750654D,technicien,matin\n"
                            + "2027-01-14,0750654D,technicien,matin\n").getBytes(StandardCharsets.UTF_8), "ligne 3"),
            new FileCase("/api/plannings", "planificateur", "planning.csv", ("date,uai,technicien,creneau\n"
                    + "2027-01-14," + SCRIPT + ",technicien,matin\n").getBytes(StandardCharsets.UTF_8), "ligne 2"),
            new FileCase("/api/schools/import", "admin", "lycees.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0,
                (byte) 0x81}, "en-tête"),
            new FileCase("/api/schools/import", "admin", "lycees.csv", concat(BOM, "uai;nom\n".getBytes(StandardCharsets.UTF_8)),
                    "colonnes manquantes"),
            new FileCase("/api/calendar/import", "planificateur", "calendrier.csv",
                    new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0x81}, "en-tête"),
            new FileCase("/api/calendar/import", "planificateur", "calendrier.ics",
                    "BEGIN:VCALENDAR\nEND:VCALENDAR\n".getBytes(StandardCharsets.UTF_8), "aucune période"),
            // The inventory file: UTF-16, bytes that are text in no encoding, a byte-order mark before
            // an empty file or a duplicate, very long text, HTML where a code is expected.
            new FileCase(INVENTORY + "/import", "technicien", "inventaire.csv",
                    concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, INVENTORY_HEADER.getBytes(StandardCharsets.UTF_16LE)),
                    "ligne 1"),
            new FileCase(INVENTORY + "/import", "technicien", "inventaire.csv", concat(INVENTORY_HEADER
                    .getBytes(StandardCharsets.UTF_8), new byte[] {'I', 'M', 'P', (byte) 0x81, (byte) 0x8D, ';',
                        'i', 'm', 'p', 'r', 'i', 'm', 'a', 'n', 't', 'e', ';', ';', 'B', '1', '2', '\n'}), "ligne 2"),
            new FileCase(INVENTORY + "/import", "technicien", "inventaire.csv",
                    concat(BOM, INVENTORY_HEADER.getBytes(StandardCharsets.UTF_8)), "que l'en-tête"),
            new FileCase(INVENTORY + "/import", "technicien", "inventaire.csv", concat(BOM, (INVENTORY_HEADER
                    + "IMP-DOUBLE;imprimante;administratif;B12\nIMP-DOUBLE;imprimante;administratif;B12\n")
                    .getBytes(StandardCharsets.UTF_8)), "ligne 3"),
            new FileCase(INVENTORY + "/import", "technicien", "inventaire.csv", (INVENTORY_HEADER
                    + "IMP-LONG;imprimante;administratif;" + LONG_TEXT + "\n").getBytes(StandardCharsets.UTF_8),
                    "ligne 2"),
            new FileCase(INVENTORY + "/import", "technicien", "inventaire.csv", (INVENTORY_HEADER
                    + "IMP-HTML;" + SCRIPT + ";administratif;B12\n").getBytes(StandardCharsets.UTF_8), "ligne 2"));

    static final List<String> TABLES = List.of("planning", "visit", "visit_change", "school", "school_calendar_period",
            "ticket", "ticket_event", "equipment", "equipment_change", "disposal", "disposal_item", "visit_report",
            "daily_activity");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    VisitChangeService visitChanges;

    @Test
    void jsonRequestsRejectedWithFrenchProblem() throws Exception {
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        for (JsonCase request : JSON_CASES) {
            HttpResponse<String> response = send(request.method(), request.path(), request.userId(), request.body());
            check(request.method() + " " + abbreviate(request.path()) + " " + abbreviate(String.valueOf(request.body())),
                    response, request.expected(), failures);
        }

        assertThat(failures).isEmpty();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void filesRejectedWithFrenchProblem() throws Exception {
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        for (FileCase upload : FILE_CASES) {
            HttpResponse<String> response = upload(upload.path(), upload.userId(), upload.fileName(), upload.content());
            check(upload.path() + " " + abbreviate(new String(upload.content(), StandardCharsets.ISO_8859_1)), response,
                    upload.expected(), failures);
        }

        assertThat(failures).isEmpty();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void ticketTitleKeptAsTextOrRejected() throws Exception {
        String definition = repositoryTicketDefinition();
        for (String title : List.of(SCRIPT, SQL, "Vidéoprojecteur 📽️ en panne — salle « B12 »")) {
            HttpResponse<String> started = postJson("/engine-rest/process-definition/" + definition + "/submit-form",
                    "correspondant", ticketForm(title, "0750654D"));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            String number = json(started).path("businessKey").asText();

            JsonNode ticket = json(get("/api/tickets/" + number, "correspondant"));

            assertThat(ticket.path("summary").path("title").asText()).isEqualTo(title);
        }
        long tickets = jdbc.queryForObject("select count(*) from ticket", Long.class);
        HttpResponse<String> tooLong = postJson("/engine-rest/process-definition/" + definition + "/submit-form",
                "correspondant", ticketForm(LONG_TEXT, "0750654D"));
        HttpResponse<String> otherLycee = postJson("/engine-rest/process-definition/" + definition + "/submit-form",
                "correspondant", ticketForm("Imprimante", "0750655E"));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).path("message").asText()).contains("Titre");
        assertThat(otherLycee.statusCode()).isEqualTo(400);
        assertThat(json(otherLycee).path("message").asText()).contains("lycée dont vous êtes correspondant");
        assertThat(jdbc.queryForObject("select count(*) from ticket", Long.class)).isEqualTo(tickets);
    }

    @Test
    void disposalOfForeignEquipmentRejectedLikeUnknown() throws Exception {
        HttpResponse<String> created = postJson("/api/schools/0750655E/equipment", "admin",
                "{\"labelNumber\": \"LLG-BAD-1\", \"kind\": \"PRINTER\", \"use\": \"administratif\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String foreign = json(created).path("id").asText();
        Map<String, Long> before = rowCounts();

        HttpResponse<String> foreignProposal = send("POST", DISPOSALS, "correspondant",
                "{\"equipmentIds\": [" + foreign + "]}");
        HttpResponse<String> unknownProposal = send("POST", DISPOSALS, "correspondant",
                "{\"equipmentIds\": [999999999]}");

        List<String> failures = new ArrayList<>();
        check("foreign equipment " + foreign, foreignProposal, foreign, failures);
        assertThat(failures).isEmpty();
        assertThat(json(foreignProposal).path("detail").asText().replace(foreign, "{id}"))
                .isEqualTo(json(unknownProposal).path("detail").asText().replace("999999999", "{id}"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void visitClosingWithImpossibleMinutesRejected() throws Exception {
        String uai = "0750656F";
        Visit visit = visitChanges.add(new VisitValues("2027-01-21", uai, "technicien", "matin", null, null),
                "planificateur").visit();
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(VisitProcess.businessKey(visit.getId())).singleResult().getId();
        // The visit opens at 08:30: its timer fires, and the closing task goes to the technician.
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 21).atTime(8, 31).atZone(VisitProcess.ZONE)
                .toInstant()));
        try {
            for (int round = 0; round < 10; round++) {
                List<Job> due = managementService.createJobQuery().processInstanceId(instance).executable().list();
                if (due.isEmpty()) {
                    break;
                }
                due.forEach(job -> managementService.executeJob(job.getId()));
            }
            Task close = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_CloseVisit")
                    .singleResult();
            assertThat(close).as("closing task of visit " + visit.getId()).isNotNull();
            Map<String, Long> before = rowCounts();

            Map<String, String> cases = new LinkedHashMap<>();
            cases.put(closing("-5", "0", "0", "0", "0"), "Tickets du lycée (minutes)");
            cases.put(closing("0", "0", "0", "0", "100000"), "Autres travaux (minutes)");
            cases.put(closing("0", "0", "\"une heure\"", "0", "0"), "Inventaire (minutes)");
            cases.put(closing("0", "12.5", "0", "0", "0"), "Demandes du jour (minutes)");
            cases.put(closing("300", "300", "300", "0", "0"), "600 minutes");
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, String> closing : cases.entrySet()) {
                HttpResponse<String> response = send("POST", "/engine-rest/task/" + close.getId() + "/submit-form",
                        "technicien", closing.getKey());
                String message = response.statusCode() == 400 ? json(response).path("message").asText() : "";
                if (response.statusCode() != 400 || !message.contains(closing.getValue())) {
                    failures.add(closing.getKey() + ": answered " + response.statusCode() + " "
                            + abbreviate(response.body()));
                }
            }

            assertThat(failures).isEmpty();
            assertThat(taskService.createTaskQuery().taskId(close.getId()).count()).isEqualTo(1);
            assertThat(taskService.getVariable(close.getId(), "otherMinutes")).isNotEqualTo(100000);
            assertThat(rowCounts()).isEqualTo(before);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void visitPrioritiesWithForeignTicketRejected() throws Exception {
        HttpResponse<String> started = postJson("/engine-rest/process-definition/" + repositoryTicketDefinition()
                + "/submit-form", "correspondant2", ticketForm("Imprimante du CDI", "0750655E"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String foreignTicket = json(started).path("businessKey").asText();
        Visit visit = visitChanges.add(new VisitValues("2027-01-26", "0750654D", "technicien", "matin", null, null),
                "planificateur").visit();
        Task priorities = taskService.createTaskQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(VisitProcess.businessKey(visit.getId()))
                .taskDefinitionKey("Task_GivePriorities").singleResult();
        assertThat(priorities).as("priorities task of visit " + visit.getId()).isNotNull();
        Map<String, Long> before = rowCounts();

        HttpResponse<String> response = send("POST", "/engine-rest/task/" + priorities.getId() + "/submit-form",
                "correspondant", """
                {"variables": {"prioritiesGivenBy": {"value": "CORRESPONDENT"},
                 "priorityTickets": {"value": "[\\"%s\\"]", "type": "Json"}}}""".formatted(foreignTicket));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("message").asText()).contains("Tickets à traiter en premier")
                .contains("pas en attente dans ce lycée");
        assertThat(taskService.createTaskQuery().taskId(priorities.getId()).count()).isEqualTo(1);
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static String closing(String tickets, String declared, String inventory, String preventive, String other) {
        return """
                {"variables": {"ticketMinutes": {"value": %s}, "declaredMinutes": {"value": %s},
                 "inventoryMinutes": {"value": %s}, "preventiveMinutes": {"value": %s},
                 "otherMinutes": {"value": %s}, "otherWork": {"value": "Câblage de la salle 12"}}}"""
                .formatted(tickets, declared, inventory, preventive, other);
    }

    private void check(String where, HttpResponse<String> response, String expected, List<String> failures)
            throws Exception {
        if (response.statusCode() != 400) {
            failures.add(where + ": answered " + response.statusCode() + " " + abbreviate(response.body()));
            return;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(where + ": answered " + response.headers().firstValue("Content-Type").orElse("no type"));
            return;
        }
        JsonNode problem = json(response);
        String text = problem.path("title").asText() + " " + problem.path("detail").asText() + " "
                + problem.path("errors").toString();
        if (!text.toLowerCase().contains(expected.toLowerCase())) {
            failures.add(where + ": expected « " + expected + " » in " + abbreviate(text));
        }
        if (text.contains("Exception") || text.contains("must not") || text.contains("Bad Request")) {
            failures.add(where + ": not French: " + abbreviate(text));
        }
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private HttpResponse<String> send(String method, String path, String userId, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(userId, userId))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String path, String userId, String fileName, byte[] content) throws Exception {
        String boundary = "proxima-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(userId, userId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String repositoryTicketDefinition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(TicketProcess.KEY).list().stream()
                .filter(definition -> !definition.getResourceName().contains("test"))
                .map(ProcessDefinition::getId)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private static String ticketForm(String title, String uai) throws Exception {
        var variables = JSON.createObjectNode();
        Map.of("schoolUai", uai, "service", "IMPRESSION", "equipmentKind", "IMPRIMANTE", "urgency", "HAUTE",
                "impact", "SALLE", "title", title, "description", "Le bac 2 se bloque.", "room", "B12")
                .forEach((name, value) -> variables.putObject(name).put("value", value));
        var body = JSON.createObjectNode();
        body.set("variables", variables);
        return JSON.writeValueAsString(body);
    }

    private static String visit(String date, String uai, String technician, String slot) {
        var body = JSON.createObjectNode().put("date", date).put("uai", uai).put("technician", technician)
                .put("slot", slot);
        return body.toString();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
