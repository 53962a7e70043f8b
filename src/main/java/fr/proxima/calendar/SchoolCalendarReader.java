package fr.proxima.calendar;

/**
 * A file format of the school calendar. Each format turns the file into entries;
 * {@link SchoolCalendarImporter} checks and stores them the same way for every format.
 */
public interface SchoolCalendarReader {

    /** Reads the file's entries, reporting what cannot be read instead of raising. */
    SchoolCalendarReading read(byte[] content);
}
