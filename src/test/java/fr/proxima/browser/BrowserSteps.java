package fr.proxima.browser;

import fr.proxima.support.Browser;
import java.util.function.Function;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Explicit waits, clicks and scripts shared by the page objects of Tasklist and the follow-up page. */
final class BrowserSteps {

    private BrowserSteps() {
    }

    /**
     * Waits up to {@link Browser#DEFAULT_TIMEOUT} until the condition returns a value other than
     * null or false, and returns it. AngularJS and Preact re-render the pages while the test reads
     * them, so a stale element makes the condition run again instead of failing the test.
     *
     * @param expectation what the test waits for, shown in the timeout message
     */
    static <T> T until(Browser browser, String expectation, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), Browser.DEFAULT_TIMEOUT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(expectation)
                .until(condition::apply);
    }

    /**
     * Scrolls the element to the middle of the window, then clicks it. Selenium alone scrolls it to
     * the bottom edge, where the fixed footer of the Camunda webapps covers it.
     */
    static void click(Browser browser, WebElement element) {
        script(browser, "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /** Returns the element's text content with runs of white space collapsed, whether it is visible or not. */
    static String textContent(WebElement element) {
        String text = element.getDomProperty("textContent");
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    static Object script(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
