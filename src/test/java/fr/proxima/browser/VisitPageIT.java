package fr.proxima.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.VisitChangeService;
import fr.proxima.support.Browser;
import fr.proxima.support.BrowserExtension;
import fr.proxima.support.CamundaLoginPage;
import fr.proxima.support.CamundaWebapp;
import fr.proxima.support.H2IntegrationTest;
import fr.proxima.visit.VisitQueue;
import fr.proxima.visit.VisitQueue.QueueItem;
import fr.proxima.visit.VisitQueue.QueueView;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The technician's visit page {@code /passage/} in headless Chromium, with the demo accounts and a
 * visit of Henri-IV in progress: the technician lists the visits and opens the queue, the
 * correspondent of Louis-le-Grand gets the "introuvable" message for that visit, and a browser
 * with no session is told to log in. It also checks that {@code /suivi/} shows its "Activité du
 * jour" section.
 */
@H2IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitPageIT {

    private static final String HENRI_IV_UAI = "0750654D";

    /** A Tuesday of the school year; the engine clock stays at 10:00 that day, during the morning visit. */
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 8);

    /** The visit process opens its queue in a job of the job executor, once the start timer is due. */
    private static final Duration QUEUE_TIMEOUT = Duration.ofSeconds(60);

    private static final String READ_QUEUE_ROWS = """
            return Array.from(document.querySelectorAll('#queue-rows > tr'))
                .map(row => Array.from(row.cells).map(cell => cell.textContent.trim()));
            """;

    @LocalServerPort
    private int port;

    @Autowired
    private ProcessEngine processEngine;

    @Autowired
    private VisitChangeService visitChanges;

    @Autowired
    private PublishedVisits publishedVisits;

    @Autowired
    private VisitQueue visitQueue;

    /** Id of the Henri-IV visit in progress at the engine clock's time. */
    private long visitId;

    /** Sets the engine clock to a morning of the school year and publishes the technician's visit of that morning. */
    @BeforeAll
    void publishVisitInProgress() {
        ClockUtil.setCurrentTime(Date.from(VISIT_DAY.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant()));
        if (publishedVisits.inProgress(HENRI_IV_UAI, ClockUtil.getCurrentTime().toInstant()).isEmpty()) {
            visitChanges.add(new VisitChangeService.VisitValues(VISIT_DAY.toString(), HENRI_IV_UAI, "technicien",
                    "matin", null, null), "planificateur");
        }
        visitId = publishedVisits.inProgress(HENRI_IV_UAI, ClockUtil.getCurrentTime().toInstant())
                .orElseThrow(() -> new AssertionError("No Henri-IV visit in progress after publishing one"))
                .getId();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void technicianSeesVisitQueue(Browser browser) {
        QueueView queue = await("the queue of visit " + visitId).atMost(QUEUE_TIMEOUT)
                .until(() -> visitQueue.queue(visitId), view -> !view.items().isEmpty());
        logIn(browser, "technicien");

        browser.open(baseUrl() + "/passage/");
        browser.waitForVisible(By.id("list-section"));
        WebElement visitLink = browser.waitForVisible(By.cssSelector("a[href='?visit=" + visitId + "']"));
        assertTrue(visitLink.getText().contains("8 décembre 2026"), visitLink.getText());
        visitLink.click();

        browser.waitForVisible(By.id("queue-section"));
        assertTrue(browser.currentUrl().endsWith("/passage/?visit=" + visitId), browser.currentUrl());
        String title = browser.driver().findElement(By.id("queue-title")).getText();
        assertTrue(title.contains(queue.visit()), "The title should name the visit: " + title);
        assertEquals(queue.timeSummary(), browser.driver().findElement(By.id("time-summary")).getText());
        String fields = browser.driver().findElement(By.id("queue-fields")).getText();
        assertTrue(fields.contains(queue.minutesLeft() + " min"), "The fields should show the time left: " + fields);
        assertTrue(fields.contains(HENRI_IV_UAI), "The fields should name the lycée: " + fields);

        // The queue as the engine has it now, because the page read it after the await above.
        QueueView shown = visitQueue.queue(visitId);
        List<List<String>> rows = queueRows(browser);
        assertEquals(shown.items().size(), rows.size(), "Rows shown: " + rows);
        for (int i = 0; i < rows.size(); i++) {
            QueueItem item = shown.items().get(i);
            List<String> row = rows.get(i);
            assertEquals(String.valueOf(item.rank()), row.get(0), "rank of row " + i);
            assertEquals(item.kind(), row.get(1), "kind of row " + i);
            assertEquals(item.ticketNumber() == null ? "" : item.ticketNumber(), row.get(2), "ticket of row " + i);
            assertEquals(item.title(), row.get(3), "title of row " + i);
            assertEquals(item.reason(), row.get(4), "reason of row " + i);
        }

        String taskHref = browser.driver().findElement(By.cssSelector("#queue-rows tr:first-child a.task-link"))
                .getDomAttribute("href");
        assertEquals("/camunda/app/tasklist/" + processEngine.getName() + "/#/?task=" + shown.items().get(0).taskId(),
                taskHref);

        browser.driver().findElement(By.id("refresh")).click();
        browser.waitForVisible(By.id("queue-section"));
        assertEquals(rows.size(), queueRows(browser).size(), "The refreshed queue should keep its rows");
    }

    @Test
    void otherSchoolCorrespondentGetsNotFound(Browser browser) {
        logIn(browser, "correspondant2");

        browser.open(baseUrl() + "/passage/?visit=" + visitId);
        String message = browser.waitForVisible(By.id("message")).getText();

        assertTrue(message.contains("Passage introuvable"), message);
        assertFalse(browser.driver().findElement(By.id("queue-section")).isDisplayed(),
                "The queue of another lycée's visit should stay hidden");
    }

    @Test
    void pageWithoutSessionAsksToLogIn(Browser browser) {
        browser.open(baseUrl() + "/passage?visit=" + visitId);
        String message = browser.waitForVisible(By.id("message")).getText();

        assertTrue(browser.currentUrl().endsWith("/passage/?visit=" + visitId), browser.currentUrl());
        assertTrue(message.contains("connectez-vous à Tasklist"), message);
    }

    @Test
    void followUpPageShowsDailyActivitySection(Browser browser) {
        logIn(browser, "correspondant");

        browser.open(baseUrl() + "/suivi/");
        WebElement section = browser.waitForVisible(By.id("activity-section"));

        assertTrue(section.getText().startsWith("Activité du jour"), section.getText());
        String nextVisitHeader = browser.driver().findElement(By.cssSelector("#list-section thead")).getText();
        assertTrue(nextVisitHeader.contains("Prochain passage"), nextVisitHeader);
    }

    /** Logs a demo account in to Tasklist, which opens the session that the pages' API calls use. */
    private void logIn(Browser browser, String userId) {
        CamundaLoginPage.open(browser, baseUrl(), CamundaWebapp.TASKLIST, processEngine.getName())
                .logIn(userId, userId);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> queueRows(Browser browser) {
        return (List<List<String>>) BrowserSteps.script(browser, READ_QUEUE_ROWS);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
