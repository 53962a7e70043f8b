package fr.proxima.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.proxima.support.Browser;
import fr.proxima.support.BrowserExtension;
import fr.proxima.support.CamundaLoginPage;
import fr.proxima.support.CamundaWebapp;
import fr.proxima.support.CamundaWebappPage;
import fr.proxima.support.H2IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The three Camunda webapps and our follow-up page in Chromium under the content security
 * policies that the application sends: each still starts and shows its data. A planner who opens
 * Cockpit gets a French refusal, not Spring's English error page.
 */
@H2IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class WebappSecurityBrowserIT {

    /** Demo accounts of the default profile, whose password is the user id. */
    private static final String ADMIN = "admin";

    private static final String PLANNER = "planificateur";

    @LocalServerPort
    private int port;

    @Autowired
    private ProcessEngine processEngine;

    @Test
    void webappsRunUnderPolicy(Browser browser) {
        for (CamundaWebapp webapp : CamundaWebapp.values()) {
            browser.driver().manage().deleteAllCookies();
            CamundaWebappPage page = CamundaLoginPage.open(browser, baseUrl(), webapp, processEngine.getName())
                    .logIn(ADMIN, ADMIN);

            assertThat(page.brandTitle()).as(webapp.name()).isEqualTo(webapp.title());
            assertThat(page.userFullName()).as(webapp.name()).isEqualTo("Claire Lefèvre");
        }
        browser.open(baseUrl() + "/suivi/");
        browser.waitForVisible(By.id("list-section"));

        assertThat(browser.driver().findElement(By.id("list-caption")).getText()).isNotBlank();
    }

    @Test
    void plannerOpeningCockpitGetsFrenchRefusal(Browser browser) {
        String error = CamundaLoginPage.open(browser, baseUrl(), CamundaWebapp.COCKPIT, processEngine.getName())
                .logInExpectingError(PLANNER, PLANNER);
        browser.open(CamundaWebapp.COCKPIT.url(baseUrl(), processEngine.getName()) + "#/processes");

        assertThat(error).contains("droits d'accès à l'application manquants");
        assertThat(browser.driver().getPageSource()).doesNotContain("Whitelabel", "There was an unexpected error");
    }

    @Test
    void createTaskShownToAdministratorsOnly(Browser browser) {
        By createTask = By.cssSelector(".create-task-action");
        CamundaLoginPage.open(browser, baseUrl(), CamundaWebapp.TASKLIST, processEngine.getName())
                .logIn("correspondant", "correspondant");
        browser.waitForVisible(By.cssSelector("section.tasks-list"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(createTask));
        boolean hiddenForCorrespondent = browser.waitUntil(
                ExpectedConditions.invisibilityOfElementLocated(createTask));

        browser.driver().manage().deleteAllCookies();
        CamundaLoginPage.open(browser, baseUrl(), CamundaWebapp.TASKLIST, processEngine.getName())
                .logIn(ADMIN, ADMIN);
        browser.waitForVisible(createTask);

        assertThat(hiddenForCorrespondent).isTrue();
        assertThat(browser.driver().findElement(createTask).getText()).contains("Créer une tâche");
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
