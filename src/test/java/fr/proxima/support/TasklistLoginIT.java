package fr.proxima.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logging in to the real Tasklist in Chromium, against the application on a random port. */
@H2IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class TasklistLoginIT {

    private static final String USER_ID = "tasklist.smoke";

    private static final String PASSWORD = "Tasklist-smoke-42";

    private static final String USER_WITHOUT_ACCESS = "no.tasklist.smoke";

    private static final By TASK_LIST = By.cssSelector("section.tasks-list");

    @LocalServerPort
    private int port;

    @Autowired
    private ProcessEngine processEngine;

    @BeforeEach
    void createUsers() {
        // No demo account is seeded yet, so the test makes its own users.
        CamundaTestUsers.ensureAdministrator(processEngine);
        CamundaTestUsers.ensureUser(processEngine, USER_ID, "Camille", "Dupré", PASSWORD);
        CamundaTestUsers.grantAccess(processEngine, USER_ID, CamundaWebapp.TASKLIST);
        CamundaTestUsers.ensureUser(processEngine, USER_WITHOUT_ACCESS, "Noé", "Sansaccès", PASSWORD);
    }

    @Test
    void loginShowsTasklistThenLogOut(Browser browser) {
        CamundaWebappPage tasklist = loginPage(browser).logIn(USER_ID, PASSWORD);

        browser.waitForVisible(TASK_LIST);
        assertEquals(CamundaWebapp.TASKLIST.title(), tasklist.brandTitle());
        assertEquals("Camille Dupré", tasklist.userFullName());
        assertTrue(browser.currentUrl().startsWith(tasklistUrl()), browser.currentUrl());

        CamundaLoginPage loginPage = tasklist.logOut();

        assertTrue(loginPage.isShown());
        browser.open(tasklistUrl());
        assertTrue(CamundaLoginPage.waitFor(browser, CamundaWebapp.TASKLIST).isShown());
    }

    @Test
    void wrongPasswordRejected(Browser browser) {
        String error = loginPage(browser).logInExpectingError(USER_ID, "not-the-password");

        assertTrue(error.startsWith("Identifiants incorrects"), error);
    }

    @Test
    void userWithoutTasklistAccessRejected(Browser browser) {
        String error = loginPage(browser).logInExpectingError(USER_WITHOUT_ACCESS, PASSWORD);

        assertTrue(error.contains("droits d'accès à l'application manquants"), error);
    }

    private CamundaLoginPage loginPage(Browser browser) {
        return CamundaLoginPage.open(browser, baseUrl(), CamundaWebapp.TASKLIST, processEngine.getName());
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private String tasklistUrl() {
        return CamundaWebapp.TASKLIST.url(baseUrl(), processEngine.getName());
    }
}
