package fr.proxima.browser;

import fr.proxima.support.Browser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Tasklist dashboard of Camunda 7.24 once a user is logged in: the "Start process" action,
 * the filters, the task list of the selected filter and the task pane.
 */
final class TasklistDashboard {

    private static final By START_PROCESS = By.cssSelector("li.start-process-action a[ng-click='open()']");

    private static final By FILTER = By.cssSelector("[cam-tasklist-filters] .task-filter");

    private static final By FILTER_NAME_LINK = By.cssSelector("h4.name a");

    private static final By FILTER_COUNTER = By.cssSelector(".counter");

    private static final By TASKS_LOADER = By.cssSelector("[cam-tasks] > .loader");

    private static final By TASK_LIST = By.cssSelector("[cam-tasks] ol.tasks-list");

    private static final By NO_TASK_MESSAGE = By.cssSelector("[cam-tasks] .well");

    private static final By TASKS_ERROR = By.cssSelector("[cam-tasks] .alert-danger");

    /**
     * Reads every card of the task list in one call, so that a refresh of the list cannot leave the
     * test with half-read cards. A card's variables are those that the filter's "variables" property
     * names, by label.
     */
    private static final String READ_TASK_CARDS = """
            return Array.from(document.querySelectorAll('[cam-tasks] ol.tasks-list > li.task')).map(card => {
              const link = card.querySelector('h4.task a');
              const variables = {};
              card.querySelectorAll('.variable-item').forEach(item => {
                const label = item.querySelector('.variable-label');
                const value = item.querySelector('.variable-value');
                if (label) {
                  variables[label.textContent.trim().replace(/\\s*:$/, '')] = value ? value.textContent.trim() : '';
                }
              });
              const processDefinition = card.querySelector('h6.process-definition');
              const href = link.getAttribute('href') || '';
              return {
                taskId: new URLSearchParams(href.substring(href.indexOf('?') + 1)).get('task'),
                name: link.textContent.trim(),
                processName: processDefinition ? processDefinition.textContent.trim() : '',
                variables: variables,
                link: link
              };
            });
            """;

    private final Browser browser;

    TasklistDashboard(Browser browser) {
        this.browser = browser;
    }

    /** Opens the "Start process" dialog and picks the process by its name. */
    StartProcessDialog startProcess(String processName) {
        browser.waitForClickable(START_PROCESS).click();
        return StartProcessDialog.pickProcess(browser, processName);
    }

    /** Returns the names of the filters that the user can read, in Tasklist's order. */
    List<String> filterNames() {
        return BrowserSteps.until(browser, "the filters to load", driver -> {
            List<WebElement> filters = driver.findElements(FILTER);
            if (filters.isEmpty()) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (WebElement filter : filters) {
                names.add(filterName(filter));
            }
            return names;
        });
    }

    /**
     * Selects a filter and waits until the task list shows its result. Tasklist empties the filter's
     * counter when the filter is selected and fills it with the new result, together with the list.
     */
    void selectFilter(String name) {
        filterNames(); // waits for the filters to load
        findFilter(name).findElement(FILTER_NAME_LINK).click();
        BrowserSteps.until(browser, "the filter '" + name + "' to be selected and its tasks to load", driver -> {
            WebElement current = findFilter(name);
            String classes = current.getDomAttribute("class");
            return classes != null && classes.contains("active")
                    && !BrowserSteps.textContent(current.findElement(FILTER_COUNTER)).isEmpty()
                    && !driver.findElement(TASKS_LOADER).isDisplayed()
                    && (isShown(TASK_LIST) || isShown(NO_TASK_MESSAGE) || isShown(TASKS_ERROR));
        });
        if (isShown(TASKS_ERROR)) {
            throw new AssertionError("Tasklist failed to load the tasks of the filter '" + name + "': "
                    + browser.driver().findElement(TASKS_ERROR).getText());
        }
    }

    /** Returns the number of tasks that the selected filter counts. */
    int selectedFilterCount() {
        WebElement active = browser.driver().findElement(By.cssSelector("[cam-tasklist-filters] .task-filter.active"));
        return Integer.parseInt(BrowserSteps.textContent(active.findElement(FILTER_COUNTER)));
    }

    /** Returns the cards that the task list shows now, without waiting. */
    List<TaskCard> taskCards() {
        Object result = BrowserSteps.script(browser, READ_TASK_CARDS);
        List<TaskCard> cards = new ArrayList<>();
        for (Object item : (List<?>) result) {
            Map<?, ?> card = (Map<?, ?>) item;
            Map<String, String> variables = new LinkedHashMap<>();
            ((Map<?, ?>) card.get("variables"))
                    .forEach((label, value) -> variables.put((String) label, (String) value));
            cards.add(new TaskCard((String) card.get("taskId"), (String) card.get("name"),
                    (String) card.get("processName"), variables, (WebElement) card.get("link")));
        }
        return cards;
    }

    /**
     * Waits until the task list shows the card of the task, and returns it. Tasklist 7.24 reloads the
     * list of a filter with "refresh" set every 10 seconds, so a task created after the filter was
     * selected shows up without a new selection.
     */
    TaskCard waitForTaskCard(String taskId) {
        return BrowserSteps.until(browser, "the task list to show the task " + taskId,
                driver -> findTaskCard(taskId).orElse(null));
    }

    /** Waits until the task list no longer shows the card of the task. */
    void waitForTaskCardGone(String taskId) {
        BrowserSteps.until(browser, "the task list to no longer show the task " + taskId,
                driver -> findTaskCard(taskId).isEmpty());
    }

    Optional<TaskCard> findTaskCard(String taskId) {
        return taskCards().stream().filter(card -> taskId.equals(card.taskId())).findFirst();
    }

    /** Opens the task of the card in the task pane. */
    TaskPane openTask(TaskCard card) {
        BrowserSteps.click(browser, card.link());
        return TaskPane.waitFor(browser, card.name());
    }

    private WebElement findFilter(String name) {
        List<WebElement> filters = browser.driver().findElements(FILTER);
        return filters.stream()
                .filter(filter -> filterName(filter).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Tasklist shows no filter named '" + name + "'. Its filters are "
                        + filters.stream().map(this::filterName).toList()));
    }

    /** Returns the filter's name: the text of its link without the task counter, which is a child element. */
    private String filterName(WebElement filter) {
        return (String) BrowserSteps.script(browser, """
                return Array.from(arguments[0].childNodes)
                    .filter(node => node.nodeType === Node.TEXT_NODE)
                    .map(node => node.textContent)
                    .join(' ')
                    .replace(/\\s+/g, ' ')
                    .trim();
                """, filter.findElement(FILTER_NAME_LINK));
    }

    private boolean isShown(By locator) {
        return browser.driver().findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * One card of the task list.
     *
     * @param taskId the id of the task, from the card's link
     * @param processName the name of the task's process definition, empty when Tasklist shows none
     * @param variables the process variables that the card shows, by their label in the filter
     */
    record TaskCard(String taskId, String name, String processName, Map<String, String> variables, WebElement link) {
    }
}
