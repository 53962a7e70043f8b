package fr.proxima.browser;

import fr.proxima.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form as Tasklist 7.24 renders it with form-js 1.8. Fields are found by the component
 * id of the {@code .form} file ("Field_Service"), because form-js builds every DOM id of a field
 * as {@code fjs-form-<random form id>-<component id>}, with suffixes such as {@code -display},
 * {@code -description} or a radio option's index. Options are picked by their visible label.
 */
final class CamundaForm {

    private static final By OPTION = By.cssSelector(".fjs-select-anchor .fjs-dropdownlist-item");

    private static final By SELECT_DISPLAY = By.cssSelector(".fjs-select-display");

    private static final By RADIO_LABEL = By.cssSelector("label[for]");

    private final Browser browser;

    private final By formLocator;

    private CamundaForm(Browser browser, By formLocator) {
        this.browser = browser;
        this.formLocator = formLocator;
    }

    /** Waits until form-js has rendered the form found by {@code formLocator}, and returns it. */
    static CamundaForm waitFor(Browser browser, By formLocator) {
        browser.waitForVisible(formLocator);
        return new CamundaForm(browser, formLocator);
    }

    /** Returns the text of the whole form, text components included, with white space collapsed. */
    String text() {
        return BrowserSteps.textContent(form());
    }

    boolean isFieldShown(String componentId) {
        return !form().findElements(fieldLocator(componentId)).isEmpty();
    }

    /** Types into a text field, text area or number field, replacing its value. */
    void fill(String componentId, String text) {
        WebElement input = form().findElement(By.cssSelector(
                "input[id$='-" + componentId + "'], textarea[id$='-" + componentId + "']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        BrowserSteps.until(browser, "the field " + componentId + " to contain '" + text + "'",
                driver -> text.equals(input.getDomProperty("value")));
    }

    /** Returns the label of the option that a select shows, or an empty string when none is chosen. */
    String selectedLabel(String componentId) {
        WebElement display = field(componentId).findElement(SELECT_DISPLAY);
        String classes = display.getDomAttribute("class");
        return classes != null && classes.contains("fjs-select-placeholder") ? "" : display.getText().trim();
    }

    /** Opens a select, returns the labels of its options, and closes it again. */
    List<String> optionLabels(String componentId) {
        List<WebElement> options = openSelect(componentId);
        List<String> labels = options.stream().map(option -> option.getText().trim()).toList();
        closeSelect(componentId);
        return labels;
    }

    /** Picks the option of a select by its label. */
    void select(String componentId, String label) {
        List<WebElement> options = openSelect(componentId);
        WebElement option = options.stream()
                .filter(candidate -> candidate.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The select " + componentId + " has no option '" + label
                        + "'. Its options are " + options.stream().map(WebElement::getText).toList()));
        // form-js picks an option on mousedown, which a click sends first.
        BrowserSteps.click(browser, option);
        BrowserSteps.until(browser, "the select " + componentId + " to show '" + label + "'",
                driver -> label.equals(selectedLabel(componentId)));
    }

    /** Checks the radio button of a radio group by its label. */
    void choose(String componentId, String label) {
        List<WebElement> labels = field(componentId).findElements(RADIO_LABEL);
        WebElement radioLabel = labels.stream()
                .filter(candidate -> candidate.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The radio group " + componentId + " has no option '" + label
                        + "'. Its options are " + labels.stream().map(WebElement::getText).toList()));
        WebElement radio = radioLabel.findElement(By.cssSelector("input[type='radio']"));
        BrowserSteps.click(browser, radio);
        BrowserSteps.until(browser, "the option '" + label + "' of " + componentId + " to be checked",
                driver -> radio.isSelected());
    }

    /** Returns the labels of the options of a checklist. */
    List<String> checklistLabels(String componentId) {
        return field(componentId).findElements(RADIO_LABEL).stream().map(label -> label.getText().trim()).toList();
    }

    /** Checks the box of a checklist whose label contains the text. */
    void check(String componentId, String labelPart) {
        List<WebElement> labels = field(componentId).findElements(RADIO_LABEL);
        WebElement label = labels.stream()
                .filter(candidate -> candidate.getText().contains(labelPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The checklist " + componentId + " has no option containing '"
                        + labelPart + "'. Its options are " + labels.stream().map(WebElement::getText).toList()));
        WebElement box = form().findElement(By.id(label.getDomAttribute("for")));
        BrowserSteps.click(browser, box);
        BrowserSteps.until(browser, "the option '" + labelPart + "' of " + componentId + " to be checked",
                driver -> box.isSelected());
    }

    private List<WebElement> openSelect(String componentId) {
        // A mousedown on the select's input group opens its list of options.
        BrowserSteps.click(browser, field(componentId).findElement(SELECT_DISPLAY));
        return BrowserSteps.until(browser, "the options of the select " + componentId + " to show", driver -> {
            List<WebElement> options = field(componentId).findElements(OPTION);
            return options.isEmpty() ? null : options;
        });
    }

    private void closeSelect(String componentId) {
        BrowserSteps.click(browser, field(componentId).findElement(SELECT_DISPLAY));
        BrowserSteps.until(browser, "the options of the select " + componentId + " to close",
                driver -> field(componentId).findElements(OPTION).isEmpty());
    }

    private WebElement form() {
        return browser.driver().findElement(formLocator);
    }

    private WebElement field(String componentId) {
        List<WebElement> fields = form().findElements(fieldLocator(componentId));
        if (fields.isEmpty()) {
            throw new AssertionError("The form shows no field with the component id " + componentId);
        }
        return fields.get(0);
    }

    /** Matches the field whose own id, or an id derived from it, carries the component id. */
    private static By fieldLocator(String componentId) {
        return By.cssSelector(".fjs-form-field:has([id$='-" + componentId + "'], [id*='-" + componentId + "-'])");
    }
}
