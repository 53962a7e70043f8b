package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.Groups;
import fr.proxima.support.H2IntegrationTest;
import fr.proxima.support.ReceivedMail;
import fr.proxima.support.TestMailbox;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the planning's integration tests: the whole application on H2 with GreenMail, on a
 * random port, with the job executor off so that each test runs the mail jobs itself. The
 * subclasses share one context, so each uses lycées and users of its own.
 */
@H2IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
abstract class PlanningIntegrationTest {

    static final String PASSWORD = "Secret-42";

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    IdentityService identityService;

    @Autowired
    ManagementService managementService;

    @Autowired
    SchoolRepository schools;

    @Autowired
    TestMailbox mailbox;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void purgeMailbox() {
        mailbox.purge();
    }

    /** Creates a user with {@link #PASSWORD} and these groups, unless they exist. */
    void createUser(String userId, String firstName, String lastName, String email, String... groupIds) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        for (String groupId : groupIds) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
        }
    }

    void createPlanner(String userId) {
        createUser(userId, "Hélène", "Planif-" + userId, userId + "@region.example", Groups.PLANNERS);
    }

    /** Creates a technician who serves these lycées. */
    void createTechnician(String userId, String firstName, String lastName, String... uais) {
        createUser(userId, firstName, lastName, userId + "@scc.example", Groups.TECHNICIANS);
        for (String uai : uais) {
            createUser(userId, firstName, lastName, null, Groups.techniciansOf(uai));
        }
    }

    void createCorrespondent(String userId, String email, String uai) {
        createUser(userId, "Corinne", "Corr-" + userId, email, Groups.CORRESPONDENTS, Groups.correspondentsOf(uai));
    }

    void setWorkstations(String uai, int workstations, boolean estimated) {
        School school = schools.findById(uai).orElseThrow();
        school.setWorkstations(workstations, estimated);
        school.setUpdatedAt(Instant.now());
        schools.save(school);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String basic(String userId) {
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String userId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (userId != null) {
            request.header("Authorization", basic(userId));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String userId, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", basic(userId));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Uploads a planning file as {@code userId}, as the planning page does. */
    HttpResponse<String> upload(String userId, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "proxima-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/plannings"))
                .header("Authorization", basic(userId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> upload(String userId, String csv) throws IOException, InterruptedException {
        return upload(userId, "planning.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Runs every job of the process instance, as the job executor would, until none is left. */
    void runJobs(String processInstanceId) {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list())
                .isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** Runs the mail jobs of the changes of one visit, as the job executor would. */
    void runChangeJobs(long visitId) {
        processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PlanningProcess.CHANGE_KEY)
                .processInstanceBusinessKeyLike("visit-" + visitId + "-%")
                .list()
                .forEach(instance -> runJobs(instance.getId()));
    }

    /**
     * Returns the mails sent to an address, in arrival order, once each: GreenMail keeps a copy of
     * a mail for each of its recipients.
     */
    List<ReceivedMail> mailsTo(String address) {
        Set<String> seen = new HashSet<>();
        return mailbox.messages().stream()
                .filter(mail -> mail.to().contains(address))
                .filter(mail -> seen.add(messageId(mail)))
                .toList();
    }

    private static String messageId(ReceivedMail mail) {
        try {
            return mail.message().getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("Reading a Message-ID failed", e);
        }
    }

    /** Returns the iCalendar attachments of a mail, parsed, with their content types. */
    static List<Attachment> calendars(ReceivedMail mail) throws Exception {
        List<Attachment> found = new ArrayList<>();
        collect(mail.message(), found);
        return found;
    }

    private static void collect(Part part, List<Attachment> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        } else if (part.isMimeType("text/calendar")) {
            try (InputStream in = part.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                found.add(new Attachment(part.getFileName(), part.getContentType(), text, parse(text)));
            }
        }
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /** An iCalendar attachment: its file name, MIME type, text and parsed calendar. */
    record Attachment(String fileName, String contentType, String text, Calendar calendar) {
    }

    static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }
}
