package fr.proxima.support;

import org.openqa.selenium.By;

/** Any page of a Camunda 7 webapp once a user is logged in: the shared header with its account menu. */
public final class CamundaWebappPage {

    private static final By ACCOUNT_MENU = By.cssSelector("li.account a.dropdown-toggle");

    private static final By LOG_OUT = By.cssSelector("li.account li.logout a");

    private static final By BRAND = By.cssSelector("a.navbar-brand");

    private final Browser browser;

    private final CamundaWebapp webapp;

    private CamundaWebappPage(Browser browser, CamundaWebapp webapp) {
        this.browser = browser;
        this.webapp = webapp;
    }

    /** Waits until the header shows a logged-in user's account menu. */
    static CamundaWebappPage waitFor(Browser browser, CamundaWebapp webapp) {
        browser.waitForVisible(ACCOUNT_MENU);
        return new CamundaWebappPage(browser, webapp);
    }

    public CamundaWebapp webapp() {
        return webapp;
    }

    /** Returns the name shown in the account menu: the user's first and last name. */
    public String userFullName() {
        return browser.waitForVisible(ACCOUNT_MENU).getText().trim();
    }

    /** Returns the title of the header's brand link, such as "Région Île-de-France Proxima". */
    public String brandTitle() {
        return browser.waitForVisible(BRAND).getDomAttribute("title").trim();
    }

    /** Logs out through the account menu and waits for the login form. */
    public CamundaLoginPage logOut() {
        browser.waitForClickable(ACCOUNT_MENU).click();
        browser.waitForClickable(LOG_OUT).click();
        return CamundaLoginPage.waitFor(browser, webapp);
    }
}
