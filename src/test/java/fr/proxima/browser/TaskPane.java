package fr.proxima.browser;

import fr.proxima.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The task that Tasklist shows beside the task list: its name, assignee, form and buttons. */
final class TaskPane {

    private static final By TASK_NAME = By.cssSelector("[cam-tasklist-task] section.task-card h2.task");

    private static final By CLAIM = By.cssSelector("[cam-tasklist-task] li.assignee button.claim");

    /** Tasklist shows the "unclaim" button only when the task is assigned to the logged-in user. */
    private static final By UNCLAIM = By.cssSelector("[cam-tasklist-task] li.assignee button.unclaim");

    private static final By DISABLED_FORM = By.cssSelector("[cam-tasklist-task] .disabled-form");

    private static final By FORM = By.cssSelector("[cam-tasklist-task] section.task-card .fjs-form");

    private static final By COMPLETE =
            By.cssSelector("[cam-tasklist-task] .form-actions button[ng-click='complete()']");

    private static final By NO_TASK = By.cssSelector("[cam-tasklist-task] .no-task");

    private static final By ERROR = By.cssSelector(".notifications .alert-danger");

    private final Browser browser;

    private TaskPane(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the pane shows the task of that name. */
    static TaskPane waitFor(Browser browser, String taskName) {
        BrowserSteps.until(browser, "the task pane to show '" + taskName + "'", driver -> driver.findElements(TASK_NAME)
                .stream()
                .anyMatch(name -> name.getText().trim().equals(taskName)));
        return new TaskPane(browser);
    }

    boolean isAssignedToMe() {
        return browser.driver().findElements(UNCLAIM).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Claims the task and waits until it is assigned to the user and its form can be edited. */
    void claim() {
        BrowserSteps.click(browser, browser.waitForClickable(CLAIM));
        BrowserSteps.until(browser, "the task to be claimed and its form enabled",
                driver -> isAssignedToMe() && driver.findElements(DISABLED_FORM).isEmpty());
    }

    /** Waits for the task's form and returns it. */
    CamundaForm form() {
        return CamundaForm.waitFor(browser, FORM);
    }

    /**
     * Clicks "Complete" and waits until Tasklist has closed the task.
     *
     * @throws AssertionError with Tasklist's error message when the completion is rejected
     */
    void complete() {
        BrowserSteps.click(browser, browser.waitForClickable(COMPLETE));
        BrowserSteps.until(browser, "Tasklist to close the completed task or show an error", driver -> {
            List<WebElement> errors = driver.findElements(ERROR);
            if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
                throw new AssertionError("Tasklist rejected the task form: "
                        + errors.get(0).getText().replaceAll("\\s+", " ").trim());
            }
            return driver.findElements(NO_TASK).stream().anyMatch(WebElement::isDisplayed);
        });
    }
}
