package fr.proxima.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public lycée of Île-de-France, identified by its UAI code. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @Column(length = 8)
    private String uai;

    private String name;

    private String town;

    @Column(name = "insee_code")
    private String inseeCode;

    private String departement;

    private String academie;

    @Column(name = "school_type")
    private String schoolType;

    @Column(name = "pupil_count")
    private Integer pupilCount;

    /** Number of workstations: the region's figure, or an estimate when {@link #workstationsEstimated}. */
    private int workstations;

    @Column(name = "workstations_estimated")
    private boolean workstationsEstimated;

    @Column(name = "source_school_year")
    private String sourceSchoolYear;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected School() {
    }

    public School(String uai) {
        this.uai = uai;
    }

    public String getUai() {
        return uai;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public void setInseeCode(String inseeCode) {
        this.inseeCode = inseeCode;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getAcademie() {
        return academie;
    }

    public void setAcademie(String academie) {
        this.academie = academie;
    }

    public String getSchoolType() {
        return schoolType;
    }

    public void setSchoolType(String schoolType) {
        this.schoolType = schoolType;
    }

    public Integer getPupilCount() {
        return pupilCount;
    }

    public void setPupilCount(Integer pupilCount) {
        this.pupilCount = pupilCount;
    }

    public int getWorkstations() {
        return workstations;
    }

    public boolean isWorkstationsEstimated() {
        return workstationsEstimated;
    }

    public void setWorkstations(int workstations, boolean estimated) {
        this.workstations = workstations;
        this.workstationsEstimated = estimated;
    }

    public String getSourceSchoolYear() {
        return sourceSchoolYear;
    }

    public void setSourceSchoolYear(String sourceSchoolYear) {
        this.sourceSchoolYear = sourceSchoolYear;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** Label shown to users, such as "LYCEE HENRI IV (0750654D), PARIS 5E ARRONDISSEMENT". */
    public String displayName() {
        return name + " (" + uai + "), " + town;
    }
}
