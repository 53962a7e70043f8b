package fr.proxima.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The inventory's CSV format: one header line with the headers of {@link EquipmentField}, in any
 * order, then one line per item. The export writes every column, separated by semicolons, in UTF-8
 * with a byte-order mark so that spreadsheets pick the right encoding.
 */
final class EquipmentCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Start of a value that spreadsheets read as a formula: =, +, @, or - not followed by a number. */
    private static final Pattern FORMULA = Pattern.compile("[=+@]|-(?![0-9])");

    private EquipmentCsv() {
    }

    /** Writes the items as an inventory file, which imports back to no change. */
    static byte[] write(List<Equipment> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write(BYTE_ORDER_MARK);
            List<String> headers = new ArrayList<>();
            for (EquipmentField field : EquipmentField.values()) {
                headers.add(field.header());
            }
            printer.printRecord(headers);
            for (Equipment item : items) {
                List<String> values = new ArrayList<>();
                for (EquipmentField field : EquipmentField.values()) {
                    String text = field.textOf(item);
                    values.add(text == null ? "" : protectFormula(text));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            // Writing to a ByteArrayOutputStream does not fail.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Prefixes an apostrophe to a value that a spreadsheet would run as a formula, such as
     * {@code =HYPERLINK(...)}, as the OWASP advice on CSV injection recommends. A value like
     * {@code -1} (a basement room) is a number, not a formula, and is left as it is.
     */
    static String protectFormula(String value) {
        return FORMULA.matcher(value).lookingAt() ? "'" + value : value;
    }

    /**
     * Removes the apostrophe that {@link #protectFormula} added, so that an export imports back to
     * the same values.
     */
    static String unprotectFormula(String value) {
        if (value != null && value.startsWith("'") && FORMULA.matcher(value.substring(1)).lookingAt()) {
            return value.substring(1);
        }
        return value;
    }

    /** Returns the field of a header, ignoring case, accents, spaces and underscores. */
    static Optional<EquipmentField> fieldOf(String header) {
        String wanted = key(header);
        for (EquipmentField field : EquipmentField.values()) {
            if (key(field.header()).equals(wanted) || key(field.property()).equals(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String key(String header) {
        return EquipmentValidator.normalized(header).replaceAll("[\\s_'°-]", "");
    }
}
