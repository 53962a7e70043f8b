package fr.proxima.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.proxima.security.Groups;
import fr.proxima.support.Browser;
import fr.proxima.support.BrowserExtension;
import fr.proxima.support.CamundaLoginPage;
import fr.proxima.support.CamundaWebapp;
import fr.proxima.support.H2IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inventory page in Chromium, for a technician and a correspondent of Buffon logged in to
 * Tasklist. The context is the one of the planning's integration tests.
 */
@H2IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
@ExtendWith(BrowserExtension.class)
class InventoryPageIT {

    static final String BUFFON = "0750693W";

    static final String TECHNICIAN = "tech-page-inv";

    static final String CORRESPONDENT = "corr-page-inv";

    static final String PASSWORD = "Secret-42";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    IdentityService identityService;

    @Autowired
    InventoryImporter importer;

    @Autowired
    InventoryService inventory;

    @BeforeEach
    void createUsersAndItems() {
        createUser(TECHNICIAN, Groups.TECHNICIANS, Groups.techniciansOf(BUFFON));
        createUser(CORRESPONDENT, Groups.CORRESPONDENTS, Groups.correspondentsOf(BUFFON));
        if (inventory.findBySchool(BUFFON).isEmpty()) {
            String csv = InventoryImportTest.HEADER + "\r\n"
                    + "BU-0001;poste fixe;non;pédagogique;BU-B12-01;DE1;Dell;<em>OptiPlex</em>;B12;31/08/2099;en service\r\n"
                    + "BU-0002;imprimante;non;administratif;;HP1;HP;M404;Secrétariat;;en panne\r\n";
            importer.importFile(BUFFON, csv.getBytes(StandardCharsets.UTF_8), "buffon.csv", TECHNICIAN);
        }
    }

    private void createUser(String userId, String... groupIds) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        for (String groupId : groupIds) {
            if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
                identityService.saveGroup(identityService.newGroup(groupId));
            }
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
        }
    }

    private void openPage(Browser browser, String userId) {
        String baseUrl = "http://127.0.0.1:" + port;
        CamundaLoginPage.open(browser, baseUrl, CamundaWebapp.TASKLIST, processEngine.getName()).logIn(userId, PASSWORD);
        browser.open(baseUrl + "/inventaire/?uai=" + BUFFON);
        browser.waitForVisible(By.id("list-section"));
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#equipment-rows tr"), 2));
    }

    @Test
    void technicianEditsLineAndReadsHistory(Browser browser) {
        openPage(browser, TECHNICIAN);

        assertThat(browser.driver().findElement(By.id("workstations")).getText())
                .startsWith("Inventaire : 1 poste de travail (fixes et portables en service ou en panne) ; ");
        assertThat(cells(browser, 0)).containsExactly("BU-0001", "poste fixe", "BU-B12-01", "DE1",
                "Dell <em>OptiPlex</em>", "B12", "pédagogique", "31/08/2099\nsous garantie", "en service",
                "ModifierHistorique");
        assertThat(browser.driver().findElements(By.cssSelector("#equipment-rows em"))).isEmpty();

        rowButton(browser, 0, "Modifier").click();
        browser.waitForVisible(By.id("edit-section"));
        WebElement room = browser.driver().findElement(By.id("f-room"));
        room.clear();
        room.sendKeys("C03");
        browser.driver().findElement(By.id("f-context")).sendKeys("passage du 12/01/2027");
        browser.waitForClickable(By.id("save-button")).click();

        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("edit-section")));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("equipment-rows"), "C03"));
        rowButton(browser, 0, "Historique").click();
        browser.waitForVisible(By.id("history-section"));
        List<WebElement> history = browser.driver().findElements(By.cssSelector("#history-rows tr"));
        assertThat(history).hasSize(2);
        assertThat(history.get(1).getText()).contains("Modification").contains("passage du 12/01/2027")
                .contains("Salle : « B12 » → « C03 »");
    }

    @Test
    void invalidEditShowsFrenchError(Browser browser) {
        openPage(browser, TECHNICIAN);

        rowButton(browser, 1, "Modifier").click();
        browser.waitForVisible(By.id("edit-section"));
        new Select(browser.driver().findElement(By.id("f-kind"))).selectByValue("PRINTER");
        browser.driver().findElement(By.id("f-fixedAtHeight")).click();
        browser.waitForClickable(By.id("save-button")).click();

        WebElement error = browser.waitForVisible(By.cssSelector("#edit-errors li"));
        assertThat(error.getText()).isEqualTo("Seul un vidéoprojecteur peut être fixé en hauteur (type « imprimante ») :"
                + " mettez « non ».");
    }

    @Test
    void correspondentOnlyReads(Browser browser) {
        openPage(browser, CORRESPONDENT);

        assertThat(browser.driver().findElements(By.xpath("//tbody[@id='equipment-rows']//button[text()='Modifier']")))
                .isEmpty();
        assertThat(browser.driver().findElement(By.id("import-section")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("add-button")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("export-link")).getAttribute("href"))
                .endsWith("/api/schools/" + BUFFON + "/equipment/export");
    }

    private static List<String> cells(Browser browser, int row) {
        return browser.driver().findElements(By.cssSelector("#equipment-rows tr")).get(row)
                .findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static WebElement rowButton(Browser browser, int row, String text) {
        return browser.driver().findElements(By.cssSelector("#equipment-rows tr")).get(row)
                .findElement(By.xpath(".//button[text()='" + text + "']"));
    }
}
