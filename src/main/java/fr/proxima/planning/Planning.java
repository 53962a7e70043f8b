package fr.proxima.planning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The visits of one month as a planner uploaded them in one file, and what became of them. */
@Entity
@Table(name = "planning")
public class Planning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** First day of the month that the planning covers. */
    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanningStatus status;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    /** Camunda user id of the planner who uploaded the file. */
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** Planner who confirmed or abandoned a planning over its allocation. */
    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "planning_warning", joinColumns = @JoinColumn(name = "planning_id"))
    @OrderColumn(name = "warning_index")
    private List<PlanningWarning> warnings = new ArrayList<>();

    @Version
    private long version;

    protected Planning() {
    }

    Planning(YearMonth month, String fileName, String uploadedBy, Instant uploadedAt, List<PlanningWarning> warnings) {
        this.monthStart = month.atDay(1);
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.warnings = new ArrayList<>(warnings);
        this.status = warnings.isEmpty() ? PlanningStatus.RECEIVED : PlanningStatus.AWAITING_CONFIRMATION;
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return YearMonth.from(monthStart);
    }

    public PlanningStatus getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<PlanningWarning> getWarnings() {
        return List.copyOf(warnings);
    }

    /** True while the planning can still be published or abandoned. */
    public boolean isOpen() {
        return status == PlanningStatus.RECEIVED || status == PlanningStatus.AWAITING_CONFIRMATION;
    }

    void attachProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void recordDecision(String planner, String comment, Instant at) {
        this.decidedBy = planner;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    void publish(Instant at) {
        this.status = PlanningStatus.PUBLISHED;
        this.publishedAt = at;
    }

    void abandon() {
        this.status = PlanningStatus.ABANDONED;
    }
}
