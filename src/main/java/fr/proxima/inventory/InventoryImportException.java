package fr.proxima.inventory;

import java.util.List;

/** An inventory file with at least one bad line; nothing of it was stored. */
public class InventoryImportException extends RuntimeException {

    private final transient List<ImportError> errors;

    public InventoryImportException(List<ImportError> errors) {
        super(errors.size() + " error(s) in the inventory file, first: " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
