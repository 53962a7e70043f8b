package fr.proxima.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The "activité du jour" of a lycée: everything its visits of one day did outside tickets, as the
 * French text that the correspondents receive by mail and read in the application.
 */
@Entity
@Table(name = "daily_activity")
public class DailyActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_uai", nullable = false)
    private String schoolUai;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DailyActivity() {
    }

    DailyActivity(String schoolUai, LocalDate date) {
        this.schoolUai = schoolUai;
        this.date = date;
    }

    public Long getId() {
        return id;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void rewrite(String newBody, Instant at) {
        this.body = newBody;
        this.updatedAt = at;
    }
}
