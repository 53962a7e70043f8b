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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The inventory's CSV format: one header line with the headers of {@link EquipmentField}, in any
 * order, then one line per item. The export writes every column, separated by semicolons, in UTF-8
 * with a byte-order mark so that spreadsheets pick the right encoding.
 */
final class EquipmentCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

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
                    values.add(text == null ? "" : text);
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            // Writing to a ByteArrayOutputStream does not fail.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
