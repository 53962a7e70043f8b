package fr.proxima.csv;

/** A CSV file that cannot be split into rows, such as a quoted value that is never closed. */
public class CsvSyntaxException extends RuntimeException {

    private final long line;

    public CsvSyntaxException(long line, Throwable cause) {
        super("Malformed CSV at line " + line, cause);
        this.line = line;
    }

    /** Line where reading stopped: the faulty value starts on this line or on an earlier one. */
    public long line() {
        return line;
    }
}
