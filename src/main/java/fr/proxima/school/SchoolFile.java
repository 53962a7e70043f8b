package fr.proxima.school;

import java.util.List;

/**
 * The outcome of reading a lycée file.
 *
 * @param readable false when the file as a whole cannot be used (empty, malformed CSV, bad header),
 *     in which case no row is returned, whatever the import mode
 * @param rows the public lycées that passed every check
 * @param errors the problems found, ordered by line
 * @param privateRows rows of private lycées, left out without being checked
 * @param rejectedRows public rows left out because of an error
 * @param charset the encoding the file was read with
 */
record SchoolFile(
        boolean readable,
        List<SchoolRow> rows,
        List<SchoolImportError> errors,
        int privateRows,
        int rejectedRows,
        String charset) {

    static SchoolFile unreadable(SchoolImportError error) {
        return unreadable(List.of(error));
    }

    static SchoolFile unreadable(List<SchoolImportError> errors) {
        return new SchoolFile(false, List.of(), errors, 0, 0, null);
    }
}
