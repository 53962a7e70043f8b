package fr.proxima.planning;

/** Kinds of entries in a visit's history. */
public enum VisitChangeKind {

    /** Created by an uploaded planning that waits for a confirmation. */
    PLANNED("planifié"),

    /** Published with its monthly planning. */
    PUBLISHED("publié"),

    /** Added by a planner after its month's publication. */
    ADDED("ajouté"),

    /** Moved to another day, slot, hours or technician. */
    MOVED("déplacé"),

    /** Cancelled by a planner, or dropped with its abandoned planning. */
    CANCELLED("annulé"),

    /** Carried out: closed by its technician, or closed automatically when left open. */
    DONE("réalisé");

    private final String label;

    VisitChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
