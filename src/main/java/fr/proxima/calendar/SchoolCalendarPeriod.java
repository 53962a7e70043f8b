package fr.proxima.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of the zone C school calendar: the rentrée (no first day off) or holidays. The SQL
 * migration V2__school_calendar.sql describes how the two dates are read.
 */
@Entity
@Table(name = "school_calendar_period")
public class SchoolCalendarPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_year")
    private String schoolYear;

    private String label;

    /** First day without classes, or null for the rentrée. */
    @Column(name = "first_day_off")
    private LocalDate firstDayOff;

    /** Day classes resume, or null when the holidays run to the end of the school year. */
    @Column(name = "resume_day")
    private LocalDate resumeDay;

    private String note;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SchoolCalendarPeriod() {
    }

    public SchoolCalendarPeriod(String schoolYear, String label) {
        this.schoolYear = schoolYear;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getFirstDayOff() {
        return firstDayOff;
    }

    public LocalDate getResumeDay() {
        return resumeDay;
    }

    public void setDays(LocalDate firstDayOff, LocalDate resumeDay) {
        this.firstDayOff = firstDayOff;
        this.resumeDay = resumeDay;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** True for the rentrée row, which gives the first day of classes in {@link #getResumeDay()}. */
    public boolean isRentree() {
        return firstDayOff == null;
    }
}
