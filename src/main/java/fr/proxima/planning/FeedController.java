package fr.proxima.planning;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.school.Uai;
import fr.proxima.security.CurrentUser;
import fr.proxima.security.SchoolAccess;
import fr.proxima.security.UserDirectory;
import fr.proxima.web.ApiProblems;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The iCalendar feeds that calendar apps subscribe to: one per lycée and one per technician,
 * showing the published and done visits from {@value #PAST_DAYS} days ago onward. A caller
 * authenticates with the session or HTTP Basic, or, since calendar apps cannot always send
 * credentials, with the personal token of the {@code token} parameter (see {@link FeedTokenService}).
 *
 * <p>A lycée's feed is read by its correspondents and technicians, planners and administrators; a
 * technician's feed by that technician, planners and administrators. Any other feed gets 404, as
 * an unknown lycée or user does, so that the response does not reveal which exist.
 */
@RestController
class FeedController {

    /** Days of past visits kept in a feed. */
    static final int PAST_DAYS = 365;

    /** Upper bound of the feeds' date range, which every stored date fits in. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CurrentUser currentUser;

    private final FeedTokenService tokens;

    private final PlanningAccess access;

    private final SchoolAccess schoolAccess;

    private final SchoolRepository schools;

    private final VisitRepository visits;

    private final VisitCalendars calendars;

    private final UserDirectory users;

    private final PlanningProperties properties;

    FeedController(CurrentUser currentUser, FeedTokenService tokens, PlanningAccess access, SchoolAccess schoolAccess,
            SchoolRepository schools, VisitRepository visits, VisitCalendars calendars, UserDirectory users,
            PlanningProperties properties) {
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.access = access;
        this.schoolAccess = schoolAccess;
        this.schools = schools;
        this.visits = visits;
        this.calendars = calendars;
        this.users = users;
        this.properties = properties;
    }

    /** A feed that the user may subscribe to. */
    record Feed(String name, String url) {
    }

    /**
     * The caller's feeds and token.
     *
     * @param tokenCreatedAt when the caller's token was created, or null when they have none
     * @param token the new token, only in the response that creates it
     * @param allFeeds true for planners and administrators, who may read the feed of any lycée or technician
     */
    record Feeds(List<Feed> feeds, boolean allFeeds, Instant tokenCreatedAt, String token) {
    }

    @GetMapping(path = "/api/feeds", produces = MediaType.APPLICATION_JSON_VALUE)
    Feeds list() {
        String userId = access.requireUser();
        return new Feeds(feedsOf(userId), access.isPlanner(userId), tokens.createdAt(userId).orElse(null), null);
    }

    /**
     * Creates the caller's token, or replaces it: the former token stops working. This response is
     * the only place where the token appears, in clear and in each feed address.
     */
    @PostMapping(path = "/api/feeds/token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Feeds> rotateToken() {
        String userId = access.requireUser();
        String token = tokens.rotate(userId);
        String query = "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        List<Feed> feeds = feedsOf(userId).stream().map(feed -> new Feed(feed.name(), feed.url() + query)).toList();
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new Feeds(feeds, access.isPlanner(userId), tokens.createdAt(userId).orElse(null), token));
    }

    /** Deletes the caller's token: the addresses that carry it stop working. */
    @DeleteMapping("/api/feeds/token")
    ResponseEntity<Void> revokeToken() {
        String userId = access.requireUser();
        tokens.revoke(userId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/feeds/schools/{uai}.ics")
    ResponseEntity<String> schoolFeed(@PathVariable("uai") String uai,
            @RequestParam(name = "token", required = false) String token) {
        String userId = feedUser(token);
        String normalized = Uai.normalize(uai);
        School school = schools.findById(normalized)
                .filter(found -> access.canReadSchool(userId, normalized))
                .orElseThrow(() -> ApiProblems.exception(HttpStatus.NOT_FOUND, "Agenda introuvable",
                        "Aucun agenda accessible ne correspond au lycée « " + PlanningFileReader.printable(uai) + " »."));
        List<Visit> schoolVisits = visits.findBySchoolUaiAndStatusInAndDateBetweenOrderByDateAscStartAsc(
                normalized, AllocationService.PLANNED_STATUSES, firstDay(), LAST_DAY);
        return calendar("passages-" + normalized + ".ics",
                calendars.schoolCalendar(school, schoolVisits, VisitCalendarWriter.Use.FEED));
    }

    @GetMapping(path = "/api/feeds/technicians/{userId}.ics")
    ResponseEntity<String> technicianFeed(@PathVariable("userId") String technicianId,
            @RequestParam(name = "token", required = false) String token) {
        String userId = feedUser(token);
        boolean allowed = userId.equals(technicianId) || access.isPlanner(userId);
        if (!allowed || users.find(technicianId).isEmpty()) {
            throw ApiProblems.exception(HttpStatus.NOT_FOUND, "Agenda introuvable",
                    "Aucun agenda accessible ne correspond au technicien « " + PlanningFileReader.printable(technicianId) + " ».");
        }
        List<Visit> technicianVisits = visits.findByTechnicianIdAndStatusInAndDateBetweenOrderByDateAscStartAsc(
                technicianId, AllocationService.PLANNED_STATUSES, firstDay(), LAST_DAY);
        return calendar("passages-" + technicianId + ".ics",
                calendars.technicianCalendar(technicianId, technicianVisits));
    }

    /**
     * Returns the user of a feed request: the token's owner when a token is given, otherwise the
     * authenticated caller. An unknown token gets 401, whatever else the request carries.
     */
    private String feedUser(String token) {
        if (token != null) {
            return tokens.userOf(token).orElseThrow(() -> ApiProblems.exception(HttpStatus.UNAUTHORIZED, "Jeton invalide",
                    "Ce jeton d'agenda n'est pas valide, ou il a été remplacé : créez-en un nouveau et mettez à jour"
                            + " l'adresse de l'abonnement dans votre agenda."));
        }
        return access.requireUser();
    }

    /** Returns the feeds of the user's lycées, as a correspondent or a technician, and their own as a technician. */
    private List<Feed> feedsOf(String userId) {
        List<Feed> feeds = new ArrayList<>();
        if (schoolAccess.isTechnician(userId)) {
            feeds.add(new Feed("Mes passages", properties.publicUrl() + "/api/feeds/technicians/"
                    + URLEncoder.encode(userId, StandardCharsets.UTF_8) + ".ics"));
        }
        Set<String> uais = new TreeSet<>(schoolAccess.correspondentSchools(userId));
        uais.addAll(schoolAccess.technicianSchools(userId));
        for (String uai : uais) {
            Optional<School> school = schools.findById(uai);
            school.ifPresent(found -> feeds.add(new Feed("Passages au lycée " + found.getName(),
                    properties.publicUrl() + "/api/feeds/schools/" + uai + ".ics")));
        }
        return feeds;
    }

    private static LocalDate firstDay() {
        return PlanningService.now().atZone(VisitCalendarWriter.PARIS).toLocalDate().minusDays(PAST_DAYS);
    }

    private static ResponseEntity<String> calendar(String fileName, String ics) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                // A feed address may carry a token: shared caches must not keep it.
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(ics);
    }
}
