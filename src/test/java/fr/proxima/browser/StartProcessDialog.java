package fr.proxima.browser;

import fr.proxima.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Tasklist's "Start process" dialog once a process is picked: its start form and its buttons. */
final class StartProcessDialog {

    private static final By DIALOG = By.cssSelector(".modal-content");

    private static final By PROCESS_LINK = By.cssSelector(".modal-content ul.processes a");

    private static final By START_FORM = By.cssSelector(".modal-content .fjs-form");

    private static final By START_BUTTON = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");

    private static final By CLOSE_BUTTON = By.cssSelector(".modal-footer button[ng-click='$dismiss()']");

    private static final By ERROR = By.cssSelector(".notifications .alert-danger");

    private static final By MESSAGE_STATUS = By.cssSelector(".page-notifications .notifications .alert-info .status");

    private final Browser browser;

    private final CamundaForm form;

    private StartProcessDialog(Browser browser, CamundaForm form) {
        this.browser = browser;
        this.form = form;
    }

    /** Waits for the dialog's list of processes, clicks the one of that name and waits for its start form. */
    static StartProcessDialog pickProcess(Browser browser, String processName) {
        BrowserSteps.until(browser, "the start form of the process '" + processName + "' to open", driver -> {
            if (driver.findElements(START_FORM).stream().anyMatch(WebElement::isDisplayed)) {
                return true;
            }
            // The dialog slides in, and a click during that animation can miss the link. The list
            // disappears once a process is picked, so clicking again until the form shows is safe.
            driver.findElements(PROCESS_LINK).stream()
                    .filter(link -> link.getText().trim().equals(processName))
                    .findFirst()
                    .ifPresent(WebElement::click);
            return false;
        });
        return new StartProcessDialog(browser, CamundaForm.waitFor(browser, START_FORM));
    }

    CamundaForm form() {
        return form;
    }

    /**
     * Clicks "Start", waits until the dialog has closed and Tasklist shows a notification, and
     * returns the status lines of the notifications shown.
     *
     * @throws AssertionError with Tasklist's error message when the start is rejected
     */
    List<String> start() {
        browser.waitForClickable(START_BUTTON).click();
        List<String> notifications = BrowserSteps.until(browser, "Tasklist to notify the start or show an error",
                driver -> {
                    List<WebElement> errors = driver.findElements(ERROR);
                    if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
                        throw new AssertionError("Tasklist rejected the start form: "
                                + errors.get(0).getText().replaceAll("\\s+", " ").trim());
                    }
                    // Tasklist adds the notification once the dialog has closed and removes it 3 s later.
                    List<String> statusLines = driver.findElements(MESSAGE_STATUS).stream()
                            .map(status -> status.getText().trim())
                            .filter(text -> !text.isEmpty())
                            .toList();
                    return driver.findElements(DIALOG).isEmpty() && !statusLines.isEmpty() ? statusLines : null;
                });
        return notifications;
    }

    /** Closes the dialog without starting anything. */
    void close() {
        browser.waitForClickable(CLOSE_BUTTON).click();
        BrowserSteps.until(browser, "the start dialog to close", driver -> driver.findElements(DIALOG).isEmpty());
    }
}
