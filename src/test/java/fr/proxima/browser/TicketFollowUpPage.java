package fr.proxima.browser;

import fr.proxima.support.Browser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The French follow-up page {@code /suivi/}: the list of the user's tickets, or one ticket's
 * detail when the address ends with {@code #<ticket number>}. The page reads {@code /api/tickets}
 * with the session cookie of Tasklist, so the browser must be logged in to Tasklist first.
 */
final class TicketFollowUpPage {

    static final String PATH = "/suivi/";

    private static final By MESSAGE = By.id("message");

    private static final By LIST_SECTION = By.id("list-section");

    private static final By DETAIL_SECTION = By.id("detail-section");

    private static final By DETAIL_TITLE = By.id("detail-title");

    private static final String READ_ROWS = """
            return Array.from(document.querySelectorAll('#ticket-rows > tr'))
                .map(row => Array.from(row.cells).map(cell => cell.textContent.trim()));
            """;

    private static final String READ_DETAIL_FIELDS = """
            return Array.from(document.querySelectorAll('#detail-fields > dt'))
                .map(term => [
                  term.textContent.trim(),
                  term.nextElementSibling ? term.nextElementSibling.textContent.trim() : ''
                ]);
            """;

    private static final String FETCH_STATUS = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(response => done(response.status), () => done(-1));
            """;

    private final Browser browser;

    private TicketFollowUpPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the list of tickets and waits until it, or a message in its place, shows. */
    static TicketFollowUpPage openList(Browser browser, String baseUrl) {
        browser.open(baseUrl + PATH);
        TicketFollowUpPage page = new TicketFollowUpPage(browser);
        page.requireFollowUpPage();
        BrowserSteps.until(browser, "the follow-up page to show its list or a message",
                driver -> page.isShown(LIST_SECTION) || page.isShown(MESSAGE));
        return page;
    }

    /** Opens one ticket's detail and waits until it, or a message in its place, shows. */
    static TicketFollowUpPage openTicket(Browser browser, String baseUrl, String number) {
        browser.open(baseUrl + PATH + "#" + URLEncoder.encode(number, StandardCharsets.UTF_8));
        TicketFollowUpPage page = new TicketFollowUpPage(browser);
        page.requireFollowUpPage();
        BrowserSteps.until(browser, "the follow-up page to show ticket " + number + " or a message",
                driver -> page.isShown(MESSAGE)
                        || page.isShown(DETAIL_SECTION) && driver.findElement(DETAIL_TITLE).getText().contains(number));
        return page;
    }

    /**
     * Fails at once, with the HTTP status, when the server returned something other than the
     * follow-up page. Opening a page waits for its load event, so the static markup is there.
     */
    private void requireFollowUpPage() {
        if (browser.driver().findElements(LIST_SECTION).isEmpty()) {
            String text = browser.driver().findElement(By.tagName("body")).getText().replaceAll("\\s+", " ").trim();
            throw new AssertionError("GET " + PATH + " did not serve the follow-up page: HTTP status "
                    + httpStatus(browser, PATH) + ", page text '" + text + "'");
        }
    }

    boolean isListShown() {
        return isShown(LIST_SECTION);
    }

    boolean isDetailShown() {
        return isShown(DETAIL_SECTION);
    }

    /** Returns the message that the page shows in place of, or above, its content, or an empty string. */
    String message() {
        return isShown(MESSAGE) ? browser.driver().findElement(MESSAGE).getText().trim() : "";
    }

    List<TicketRow> rows() {
        List<TicketRow> rows = new ArrayList<>();
        for (Object row : (List<?>) BrowserSteps.script(browser, READ_ROWS)) {
            List<?> cells = (List<?>) row;
            rows.add(new TicketRow((String) cells.get(0), (String) cells.get(1), (String) cells.get(2),
                    (String) cells.get(3), (String) cells.get(4)));
        }
        return rows;
    }

    Optional<TicketRow> row(String number) {
        return rows().stream().filter(row -> row.number().equals(number)).findFirst();
    }

    /** Returns the fields of the ticket's detail by their French label, such as "Statut". */
    Map<String, String> detailFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Object pair : (List<?>) BrowserSteps.script(browser, READ_DETAIL_FIELDS)) {
            List<?> labelAndValue = (List<?>) pair;
            fields.put((String) labelAndValue.get(0), (String) labelAndValue.get(1));
        }
        return fields;
    }

    /**
     * Requests the path with fetch() from the page open in the browser, so with its session cookie,
     * and returns the HTTP status, or -1 when the request fails.
     */
    static long httpStatus(Browser browser, String path) {
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(FETCH_STATUS, path);
        return (Long) status;
    }

    private boolean isShown(By locator) {
        return browser.driver().findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** One row of the ticket list, as the page shows it. */
    record TicketRow(String number, String title, String school, String priority, String status) {
    }
}
