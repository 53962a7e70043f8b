package fr.proxima.planning;

/** No visit has that id. */
public class VisitNotFoundException extends RuntimeException {

    public VisitNotFoundException(long visitId) {
        super("No visit with id " + visitId);
    }
}
