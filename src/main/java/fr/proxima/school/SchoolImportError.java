package fr.proxima.school;

/**
 * A problem found in a lycée file, in French for the person who prepared it.
 *
 * @param line line of the file, 1 being the header
 * @param message what is wrong and what was expected
 */
public record SchoolImportError(long line, String message) {

    @Override
    public String toString() {
        return "ligne " + line + " : " + message;
    }
}
