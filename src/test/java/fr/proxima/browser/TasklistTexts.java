package fr.proxima.browser;

import fr.proxima.support.Browser;

/**
 * The Tasklist texts that the browser tests match, by their translation key in Tasklist's locale
 * files ({@code app/tasklist/locales/<language>.json}). Each text is read from the running Tasklist
 * in the language it shows, so a translation of Tasklist does not break the tests. Every other
 * check uses selectors or the product's own French texts.
 */
final class TasklistTexts {

    /** Notification after a start form was submitted: "The process has been started." in English. */
    static final String PROCESS_STARTED = "PROCESS_START_OK";

    /** Asks Tasklist's AngularJS translation service ({@code $translate}) for the text of a key. */
    private static final String TRANSLATE = """
            const injector = window.angular && window.angular.element(document.body).injector();
            return injector ? injector.get('$translate').instant(arguments[0]) : null;
            """;

    private TasklistTexts() {
    }

    /** Returns the text that the Tasklist open in the browser shows for the translation key. */
    static String text(Browser browser, String key) {
        Object text = BrowserSteps.script(browser, TRANSLATE, key);
        if (!(text instanceof String translated) || translated.equals(key)) {
            throw new IllegalStateException("Tasklist has no text for the translation key " + key
                    + " (the page is " + browser.currentUrl() + ", the lookup returned " + text + ")");
        }
        return translated;
    }
}
