package fr.proxima.planning;

import java.util.List;

/** A planning file or a visit request with errors: nothing was stored. */
public class PlanningRejectedException extends RuntimeException {

    private final List<PlanningError> errors;

    public PlanningRejectedException(List<PlanningError> errors) {
        super(errors.size() + " error(s), the first: " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<PlanningError> errors() {
        return errors;
    }
}
