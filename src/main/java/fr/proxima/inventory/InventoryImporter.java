package fr.proxima.inventory;

import fr.proxima.csv.CsvDocument;
import fr.proxima.csv.CsvDocument.CsvRow;
import fr.proxima.csv.CsvSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a lycée's inventory file (format in {@link EquipmentCsv}). Each line adds an item or
 * updates the one it identifies: by its label number, or else by its serial number. An item that
 * the file does not list is left as it is. A file with any bad line imports nothing, and a line
 * whose values an item already has changes nothing and writes no history line, so importing the
 * same file twice changes nothing the second time.
 *
 * <p>A column left out of the file keeps each item's current value, and is empty for new items.
 */
@Service
public class InventoryImporter {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryImporter.class);

    /** Control characters and the replacement character: the header of a file in an unknown encoding has some. */
    private static final Pattern UNREADABLE = Pattern.compile("[\\p{Cc}\\uFFFD]");

    private final InventoryService inventory;

    private final EquipmentRepository equipment;

    InventoryImporter(InventoryService inventory, EquipmentRepository equipment) {
        this.inventory = inventory;
        this.equipment = equipment;
    }

    /**
     * Checks every line of the file, then applies them all or none.
     *
     * @throws InventoryImportException with every error found, each with its line and column
     */
    @Transactional
    public ImportReport importFile(String uai, byte[] content, String fileName, String author) {
        CsvDocument document = CsvDocument.decode(content);
        String encoding = document.charset().equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252 (Latin-1)";
        List<CsvRow> rows;
        try {
            rows = document.rows();
        } catch (CsvSyntaxException malformed) {
            throw new InventoryImportException(List.of(ImportError.of(malformed.line(), null,
                    "guillemet non fermé ou texte après un guillemet fermant : vérifiez les guillemets de cette"
                            + " ligne ou des précédentes")));
        }
        if (rows.isEmpty()) {
            throw new InventoryImportException(List.of(ImportError.of(null, null,
                    "le fichier est vide : la première ligne doit être l'en-tête ("
                            + String.join(";", headers()) + ")")));
        }
        Map<Integer, EquipmentField> columns = readHeader(rows.get(0));
        if (rows.size() == 1) {
            throw new InventoryImportException(List.of(ImportError.of(null, null,
                    "le fichier ne contient que l'en-tête : ajoutez une ligne par équipement")));
        }

        List<ImportError> errors = new ArrayList<>();
        List<PlannedLine> planned = new ArrayList<>();
        Map<String, Long> linesByLabel = new HashMap<>();
        Map<String, Long> linesBySerial = new HashMap<>();
        Map<Long, Long> linesByItem = new HashMap<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            PlannedLine line = checkLine(uai, row, columns, errors);
            if (line == null) {
                continue;
            }
            if (!checkDuplicates(row.line(), line, linesByLabel, linesBySerial, linesByItem, errors)) {
                continue;
            }
            planned.add(line);
        }
        if (!errors.isEmpty()) {
            LOG.info("Inventory file {} for school {} rejected with {} error(s)", fileName, uai, errors.size());
            throw new InventoryImportException(errors);
        }

        String context = "import du fichier « " + fileName + " »";
        int created = 0;
        int updated = 0;
        for (PlannedLine line : planned) {
            if (line.existing() == null) {
                inventory.create(uai, line.data(), author, context);
                created++;
            } else if (inventory.update(line.existing().getId(), line.data(), author, context)) {
                updated++;
            }
        }
        ImportReport report = new ImportReport(uai, fileName, planned.size(), created, updated,
                planned.size() - created - updated, encoding);
        LOG.info("Inventory file {} imported for school {} by {}: {} created, {} updated, {} unchanged", fileName, uai,
                author, created, updated, report.unchanged());
        return report;
    }

    /** Returns the CSV headers, in the order that the export writes them. */
    static List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (EquipmentField field : EquipmentField.values()) {
            headers.add(field.header());
        }
        return headers;
    }

    /** One checked line of the file with the item it updates, or null for a new item. */
    private record PlannedLine(EquipmentData data, Equipment existing) {
    }

    private Map<Integer, EquipmentField> readHeader(CsvRow header) {
        List<ImportError> errors = new ArrayList<>();
        Map<Integer, EquipmentField> columns = new LinkedHashMap<>();
        for (int index = 0; index < header.values().size(); index++) {
            String name = header.values().get(index);
            if (UNREADABLE.matcher(name).find()) {
                throw new InventoryImportException(List.of(ImportError.of(header.line(), null,
                        "l'en-tête contient des caractères illisibles : le fichier n'est ni en UTF-8 ni en Latin-1."
                                + " Enregistrez-le en « CSV UTF-8 » ou en « CSV (séparateur : point-virgule) »")));
            }
            Optional<EquipmentField> field = EquipmentCsv.fieldOf(name);
            if (field.isEmpty()) {
                errors.add(ImportError.of(header.line(), name, "colonne inconnue « " + name
                        + " » (colonnes possibles : " + String.join(", ", headers()) + ")"));
            } else if (columns.containsValue(field.get())) {
                errors.add(ImportError.of(header.line(), name, "la colonne « " + field.get().header()
                        + " » apparaît deux fois"));
            } else {
                columns.put(index, field.get());
            }
        }
        for (EquipmentField required : List.of(EquipmentField.KIND, EquipmentField.USE)) {
            if (!columns.containsValue(required)) {
                errors.add(ImportError.of(header.line(), required.header(), "la colonne « " + required.header()
                        + " » manque dans l'en-tête"));
            }
        }
        if (!columns.containsValue(EquipmentField.LABEL_NUMBER) && !columns.containsValue(EquipmentField.SERIAL_NUMBER)) {
            errors.add(ImportError.of(header.line(), null, "l'en-tête doit contenir la colonne « numero_etiquette »"
                    + " ou « numero_serie », qui identifient les équipements"));
        }
        if (!errors.isEmpty()) {
            throw new InventoryImportException(errors);
        }
        return columns;
    }

    /** Checks one line and finds the item it updates; returns null after adding its errors. */
    private PlannedLine checkLine(String uai, CsvRow row, Map<Integer, EquipmentField> columns,
            List<ImportError> errors) {
        long lineNumber = row.line();
        if (row.values().size() > columns.size()) {
            errors.add(ImportError.of(lineNumber, null, row.values().size() + " valeurs pour " + columns.size()
                    + " colonnes dans l'en-tête : vérifiez les séparateurs et les guillemets"));
            return null;
        }
        Map<EquipmentField, String> values = new EnumMap<>(EquipmentField.class);
        columns.forEach((index, field) -> values.put(field,
                index < row.values().size() ? EquipmentCsv.unprotectFormula(row.values().get(index)) : ""));

        // A first pass finds the item from the identifiers of the line, so that the columns left
        // out of the file keep that item's values in the second.
        String label = EquipmentValidator.clean(values.get(EquipmentField.LABEL_NUMBER));
        String serial = EquipmentValidator.clean(values.get(EquipmentField.SERIAL_NUMBER));
        Equipment existing;
        try {
            existing = identify(uai, label, serial);
        } catch (IllegalStateException ambiguous) {
            errors.add(ImportError.of(lineNumber, EquipmentField.SERIAL_NUMBER.header(), ambiguous.getMessage()));
            return null;
        }
        if (existing != null) {
            for (EquipmentField field : EquipmentField.values()) {
                values.putIfAbsent(field, field.textOf(existing));
            }
        }

        EquipmentValidator.Result result = EquipmentValidator.validate(values);
        for (EquipmentValidator.FieldError error : result.errors()) {
            errors.add(ImportError.of(lineNumber, error.field().header(), error.message()));
        }
        if (!result.isValid()) {
            return null;
        }
        EquipmentData data = result.data();
        String transitionError = transitionError(existing, data);
        if (transitionError != null) {
            errors.add(ImportError.of(lineNumber, EquipmentField.STATUS.header(), transitionError));
            return null;
        }
        return new PlannedLine(data, existing);
    }

    /**
     * Finds the item that a line identifies, which is the one with its label number. Failing that,
     * the line labels the item with its serial number and no label yet, when there is one.
     *
     * @throws IllegalStateException with a French message when the serial number alone matches
     *     several items, or matches a labelled item from a line without label
     */
    private Equipment identify(String uai, String label, String serial) {
        if (label != null) {
            Optional<Equipment> byLabel = equipment.findBySchoolUaiAndLabelNumber(uai, label);
            if (byLabel.isPresent()) {
                return byLabel.get();
            }
        }
        if (serial == null) {
            return null;
        }
        List<Equipment> bySerial = equipment.findBySchoolUaiAndSerialNumber(uai, serial);
        List<Equipment> unlabelled = bySerial.stream().filter(item -> item.getLabelNumber() == null).toList();
        if (unlabelled.size() > 1) {
            throw new IllegalStateException("le n° de série « " + serial + " » est celui de " + unlabelled.size()
                    + " équipements sans étiquette du lycée : donnez un n° d'étiquette à chacun dans l'application");
        }
        if (unlabelled.size() == 1) {
            return unlabelled.get(0);
        }
        if (label == null && !bySerial.isEmpty()) {
            throw new IllegalStateException("le n° de série « " + serial + " » est celui de l'équipement étiqueté « "
                    + bySerial.get(0).getLabelNumber() + " » : indiquez ce n° d'étiquette sur la ligne");
        }
        return null;
    }

    private static String transitionError(Equipment existing, EquipmentData data) {
        if (existing == null) {
            return data.status().isManual() ? null : "un nouvel équipement ne peut pas être importé au statut « "
                    + data.status().label() + " » : choisissez « en service », « en panne » ou « en stock »";
        }
        if (existing.differences(data).isEmpty()) {
            return null;
        }
        if (existing.getStatus() == EquipmentStatus.REMOVED) {
            return "l'équipement " + existing.displayName() + " est sorti de l'inventaire : il ne peut plus être"
                    + " modifié, retirez cette ligne ou remettez-la telle qu'exportée";
        }
        if (existing.getStatus() != data.status() && (!existing.getStatus().isManual() || !data.status().isManual())) {
            return "le statut de l'équipement " + existing.displayName() + " ne peut pas passer de « "
                    + existing.getStatus().label() + " » à « " + data.status().label()
                    + " » par un import : la réforme (D3E) se fait par le processus de mise au rebut";
        }
        return null;
    }

    /** Records the line's identifiers; returns false after adding an error when another line has them. */
    private static boolean checkDuplicates(long lineNumber, PlannedLine line, Map<String, Long> linesByLabel,
            Map<String, Long> linesBySerial, Map<Long, Long> linesByItem, List<ImportError> errors) {
        EquipmentData data = line.data();
        if (data.labelNumber() != null) {
            Long first = linesByLabel.putIfAbsent(data.labelNumber(), lineNumber);
            if (first != null) {
                errors.add(ImportError.of(lineNumber, EquipmentField.LABEL_NUMBER.header(), "le n° d'étiquette « "
                        + data.labelNumber() + " » est déjà celui de la ligne " + first));
                return false;
            }
        } else {
            Long first = linesBySerial.putIfAbsent(data.serialNumber(), lineNumber);
            if (first != null) {
                errors.add(ImportError.of(lineNumber, EquipmentField.SERIAL_NUMBER.header(), "le n° de série « "
                        + data.serialNumber() + " » sans n° d'étiquette est déjà celui de la ligne " + first));
                return false;
            }
        }
        if (line.existing() != null) {
            Long first = linesByItem.putIfAbsent(line.existing().getId(), lineNumber);
            if (first != null) {
                errors.add(ImportError.of(lineNumber, null, "cette ligne et la ligne " + first
                        + " désignent le même équipement : " + line.existing().displayName()));
                return false;
            }
        }
        return true;
    }
}
