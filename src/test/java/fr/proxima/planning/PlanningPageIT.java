package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.proxima.support.Browser;
import fr.proxima.support.BrowserExtension;
import fr.proxima.support.CamundaLoginPage;
import fr.proxima.support.CamundaWebapp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The planning page in Chromium, for a planner logged in to Tasklist: a rejected file, then a published one. */
@ExtendWith(BrowserExtension.class)
class PlanningPageIT extends PlanningIntegrationTest {

    static final String LAMARTINE = "0750670W";
    static final String PLANNER = "planif-page";
    static final String TECHNICIAN = "tech-page";

    @TempDir
    Path files;

    @BeforeEach
    void createUsers() {
        createPlanner(PLANNER);
        createTechnician(TECHNICIAN, "Zoé", "Lambert", LAMARTINE);
    }

    @Test
    void plannerSeesErrorsThenPublishedPlanning(Browser browser) throws Exception {
        String baseUrl = "http://127.0.0.1:" + port;
        CamundaLoginPage.open(browser, baseUrl, CamundaWebapp.TASKLIST, processEngine.getName()).logIn(PLANNER, PASSWORD);
        browser.open(baseUrl + "/planification/");
        browser.waitForVisible(By.id("list-section"));

        uploadFile(browser, "erreurs.csv", "2026-03-10," + LAMARTINE + "," + TECHNICIAN + ",matin,,",
                "2026-03-14," + LAMARTINE + "," + TECHNICIAN + ",matin,,");

        WebElement result = browser.waitForVisible(By.id("upload-result"));
        assertThat(result.getAttribute("class")).isEqualTo("rejected");
        assertThat(browser.driver().findElement(By.id("upload-summary")).getText())
                .startsWith("Fichier refusé : rien n'a été enregistré.");
        assertThat(texts(browser, By.cssSelector("#upload-errors li"))).containsExactly(
                "Ligne 3 : le samedi 14 mars 2026 n'est pas un jour ouvré des lycées (week-end).");

        uploadFile(browser, "<em>mars.csv", "2026-03-10," + LAMARTINE + "," + TECHNICIAN + ",matin,,");

        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("upload-result"), "class", "published"));
        assertThat(browser.driver().findElement(By.id("upload-summary")).getText())
                .contains("de mars 2026 est publié");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("planning-rows"), "<em>mars.csv"));
        assertThat(browser.driver().findElements(By.cssSelector("#planning-rows em"))).isEmpty();

        browser.driver().findElement(By.linkText(firstPlanningId(browser))).click();
        browser.waitForVisible(By.id("detail-section"));
        assertThat(texts(browser, By.cssSelector("#visit-rows td"))).containsExactly("mardi 10 mars 2026", "matin",
                "08:30–12:00", "LYCEE GENERAL LAMARTINE (0750670W)", "Zoé Lambert", "publié", "2");
    }

    private void uploadFile(Browser browser, String name, String... lines) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, "date,uai,technicien,creneau,debut,fin\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.waitForClickable(By.id("upload-button")).click();
    }

    private static String firstPlanningId(Browser browser) {
        return browser.driver().findElement(By.cssSelector("#planning-rows tr:first-child td a")).getText();
    }

    private static List<String> texts(Browser browser, By locator) {
        return browser.driver().findElements(locator).stream().map(WebElement::getText).toList();
    }
}
