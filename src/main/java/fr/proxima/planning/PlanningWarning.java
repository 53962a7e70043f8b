package fr.proxima.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A warning about an accepted planning, in French: a lycée whose planned hours of the school year
 * would exceed its allocation with this planning.
 */
@Embeddable
public class PlanningWarning {

    @Column(name = "school_uai", nullable = false)
    private String schoolUai;

    /** Minutes over the allocation. */
    @Column(name = "minutes_over", nullable = false)
    private long minutesOver;

    @Column(nullable = false)
    private String message;

    protected PlanningWarning() {
    }

    PlanningWarning(String schoolUai, long minutesOver, String message) {
        this.schoolUai = schoolUai;
        this.minutesOver = minutesOver;
        this.message = message;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public long getMinutesOver() {
        return minutesOver;
    }

    public String getMessage() {
        return message;
    }
}
