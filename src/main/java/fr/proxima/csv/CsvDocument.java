package fr.proxima.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file decoded the way spreadsheets save it, split into rows that keep their line
 * numbers.
 *
 * <p>The bytes are read as UTF-8 (a leading byte-order mark is dropped) unless they are not valid
 * UTF-8. In that case they are read as Windows-1252, the superset of Latin-1 that spreadsheets
 * write on French Windows. The separator is a semicolon when the first line contains more
 * semicolons than commas, otherwise a comma.
 */
public final class CsvDocument {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String text;

    private final Charset charset;

    private final char delimiter;

    /** Character offset at which each line starts: line n starts at lineStarts[n - 1]. */
    private final int[] lineStarts;

    private CsvDocument(String text, Charset charset) {
        this.text = text;
        this.charset = charset;
        this.delimiter = detectDelimiter(text);
        this.lineStarts = computeLineStarts(text);
    }

    /** Decodes the bytes of a CSV file: UTF-8 when valid, otherwise Windows-1252. */
    public static CsvDocument decode(byte[] content) {
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException invalidUtf8) {
            charset = WINDOWS_1252;
            text = new String(content, WINDOWS_1252);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return new CsvDocument(text, charset);
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /**
     * Splits the file into rows, the header included, skipping rows whose values are all empty.
     * Values are trimmed.
     *
     * @throws CsvSyntaxException when a quoted value is not closed or is followed by other text
     */
    public List<CsvRow> rows() {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                for (CSVRecord csvRecord : parser) {
                    List<String> values = csvRecord.toList();
                    if (values.stream().allMatch(String::isEmpty)) {
                        // A spreadsheet writes an empty row as separators only, or blank space.
                        continue;
                    }
                    rows.add(new CsvRow(lineOf(firstCharacterOf(csvRecord)), values));
                }
            } catch (UncheckedIOException | IllegalStateException malformed) {
                // The parser stops on the line where it found the fault. For a quote never closed,
                // that is the last line of the file, not the line where the quote opens.
                throw new CsvSyntaxException(parser.getCurrentLineNumber(), malformed);
            }
        } catch (IOException closing) {
            // CSVParser.close() declares IOException, which closing a StringReader does not throw.
            throw new UncheckedIOException(closing);
        }
        return rows;
    }

    /**
     * Returns the offset of a record's first character. The parser reports the end of the
     * previous record, before any empty lines that it skipped.
     */
    private long firstCharacterOf(CSVRecord csvRecord) {
        int position = (int) csvRecord.getCharacterPosition();
        while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
            position++;
        }
        return position;
    }

    /** Returns the 1-based line number of a character offset in the decoded text. */
    long lineOf(long characterPosition) {
        int index = Arrays.binarySearch(lineStarts, (int) characterPosition);
        return index >= 0 ? index + 1 : -index - 1;
    }

    private static char detectDelimiter(String text) {
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Finds the start of every line, with CR LF, LF and a lone CR all ending a line. */
    private static int[] computeLineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                starts.add(i + 1);
            } else if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One parsed row with the line on which it starts (a quoted value may span several lines). */
    public record CsvRow(long line, List<String> values) {
    }
}
