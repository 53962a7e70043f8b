package fr.proxima.planning;

/** A change asked of a visit in a state that does not allow it, such as moving a cancelled visit. */
public class VisitStateException extends RuntimeException {

    public VisitStateException(String frenchMessage) {
        super(frenchMessage);
    }
}
