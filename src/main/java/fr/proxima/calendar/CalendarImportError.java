package fr.proxima.calendar;

/**
 * A problem found in a school calendar file, in French for the person who prepared it.
 *
 * @param line line of the file where the faulty entry starts, 1 being the first line
 * @param message what is wrong and what was expected
 */
public record CalendarImportError(long line, String message) {

    @Override
    public String toString() {
        return "ligne " + line + " : " + message;
    }
}
