package fr.proxima.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The login form of a Camunda 7 webapp (markup of Camunda 7.24). */
public final class CamundaLoginPage {

    private static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");

    private static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");

    private static final By SUBMIT = By.cssSelector("form[name='signinForm'] button[type='submit']");

    private static final By ERROR_MESSAGE = By.cssSelector(".notifications .alert-danger .message");

    private final Browser browser;

    private final CamundaWebapp webapp;

    private CamundaLoginPage(Browser browser, CamundaWebapp webapp) {
        this.browser = browser;
        this.webapp = webapp;
    }

    /**
     * Opens the webapp of the engine and waits for its login form. With the test support
     * annotations the engine name is unique per context: pass {@code processEngine.getName()}.
     */
    public static CamundaLoginPage open(Browser browser, String baseUrl, CamundaWebapp webapp, String engineName) {
        browser.open(webapp.url(baseUrl, engineName));
        return waitFor(browser, webapp);
    }

    /** Waits until the webapp shows its login form. */
    static CamundaLoginPage waitFor(Browser browser, CamundaWebapp webapp) {
        browser.waitForVisible(USERNAME);
        return new CamundaLoginPage(browser, webapp);
    }

    /** Submits the form and waits for the webapp's page of a logged-in user. */
    public CamundaWebappPage logIn(String userId, String password) {
        submit(userId, password);
        return CamundaWebappPage.waitFor(browser, webapp);
    }

    /** Submits the form, waits for the error notification that a rejected login shows, and returns its text. */
    public String logInExpectingError(String userId, String password) {
        submit(userId, password);
        return browser.waitForVisible(ERROR_MESSAGE).getText().trim();
    }

    public boolean isShown() {
        return !browser.driver().findElements(USERNAME).isEmpty()
                && browser.driver().findElement(USERNAME).isDisplayed();
    }

    private void submit(String userId, String password) {
        WebElement username = browser.waitForClickable(USERNAME);
        username.clear();
        username.sendKeys(userId);
        WebElement passwordField = browser.waitForClickable(PASSWORD);
        passwordField.clear();
        passwordField.sendKeys(password);
        browser.waitForClickable(SUBMIT).click();
    }
}
