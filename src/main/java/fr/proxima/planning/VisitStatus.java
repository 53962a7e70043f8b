package fr.proxima.planning;

/** Status of a visit. Only published and done visits count as planned hours and reach the calendars. */
public enum VisitStatus {

    /** In a planning that waits for the planner's confirmation. */
    PLANNED("prévu"),

    /** Published to the lycée and to the technician. */
    PUBLISHED("publié"),

    /** Cancelled by a planner, or part of an abandoned planning. */
    CANCELLED("annulé"),

    /** Carried out; set by the on-site visit feature. */
    DONE("réalisé");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while the visit takes its technician's slot: any status but cancelled. */
    public boolean booksTechnician() {
        return this != CANCELLED;
    }
}
