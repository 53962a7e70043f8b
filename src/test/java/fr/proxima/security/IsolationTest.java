package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.proxima.disposal.DisposalProcess;
import fr.proxima.disposal.DisposalService;
import fr.proxima.inventory.Equipment;
import fr.proxima.inventory.EquipmentStatus;
import fr.proxima.inventory.InventoryService;
import fr.proxima.ticket.TicketProcess;
import fr.proxima.visit.VisitProcess;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Isolation between lycées, route by route. Two lycées, Henri-IV (A) and Louis-le-Grand (B), each
 * have a correspondent, a technician and a head. Each also has a published visit with its "Donner
 * les priorités du jour" task, a ticket whose "Traiter le ticket" task opened at the visit's start,
 * an item in the inventory and a D3E disposal waiting for its check. Every user of one lycée requests every route with the other lycée's objects:
 * a read by id returns exactly what an unknown id returns, a list never contains the other lycée's
 * objects, and a write is rejected without changing anything. The same routes with the user's own
 * objects, and as the administrator, show that each route does return data when it may.
 *
 * <p>A route added later is one line in {@link #READ_ROUTES}, {@link #LIST_ROUTES} or
 * {@link #WRITE_ROUTES}, with the placeholders {@code {ticket}}, {@code {instance}},
 * {@code {task}}, {@code {visit}}, {@code {visitTask}}, {@code {equipment}}, {@code {label}},
 * {@code {disposal}}, {@code {reference}}, {@code {disposalTask}}, {@code {uai}},
 * {@code {technician}} and {@code {definition}} (the shipped ticket model), all of the other lycée,
 * and {@code {ownUai}}, the user's own lycée, to ask for the other lycée's object under it.
 */
class IsolationTest extends WebIntegrationTest {

    static final String HENRI_IV = "0750654D";

    static final String LOUIS_LE_GRAND = "0750655E";

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A second technician, who serves Louis-le-Grand only; the demo technician does not serve it. */
    static final String TECHNICIAN_B = "technicien.llg";

    /** The head of Louis-le-Grand; the demo account "chef" heads Henri-IV. */
    static final String HEAD_B = "chef.llg";

    enum Role { CORRESPONDENT, TECHNICIAN, HEAD }

    /** A user bound to one lycée, and the lycée whose objects they must never reach. */
    record Actor(String userId, Role role, String ownUai, String otherUai) {
    }

    static final List<Actor> ACTORS = List.of(
            new Actor("correspondant", Role.CORRESPONDENT, HENRI_IV, LOUIS_LE_GRAND),
            new Actor("technicien", Role.TECHNICIAN, HENRI_IV, LOUIS_LE_GRAND),
            new Actor("correspondant2", Role.CORRESPONDENT, LOUIS_LE_GRAND, HENRI_IV),
            new Actor(TECHNICIAN_B, Role.TECHNICIAN, LOUIS_LE_GRAND, HENRI_IV),
            new Actor("chef", Role.HEAD, HENRI_IV, LOUIS_LE_GRAND),
            new Actor(HEAD_B, Role.HEAD, LOUIS_LE_GRAND, HENRI_IV));

    static final Set<Role> BOTH = EnumSet.of(Role.CORRESPONDENT, Role.TECHNICIAN);

    /** Everyone bound to the lycée: its correspondents, its technicians and its head. */
    static final Set<Role> SCHOOL_PEOPLE = EnumSet.allOf(Role.class);

    /** Who gives the day's priorities of a visit: the lycée's correspondents and head. */
    static final Set<Role> CONTACTS = EnumSet.of(Role.CORRESPONDENT, Role.HEAD);

    static final Set<Role> TECHNICIANS = EnumSet.of(Role.TECHNICIAN);

    static final Set<Role> CORRESPONDENTS = EnumSet.of(Role.CORRESPONDENT);

    static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    /**
     * A route and the roles that reach their own lycée's object through it. The administrator
     * reaches every lycée's.
     */
    record Route(String path, Set<Role> ownVisibleTo) {
    }

    /** Reads by id: another lycée's object gets the status and body of an unknown id. */
    static final List<Route> READ_ROUTES = List.of(
            new Route("/api/tickets/{ticket}", BOTH),
            new Route("/api/schools/{uai}", BOTH),
            new Route("/api/schools/{uai}/allocation?schoolYear=2026-2027", BOTH),
            new Route("/api/visits/{visit}", BOTH),
            new Route("/api/feeds/schools/{uai}.ics", BOTH),
            new Route("/api/feeds/technicians/{technician}.ics", TECHNICIANS),
            new Route("/engine-rest/task/{task}", TECHNICIANS),
            new Route("/engine-rest/task/{task}/variables", TECHNICIANS),
            new Route("/engine-rest/task/{task}/form-variables", TECHNICIANS),
            new Route("/engine-rest/task/{task}/form", TECHNICIANS),
            new Route("/engine-rest/task/{task}/deployed-form", TECHNICIANS),
            new Route("/engine-rest/task/{task}/identity-links", TECHNICIANS),
            // Comments and attachments are read through the history, which technicians may not read.
            new Route("/engine-rest/task/{task}/comment", NOBODY),
            new Route("/engine-rest/task/{task}/attachment", NOBODY),
            new Route("/engine-rest/process-instance/{instance}", NOBODY),
            new Route("/engine-rest/process-instance/{instance}/variables", NOBODY),
            new Route("/engine-rest/process-instance/{instance}/activity-instances", NOBODY),
            new Route("/engine-rest/history/process-instance/{instance}", NOBODY),
            new Route("/camunda/api/engine/engine/default/task/{task}", TECHNICIANS),
            new Route("/camunda/api/engine/engine/default/task/{task}/form-variables", TECHNICIANS),
            new Route("/camunda/api/engine/engine/default/process-instance/{instance}", NOBODY),
            new Route("/camunda/api/engine/engine/default/process-instance/{instance}/variables", NOBODY),
            // The on-site visit: its queue, the lycée's activité du jour, the day's priorities task.
            new Route("/api/visits/{visit}/queue", SCHOOL_PEOPLE),
            new Route("/api/schools/{uai}/activities", SCHOOL_PEOPLE),
            new Route("/engine-rest/task/{visitTask}", CONTACTS),
            new Route("/engine-rest/task/{visitTask}/form-variables", CONTACTS),
            new Route("/engine-rest/task/{visitTask}/deployed-form", CONTACTS),
            new Route("/camunda/api/engine/engine/default/task/{visitTask}/form-variables", CONTACTS),
            // The inventory, and another lycée's item asked for under the user's own lycée.
            new Route("/api/schools/{uai}/equipment", SCHOOL_PEOPLE),
            new Route("/api/schools/{uai}/equipment?search=ISO", SCHOOL_PEOPLE),
            new Route("/api/schools/{uai}/equipment/{equipment}", SCHOOL_PEOPLE),
            new Route("/api/schools/{uai}/equipment/{equipment}/history", SCHOOL_PEOPLE),
            new Route("/api/schools/{uai}/equipment/export", SCHOOL_PEOPLE),
            new Route("/api/schools/{uai}/equipment/workstations", SCHOOL_PEOPLE),
            new Route("/api/schools/{uai}/equipment/permissions", SCHOOL_PEOPLE),
            new Route("/api/schools/{ownUai}/equipment/{equipment}", SCHOOL_PEOPLE),
            new Route("/api/schools/{ownUai}/equipment/{equipment}/history", SCHOOL_PEOPLE),
            // D3E disposals, and the check task with its form listing the disposal's items.
            new Route("/api/schools/{uai}/disposals", SCHOOL_PEOPLE),
            new Route("/api/disposals/{disposal}", SCHOOL_PEOPLE),
            // No record yet: the disposal has not reached the store step, so the own one is 404 too.
            new Route("/api/disposals/{disposal}/record.pdf", NOBODY),
            new Route("/engine-rest/task/{disposalTask}", TECHNICIANS),
            new Route("/engine-rest/task/{disposalTask}/deployed-form", TECHNICIANS),
            new Route("/camunda/api/engine/engine/default/task/{disposalTask}/deployed-form", TECHNICIANS),
            // The instances of the visit and disposal processes: nobody but administrators reads them.
            new Route("/engine-rest/process-instance/{visitInstance}/variables", NOBODY),
            new Route("/engine-rest/process-instance/{disposalInstance}/variables", NOBODY),
            new Route("/engine-rest/history/process-instance/{disposalInstance}", NOBODY));

    /** Read routes that the administrator cannot read with 200 either, for a reason given in {@link #READ_ROUTES}. */
    static final Set<String> NOT_READY_FOR_ANYONE = Set.of("/api/disposals/{disposal}/record.pdf");

    /** Lists, queries, feeds and autocomplete: never the other lycée's objects, whatever the filter. */
    static final List<Route> LIST_ROUTES = List.of(
            new Route("/api/tickets", BOTH),
            new Route("/api/schools", BOTH),
            new Route("/api/feeds", BOTH),
            // The lycée options of the ticket start form.
            new Route("/engine-rest/process-definition/{definition}/deployed-start-form", CORRESPONDENTS),
            new Route("/camunda/api/engine/engine/default/process-definition/{definition}/deployed-start-form",
                    CORRESPONDENTS),
            new Route("/engine-rest/task?processInstanceBusinessKey={ticket}&maxResults=50", TECHNICIANS),
            new Route("/engine-rest/task?maxResults=2000", TECHNICIANS),
            new Route("/engine-rest/process-instance?businessKey={ticket}&maxResults=50", NOBODY),
            new Route("/engine-rest/execution?processInstanceId={instance}&maxResults=50", NOBODY),
            new Route("/engine-rest/variable-instance?processInstanceIdIn={instance}&maxResults=50", NOBODY),
            new Route("/engine-rest/history/process-instance?processInstanceBusinessKey={ticket}&maxResults=50", NOBODY),
            new Route("/engine-rest/history/task?processInstanceBusinessKey={ticket}&maxResults=50", NOBODY),
            new Route("/engine-rest/history/variable-instance?processInstanceId={instance}&maxResults=50", NOBODY),
            new Route("/engine-rest/history/activity-instance?processInstanceId={instance}&maxResults=50", NOBODY),
            new Route("/engine-rest/history/detail?processInstanceId={instance}&maxResults=50", NOBODY),
            new Route("/engine-rest/history/user-operation?processInstanceId={instance}&maxResults=50", NOBODY),
            new Route("/engine-rest/history/identity-link-log?processInstanceId={instance}&maxResults=50", NOBODY),
            new Route("/engine-rest/incident?processInstanceId={instance}&maxResults=50", NOBODY),
            new Route("/engine-rest/user?maxResults=2000", NOBODY),
            new Route("/camunda/api/engine/engine/default/task?processInstanceBusinessKey={ticket}&maxResults=50", TECHNICIANS),
            new Route("/camunda/api/engine/engine/default/history/process-instance?processInstanceBusinessKey={ticket}&maxResults=50",
                    NOBODY),
            // The technician's visits of the coming days (the test sets the engine clock a week before them).
            new Route("/api/visits/mine", TECHNICIANS),
            new Route("/engine-rest/task?processInstanceBusinessKey=visit-{visit}&maxResults=50", CONTACTS),
            new Route("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=visit-{visit}&maxResults=50",
                    CONTACTS),
            new Route("/engine-rest/task?candidateGroup=chefs-{uai}&maxResults=50", EnumSet.of(Role.HEAD)),
            new Route("/engine-rest/task?processInstanceBusinessKey={reference}&maxResults=50", TECHNICIANS),
            new Route("/engine-rest/process-instance?businessKey=visit-{visit}&maxResults=50", NOBODY),
            new Route("/engine-rest/process-instance?businessKey={reference}&maxResults=50", NOBODY),
            new Route("/engine-rest/variable-instance?processInstanceIdIn={visitInstance},{disposalInstance}&maxResults=50",
                    NOBODY),
            new Route("/engine-rest/history/task?processInstanceBusinessKey=visit-{visit}&maxResults=50", NOBODY),
            new Route("/engine-rest/history/variable-instance?processInstanceId={disposalInstance}&maxResults=50",
                    NOBODY),
            // Tasklist's shared filters, run as the user: {filter:<name>} is the id of the filter of that name.
            new Route("/engine-rest/filter/{filter:Mes tâches}/list?maxResults=50", TECHNICIANS),
            new Route("/engine-rest/filter/{filter:Tâches de mes lycées}/list?maxResults=50", SCHOOL_PEOPLE),
            new Route("/engine-rest/filter/{filter:File du passage en cours}/list?maxResults=50", NOBODY),
            // The equipment options of the d3e-disposal start form, filled per user.
            new Route("/engine-rest/process-definition/key/d3e-disposal/deployed-start-form", BOTH),
            new Route("/camunda/api/engine/engine/default/process-definition/key/d3e-disposal/deployed-start-form",
                    BOTH));

    /** A write on another lycée's object: method, path and JSON body. */
    record Write(String method, String path, String body) {
    }

    /** A write body with this prefix is sent as the CSV file of a multipart upload. */
    static final String CSV_BODY = "csv:";

    static final List<Write> WRITE_ROUTES = List.of(
            new Write("POST", "/engine-rest/task/{task}/claim", "{\"userId\": \"{user}\"}"),
            new Write("POST", "/engine-rest/task/{task}/assignee", "{\"userId\": \"{user}\"}"),
            new Write("POST", "/engine-rest/task/{task}/complete", "{}"),
            new Write("POST", "/engine-rest/task/{task}/submit-form", "{\"variables\": {}}"),
            new Write("POST", "/engine-rest/task/{task}/comment/create", "{\"message\": \"intrusion\"}"),
            new Write("POST", "/engine-rest/task/{task}/identity-links",
                    "{\"groupId\": \"correspondants-{ownUai}\", \"type\": \"candidate\"}"),
            new Write("PUT", "/engine-rest/task/{task}/variables/intrusion", "{\"value\": \"x\"}"),
            new Write("DELETE", "/engine-rest/task/{task}", null),
            new Write("DELETE", "/engine-rest/process-instance/{instance}", null),
            new Write("PUT", "/engine-rest/process-instance/{instance}/suspended", "{\"suspended\": true}"),
            new Write("POST", "/engine-rest/process-instance/{instance}/modification",
                    "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"Task_WorkTicket\"}]}"),
            new Write("POST", "/engine-rest/process-instance/delete",
                    "{\"processInstanceIds\": [\"{instance}\"], \"deleteReason\": \"intrusion\"}"),
            new Write("POST", "/engine-rest/process-instance/suspended-async",
                    "{\"processInstanceIds\": [\"{instance}\"], \"suspended\": true}"),
            new Write("POST", "/engine-rest/process-instance/variables-async",
                    "{\"processInstanceIds\": [\"{instance}\"], \"variables\": {\"intrusion\": {\"value\": \"x\"}}}"),
            new Write("POST", "/engine-rest/process-instance/job-retries",
                    "{\"processInstances\": [\"{instance}\"], \"retries\": 3}"),
            new Write("POST", "/engine-rest/modification/execute", "{\"processDefinitionId\": \"{definition}\","
                    + " \"processInstanceIds\": [\"{instance}\"], \"instructions\": [{\"type\": \"cancel\","
                    + " \"activityId\": \"Task_WorkTicket\"}]}"),
            new Write("POST", "/camunda/api/engine/engine/default/task/{task}/claim", "{\"userId\": \"{user}\"}"),
            new Write("POST", "/engine-rest/message",
                    "{\"messageName\": \"intrusion\", \"processInstanceId\": \"{instance}\"}"),
            new Write("POST", "/api/visits", "{\"date\": \"2027-01-13\", \"uai\": \"{uai}\", \"technician\": \"{user}\","
                    + " \"slot\": \"matin\"}"),
            new Write("PATCH", "/api/visits/{visit}", "{\"slot\": \"journée\"}"),
            new Write("DELETE", "/api/visits/{visit}", null),
            // The visit's day priorities task.
            new Write("POST", "/engine-rest/task/{visitTask}/claim", "{\"userId\": \"{user}\"}"),
            new Write("POST", "/engine-rest/task/{visitTask}/submit-form", "{\"variables\": {\"prioritiesGivenBy\":"
                    + " {\"value\": \"CORRESPONDENT\"}, \"prioritiesNote\": {\"value\": \"intrusion\"}}}"),
            new Write("POST", "/engine-rest/task/{visitTask}/complete", "{}"),
            new Write("POST", "/camunda/api/engine/engine/default/task/{visitTask}/claim", "{\"userId\": \"{user}\"}"),
            // The inventory: add, change, import, on the other lycée or on its item under the user's lycée.
            new Write("POST", "/api/schools/{uai}/equipment",
                    "{\"labelNumber\": \"INTRUS-1\", \"kind\": \"PRINTER\", \"use\": \"administratif\"}"),
            new Write("PATCH", "/api/schools/{uai}/equipment/{equipment}", "{\"room\": \"INTRUS\"}"),
            new Write("PATCH", "/api/schools/{ownUai}/equipment/{equipment}", "{\"room\": \"INTRUS\"}"),
            new Write("POST", "/api/schools/{uai}/equipment/import", CSV_BODY
                    + "numero_etiquette;type;usage;salle\n{label};imprimante;administratif;INTRUS\n"),
            new Write("POST", "/api/tickets/{ticket}/warranty-claim", "{\"status\": \"ouverte\"}"),
            // D3E: a proposal on the other lycée, or of its item under the user's lycée, by API or start form.
            new Write("POST", "/api/schools/{uai}/disposals", "{\"equipmentIds\": [{equipment}]}"),
            new Write("POST", "/api/schools/{ownUai}/disposals", "{\"equipmentIds\": [{equipment}]}"),
            new Write("POST", "/engine-rest/process-definition/key/d3e-disposal/submit-form",
                    "{\"variables\": {\"schoolUai\": {\"value\": \"{ownUai}\"},"
                            + " \"equipmentIds\": {\"value\": \"{equipment}\"}}}"),
            new Write("POST", "/engine-rest/process-definition/key/d3e-disposal/submit-form",
                    "{\"variables\": {\"schoolUai\": {\"value\": \"{uai}\"},"
                            + " \"equipmentIds\": {\"value\": \"{equipment}\"}}}"),
            new Write("POST", "/engine-rest/task/{disposalTask}/claim", "{\"userId\": \"{user}\"}"),
            new Write("POST", "/engine-rest/task/{disposalTask}/submit-form", "{\"variables\": {}}"));


    /** The objects of one lycée. */
    record SchoolObjects(String uai, String technician, String ticket, String instance, String task, String visit,
            String definition, String visitTask, String equipment, String label, String disposal, String reference,
            String disposalTask, String visitInstance, String disposalInstance) {

        String resolve(String template) {
            return template.replace("{definition}", definition).replace("{ticket}", ticket)
                    .replace("{instance}", instance).replace("{task}", task)
                    .replace("{visitTask}", visitTask).replace("{visitInstance}", visitInstance)
                    .replace("{disposalInstance}", disposalInstance).replace("{equipment}", equipment).replace("{label}", label)
                    .replace("{disposalTask}", disposalTask).replace("{disposal}", disposal)
                    .replace("{reference}", reference)
                    .replace("{visit}", visit).replace("{uai}", uai).replace("{technician}", technician);
        }

        /** Replaces this lycée's ids, echoed by some error messages, and any correlation id by placeholders. */
        String mask(String body) {
            // Equipment and disposal ids are small numbers: masked where a message or a path shows an id.
            body = body.replaceAll("(identifiant |/equipment/|/disposals/)\\d+\\b", "$1{id}");
            return body.replace(ticket, "{ticket}").replace(instance, "{instance}").replace(task, "{task}")
                    .replace("« " + technician + " »", "« {technician} »")
                    .replace("/" + technician + ".ics", "/{technician}.ics").replace(uai, "{uai}")
                    .replaceAll("\\b" + visit + "\\b", "{visit}")
                    .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{uuid}");
        }

        /** Values that appear in a response only when the response shows this lycée's objects. */
        List<String> markers() {
            return List.of(ticket, instance, task, visitTask, label, reference, disposalTask, visitInstance,
                    disposalInstance);
        }

        /** True when a list shows any of this lycée's objects. */
        boolean shownIn(String body) {
            return markers().stream().anyMatch(body::contains) || body.contains("\"" + uai + "\"")
                    || body.contains(uai + ".ics");
        }
    }

    /** Ids of the same shapes that match nothing. */
    static final SchoolObjects UNKNOWN = new SchoolObjects("0759999" + fr.proxima.school.Uai.expectedCheckLetter("0759999"), "technicien.inconnu", "2099-99999",
            "00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000001", "999999999",
            "ticket:0:00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000003", "999999998",
            "ETIQUETTE-INCONNUE", "999999997", "D3E-0000-0000", "00000000-0000-0000-0000-000000000004",
            "00000000-0000-0000-0000-000000000005", "00000000-0000-0000-0000-000000000006");

    /** Created once for the shared context. */
    static Map<String, SchoolObjects> objects;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    FilterService filterService;

    @Autowired
    InventoryService inventory;

    @Autowired
    DisposalService disposals;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @BeforeEach
    void createObjects() throws Exception {
        if (objects != null) {
            return;
        }
        createUser(TECHNICIAN_B, TECHNICIAN_B, Groups.TECHNICIANS, Groups.techniciansOf(LOUIS_LE_GRAND));
        createUser(HEAD_B, HEAD_B, Groups.HEADS, Groups.headsOf(LOUIS_LE_GRAND));
        objects = Map.of(
                HENRI_IV, schoolObjects(HENRI_IV, "correspondant", "technicien", "2027-01-12"),
                LOUIS_LE_GRAND, schoolObjects(LOUIS_LE_GRAND, "correspondant2", TECHNICIAN_B, "2027-01-12"));
    }

    @Test
    void otherLyceeReadLooksUnknown() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Actor actor : ACTORS) {
            WebappSession session = loginToWebapps(actor.userId());
            SchoolObjects own = objects.get(actor.ownUai());
            SchoolObjects other = objects.get(actor.otherUai());
            for (Route route : READ_ROUTES) {
                String path = route.path().replace("{ownUai}", actor.ownUai());
                HttpResponse<String> ownResponse = read(session, actor.userId(), own.resolve(path));
                HttpResponse<String> otherResponse = read(session, actor.userId(), other.resolve(path));
                HttpResponse<String> unknownResponse = read(session, actor.userId(), UNKNOWN.resolve(path));
                String where = actor.userId() + " GET " + route.path();
                if (route.ownVisibleTo().contains(actor.role()) && ownResponse.statusCode() != 200) {
                    failures.add(where + ": own object answered " + ownResponse.statusCode() + " " + ownResponse.body());
                }
                if (otherResponse.statusCode() < 400) {
                    failures.add(where + ": other lycée answered " + otherResponse.statusCode());
                }
                String otherAnswer = otherResponse.statusCode() + " " + other.mask(otherResponse.body());
                String unknownAnswer = unknownResponse.statusCode() + " " + UNKNOWN.mask(unknownResponse.body());
                if (!otherAnswer.equals(unknownAnswer)) {
                    failures.add(where + ": other lycée answered " + abbreviate(otherAnswer) + ", unknown id "
                            + abbreviate(unknownAnswer));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void listsShowOwnLyceeOnly() throws Exception {
        // A week before the visits, so that /api/visits/mine, which looks 31 days ahead, lists them.
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 5).atTime(9, 0).atZone(PARIS).toInstant()));
        List<String> failures = new ArrayList<>();
        for (Actor actor : ACTORS) {
            WebappSession session = loginToWebapps(actor.userId());
            SchoolObjects own = objects.get(actor.ownUai());
            SchoolObjects other = objects.get(actor.otherUai());
            for (Route listRoute : LIST_ROUTES) {
                Route route = new Route(withFilterIds(listRoute.path()), listRoute.ownVisibleTo());
                for (SchoolObjects filter : List.of(own, other)) {
                    HttpResponse<String> response = read(session, actor.userId(), filter.resolve(route.path()));
                    String where = actor.userId() + " GET " + filter.resolve(route.path());
                    if (response.statusCode() >= 500) {
                        failures.add(where + ": answered " + response.statusCode());
                    }
                    for (String marker : Stream.concat(other.markers().stream(), Stream.of("\"" + other.uai() + "\""))
                            .toList()) {
                        if (response.body().contains(marker)) {
                            failures.add(where + ": contains the other lycée's " + marker);
                        }
                    }
                }
                HttpResponse<String> ownList = read(session, actor.userId(), own.resolve(route.path()));
                if (route.ownVisibleTo().contains(actor.role()) && !own.shownIn(ownList.body())) {
                    failures.add(actor.userId() + " GET " + own.resolve(route.path()) + ": own objects missing from "
                            + ownList.statusCode() + " " + abbreviate(ownList.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void userListOmitsOtherLyceeUsers() throws Exception {
        for (Actor actor : ACTORS) {
            HttpResponse<String> users = get("/engine-rest/user?maxResults=2000", actor.userId());
            String otherCorrespondent = actor.ownUai().equals(HENRI_IV) ? "correspondant2" : "correspondant";

            assertThat(users.body()).as(actor.userId()).doesNotContain("\"" + otherCorrespondent + "\"");
        }
    }

    @Test
    void writesOnOtherLyceeRejected() throws Exception {
        Map<String, Integer> itemCounts = new HashMap<>();
        objects.keySet().forEach(uai -> itemCounts.put(uai, inventory.findBySchool(uai).size()));
        List<String> failures = new ArrayList<>();
        for (Actor actor : ACTORS) {
            WebappSession session = loginToWebapps(actor.userId());
            SchoolObjects other = objects.get(actor.otherUai());
            for (Write write : WRITE_ROUTES) {
                String path = other.resolve(write.path().replace("{ownUai}", actor.ownUai()));
                String body = write.body() == null ? null : other.resolve(write.body()
                        .replace("{user}", actor.userId()).replace("{ownUai}", actor.ownUai()));
                // The webapps' API takes the session and its CSRF token; the tables hold only POSTs for it.
                HttpResponse<String> response = path.startsWith("/camunda/")
                        ? session.postJson(path, body)
                        : body != null && body.startsWith(CSV_BODY)
                        ? upload(actor.userId(), path, body.substring(CSV_BODY.length()))
                        : send(actor.userId(), write.method(), path, body);
                // 405 and 415 would mean that the request never reached the access check.
                if (response.statusCode() < 400 || response.statusCode() >= 500 || response.statusCode() == 405
                        || response.statusCode() == 415) {
                    failures.add(actor.userId() + " " + write.method() + " " + path + ": answered "
                            + response.statusCode() + " " + abbreviate(response.body()));
                }
            }
        }

        assertThat(failures).isEmpty();
        for (SchoolObjects school : objects.values()) {
            assertThat(taskService.createTaskQuery().taskId(school.task()).singleResult()).as(school.task()).isNotNull();
            // At the visit's start the ticket's task went to the visit's technician.
            assertThat(taskService.createTaskQuery().taskId(school.task()).singleResult().getAssignee())
                    .isEqualTo(school.technician());
            assertThat(taskService.getTaskComments(school.task())).isEmpty();
            assertThat(taskService.getVariable(school.task(), "intrusion")).isNull();
            assertThat(taskService.getIdentityLinksForTask(school.task())).extracting(IdentityLink::getGroupId)
                    .filteredOn(Objects::nonNull).containsOnly(Groups.techniciansOf(school.uai()));
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(school.instance()).active().count())
                    .isEqualTo(1);
        }
        JsonNode otherVisit = json(get("/api/visits/" + objects.get(HENRI_IV).visit(), "admin"));
        assertThat(otherVisit.path("slot").asText()).isNotEqualTo("journée");
        for (SchoolObjects school : objects.values()) {
            Task visitTask = taskService.createTaskQuery().taskId(school.visitTask()).singleResult();
            assertThat(visitTask).as(school.visitTask()).isNotNull();
            assertThat(visitTask.getAssignee()).isNull();
            assertThat(taskService.getVariable(school.visitTask(), "prioritiesNote")).isNull();
            Task disposalTask = taskService.createTaskQuery().taskId(school.disposalTask()).singleResult();
            assertThat(disposalTask).as(school.disposalTask()).isNotNull();
            assertThat(disposalTask.getAssignee()).isNull();
            Equipment item = inventory.get(Long.parseLong(school.equipment()));
            assertThat(item.getRoom()).isEqualTo("B12");
            assertThat(item.getStatus()).isEqualTo(EquipmentStatus.IN_SERVICE);
            assertThat(inventory.findBySchool(school.uai())).hasSize(itemCounts.get(school.uai()))
                    .extracting(Equipment::getRoom).doesNotContain("INTRUS");
            assertThat(disposals.findBySchool(school.uai())).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from ticket_warranty_claim c join ticket t"
                    + " on t.id = c.ticket_id where t.ticket_number = ?", Long.class, school.ticket())).isZero();
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DisposalProcess.KEY).count())
                .isEqualTo(2);
    }

    @Test
    void administratorReadsEveryLycee() throws Exception {
        for (SchoolObjects school : objects.values()) {
            for (Route route : READ_ROUTES) {
                if (route.path().startsWith("/camunda/") || route.path().contains("{technician}")
                        || NOT_READY_FOR_ANYONE.contains(route.path())) {
                    continue;
                }
                HttpResponse<String> response = get(school.resolve(route.path().replace("{ownUai}", school.uai())),
                        "admin");
                assertThat(response.statusCode()).as("admin GET %s: %s", school.resolve(route.path()), response.body())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void cockpitAndAdminApiForAdministratorsOnly() throws Exception {
        String instance = objects.get(HENRI_IV).instance();
        List<String> adminOnly = List.of(
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?maxResults=50",
                "/camunda/api/cockpit/plugin/base/default/process-instance/" + instance + "/called-process-instances",
                "/camunda/api/admin/plugin/adminPlugins/default/users?maxResults=10");
        for (String userId : List.of("correspondant", "technicien", "correspondant2", TECHNICIAN_B, "planificateur")) {
            WebappSession session = loginToWebapps(userId);
            for (String path : adminOnly) {
                HttpResponse<String> response = session.get(path);

                assertThat(response.statusCode()).as("%s GET %s: %s", userId, path, response.body()).isIn(401, 403, 404);
                assertThat(response.body()).as(path).doesNotContain(instance);
            }
        }
        WebappSession admin = loginToWebapps("admin");
        assertThat(admin.get(adminOnly.get(0)).statusCode()).isEqualTo(200);
    }

    private SchoolObjects schoolObjects(String uai, String correspondent, String technician, String visitDate)
            throws Exception {
        // The visit first: a ticket waits for the lycée's next visit, and its task opens when the visit starts.
        HttpResponse<String> visit = postJson("/api/visits", "planificateur", """
                {"date": "%s", "uai": "%s", "technician": "%s", "slot": "matin"}""".formatted(visitDate, uai, technician));
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
        String visitId = json(visit).path("visit").path("id").asText();
        // The visit's process starts with the visit; its first task waits for the day's priorities.
        Task visitTask = taskService.createTaskQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(VisitProcess.businessKey(Long.parseLong(visitId)))
                .taskDefinitionKey("Task_GivePriorities").singleResult();
        assertThat(visitTask).as("priorities task of visit " + visitId).isNotNull();

        HttpResponse<String> started = postJson("/engine-rest/process-definition/" + realTicketDefinition()
                + "/submit-form", correspondent, startForm(uai));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = json(started).path("id").asText();
        String ticket = json(started).path("businessKey").asText();
        // The visit starts at 08:30: the ticket's timer fires and its "Traiter le ticket" task opens.
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(visitDate).atTime(8, 31).atZone(PARIS).toInstant()));
        try {
            runDueJobs(instance);
        } finally {
            ClockUtil.reset();
        }
        Task work = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(work).as("work task of ticket " + ticket).isNotNull();
        String task = work.getId();

        // Two items: one stays in service, the other is proposed for disposal and waits for its check.
        String label = "ISO-" + uai;
        String equipment = json(createEquipment(uai, label)).path("id").asText();
        String proposed = json(createEquipment(uai, label + "-REFORME")).path("id").asText();
        HttpResponse<String> disposal = postJson("/api/schools/" + uai + "/disposals", correspondent,
                "{\"equipmentIds\": [" + proposed + "], \"reason\": \"Hors d'usage\"}");
        assertThat(disposal.statusCode()).as(disposal.body()).isEqualTo(201);
        String disposalId = json(disposal).path("summary").path("id").asText();
        String reference = json(disposal).path("summary").path("reference").asText();
        String disposalInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey(DisposalProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        runDueJobs(disposalInstance);
        Task disposalTask = taskService.createTaskQuery().processInstanceId(disposalInstance)
                .taskDefinitionKey("Task_CheckEquipment").singleResult();
        assertThat(disposalTask).as("check task of disposal " + reference).isNotNull();
        return new SchoolObjects(uai, technician, ticket, instance, task, visitId, realTicketDefinition(),
                visitTask.getId(), equipment, label, disposalId, reference, disposalTask.getId(),
                visitTask.getProcessInstanceId(), disposalInstance);
    }

    private HttpResponse<String> createEquipment(String uai, String label) throws IOException, InterruptedException {
        HttpResponse<String> created = postJson("/api/schools/" + uai + "/equipment", "admin", """
                {"labelNumber": "%s", "kind": "PRINTER", "use": "administratif", "make": "Brother",
                 "model": "HL-2250DN", "room": "B12"}""".formatted(label));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created;
    }

    /** Runs the instance's due jobs, as the job executor would, since it is off in these tests. */
    private void runDueJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /**
     * Returns the id of the shipped ticket model, since another test of this context deploys a
     * stand-in with the same key.
     */
    private String realTicketDefinition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(TicketProcess.KEY).list().stream()
                .filter(definition -> definition.getResourceName().endsWith("ticket.bpmn")
                        && !definition.getResourceName().contains("test"))
                .map(ProcessDefinition::getId)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private static String startForm(String uai) {
        return """
                {"variables": {
                  "schoolUai": {"value": "%s"}, "service": {"value": "IMPRESSION"},
                  "equipmentKind": {"value": "IMPRIMANTE"}, "urgency": {"value": "HAUTE"},
                  "impact": {"value": "SALLE"}, "title": {"value": "Imprimante bloquée"},
                  "description": {"value": "Le bac 2 se bloque à la première feuille."}, "room": {"value": "B12"}}}
                """.formatted(uai);
    }

    private static final Pattern FILTER_PLACEHOLDER = Pattern.compile("\\{filter:([^}]+)}");

    /** Replaces the {filter:<name>} placeholder by the id of the Tasklist filter of that name. */
    private String withFilterIds(String path) {
        Matcher placeholder = FILTER_PLACEHOLDER.matcher(path);
        if (!placeholder.find()) {
            return path;
        }
        String filterId = filterService.createFilterQuery().filterName(placeholder.group(1)).singleResult().getId();
        return path.replace(placeholder.group(), filterId);
    }

    /** Reads a path with HTTP Basic, or with the webapp session for the webapps' own API. */
    private HttpResponse<String> read(WebappSession session, String userId, String path)
            throws IOException, InterruptedException {
        return path.startsWith("/camunda/") ? session.get(path) : get(path, userId);
    }

    private HttpResponse<String> send(String userId, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(userId, userId))
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a CSV file as the multipart part "file". */
    private HttpResponse<String> upload(String userId, String path, String csv) throws IOException, InterruptedException {
        String boundary = "proxima-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"inventaire.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(userId, userId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
