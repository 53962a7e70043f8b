package fr.proxima.planning;

/** Status of a monthly planning. */
public enum PlanningStatus {

    /** Accepted and stored; its process decides at once whether it needs a confirmation. */
    RECEIVED("reçu"),

    /** It exceeds an allocation: it waits for a planner to publish or abandon it. */
    AWAITING_CONFIRMATION("en attente de confirmation"),

    PUBLISHED("publié"),

    ABANDONED("abandonné");

    private final String label;

    PlanningStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
