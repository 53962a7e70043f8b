package fr.proxima.planning;

import static fr.proxima.planning.PlanningProcess.Element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.proxima.security.Groups;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths of monthly-planning.bpmn when a planning exceeds an allocation: a planner confirms or
 * abandons it in Tasklist. The lycée has 1 workstation, so 1 block and 31.5 h for 2025-2026.
 */
class MonthlyPlanningProcessTest extends PlanningIntegrationTest {

    static final String VICTOR_DURUY = "0750662M";
    static final String PLANNER = "planif-process";
    static final String TECHNICIAN = "tech-process";
    static final String OTHER_TECHNICIAN = "tech-process-2";
    static final String CORRESPONDENT_MAIL = "corr-duruy@lycee.example";

    @Autowired
    PlanningService plannings;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    FormService formService;

    @BeforeEach
    void setUp() {
        init(processEngine);
        createPlanner(PLANNER);
        createTechnician(TECHNICIAN, "Karim", "Benali", VICTOR_DURUY);
        createTechnician(OTHER_TECHNICIAN, "Lucie", "Roux", VICTOR_DURUY);
        createCorrespondent("corr-duruy", CORRESPONDENT_MAIL, VICTOR_DURUY);
        setWorkstations(VICTOR_DURUY, 1, false);
    }

    @AfterEach
    void clearAuthentication() {
        identityService.clearAuthentication();
    }

    @Test
    void confirmedOverrunIsPublished() {
        Planning planning = uploadFiveFullDays(TECHNICIAN, "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12",
                "2026-03-13");
        ProcessInstance instance = instanceOf(planning);

        assertThat(planning.getStatus()).isEqualTo(PlanningStatus.AWAITING_CONFIRMATION);
        assertThat(planning.getWarnings()).singleElement().satisfies(warning -> {
            assertThat(warning.getSchoolUai()).isEqualTo(VICTOR_DURUY);
            assertThat(warning.getMinutesOver()).isEqualTo(210);
            assertThat(warning.getMessage()).isEqualTo("LYCEE GENERAL VICTOR DURUY (0750662M) : 35 h planifiées sur"
                    + " l'année 2025-2026 (0 h déjà publiées et 35 h de plus), pour une dotation de 31,5 h : 3,5 h de"
                    + " dépassement.");
        });
        assertThat(instance).isWaitingAt(Element.CONFIRM_OVERRUN);
        Task confirm = task(instance);
        assertThat(confirm.getName()).isEqualTo("Confirmer le dépassement de dotation");
        assertThat(taskService.createTaskQuery().taskId(confirm.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey()).isEqualTo(PlanningProcess.CONFIRM_FORM);
        assertThat(taskService.getIdentityLinksForTask(confirm.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Groups.PLANNERS);
        assertThat(runtimeService.getVariable(instance.getId(), PlanningProcess.Var.OVERRUN_SUMMARY).toString())
                .contains("LYCEE GENERAL VICTOR DURUY \\(0750662M\\) : 35 h planifiées")
                .contains("3,5 h de dépassement\\.");
        assertThat(plannings.visitsOf(planning.getId())).extracting(Visit::getStatus).containsOnly(VisitStatus.PLANNED);

        completeAs(PLANNER, confirm, Map.of(PlanningProcess.Var.DECISION, PlanningProcess.Decision.PUBLISH,
                PlanningProcess.Var.COMMENT, "Rattrapage des heures de février."));

        assertThat(instance).hasPassed(Element.CONFIRM_OVERRUN, Element.PUBLISH).isWaitingAt(Element.MAIL_SCHOOLS);
        Planning published = plannings.get(planning.getId());
        assertThat(published.getStatus()).isEqualTo(PlanningStatus.PUBLISHED);
        assertThat(published.getDecidedBy()).isEqualTo(PLANNER);
        assertThat(published.getDecisionComment()).isEqualTo("Rattrapage des heures de février.");
        assertThat(plannings.visitsOf(planning.getId())).extracting(Visit::getStatus)
                .containsOnly(VisitStatus.PUBLISHED);

        managementService.executeJob(job(instance).getId());

        assertThat(instance).isEnded().hasPassed(Element.MAIL_SCHOOLS, Element.END_PUBLISHED);
        assertThat(mailsTo(CORRESPONDENT_MAIL)).singleElement().satisfies(mail ->
                assertThat(mail.subject()).isEqualTo("Passages du technicien en mars 2026 : LYCEE GENERAL VICTOR DURUY"));
    }

    @Test
    void abandonedPlanningIsNeverPublished() {
        Planning planning = uploadFiveFullDays(OTHER_TECHNICIAN, "2026-03-16", "2026-03-17", "2026-03-18",
                "2026-03-19", "2026-03-20");
        ProcessInstance instance = instanceOf(planning);

        completeAs(PLANNER, task(instance), Map.of(PlanningProcess.Var.DECISION, PlanningProcess.Decision.ABANDON));

        assertThat(instance).isEnded().hasPassed(Element.ABANDON, Element.END_ABANDONED)
                .hasNotPassed(Element.PUBLISH, Element.MAIL_SCHOOLS);
        Planning abandoned = plannings.get(planning.getId());
        assertThat(abandoned.getStatus()).isEqualTo(PlanningStatus.ABANDONED);
        assertThat(abandoned.getDecidedBy()).isEqualTo(PLANNER);
        assertThat(plannings.visitsOf(planning.getId())).extracting(Visit::getStatus)
                .containsOnly(VisitStatus.CANCELLED);
        assertThat(mailsTo(CORRESPONDENT_MAIL)).isEmpty();
    }

    @Test
    void decisionIsRequired() {
        Planning planning = uploadFiveFullDays(OTHER_TECHNICIAN, "2026-03-23", "2026-03-24", "2026-03-25",
                "2026-03-26", "2026-03-27");
        ProcessInstance instance = instanceOf(planning);
        Task confirm = task(instance);

        assertThatThrownBy(() -> completeAs(PLANNER, confirm, Map.of()))
                .hasMessageContaining("Le champ « Décision » est obligatoire : publiez le planning malgré le dépassement, ou"
                        + " abandonnez-le.");
        assertThatThrownBy(() -> completeAs(PLANNER, confirm, Map.of(PlanningProcess.Var.DECISION, "PEUT-ETRE")))
                .hasMessageContaining("La valeur du champ « Décision » n'est pas reconnue : PUBLISH ou ABANDON est attendu.");

        assertThat(instance).isWaitingAt(Element.CONFIRM_OVERRUN);
        assertThat(plannings.get(planning.getId()).getStatus()).isEqualTo(PlanningStatus.AWAITING_CONFIRMATION);
        completeAs(PLANNER, confirm, Map.of(PlanningProcess.Var.DECISION, PlanningProcess.Decision.ABANDON));
    }

    @Test
    void onlyPlannersWorkTheConfirmation() {
        Planning planning = uploadFiveFullDays(OTHER_TECHNICIAN, "2026-04-07", "2026-04-08", "2026-04-09",
                "2026-04-10", "2026-04-13");
        ProcessInstance instance = instanceOf(planning);
        Task confirm = task(instance);

        List<Task> seenByTechnician = as(TECHNICIAN,
                () -> taskService.createTaskQuery().processInstanceId(instance.getId()).listPage(0, 10));
        List<Task> seenByPlanner = as(PLANNER,
                () -> taskService.createTaskQuery().processInstanceId(instance.getId()).listPage(0, 10));

        assertThat(seenByTechnician).isEmpty();
        assertThat(seenByPlanner).extracting(Task::getId).containsExactly(confirm.getId());
        assertThatThrownBy(() -> completeAs(TECHNICIAN, confirm,
                Map.of(PlanningProcess.Var.DECISION, PlanningProcess.Decision.PUBLISH)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(instance).isWaitingAt(Element.CONFIRM_OVERRUN);
        completeAs(PLANNER, confirm, Map.of(PlanningProcess.Var.DECISION, PlanningProcess.Decision.ABANDON));
    }

    /** Uploads five full days, 35 h: over the allocation whatever else is published. */
    private Planning uploadFiveFullDays(String technician, String... dates) {
        assertThat(dates).hasSize(5);
        StringBuilder csv = new StringBuilder("date,uai,technicien,creneau\n");
        for (String date : dates) {
            csv.append(date).append(',').append(VICTOR_DURUY).append(',').append(technician).append(",journée\n");
        }
        return plannings.upload(csv.toString().getBytes(StandardCharsets.UTF_8), "mars.csv", PLANNER, null);
    }

    private ProcessInstance instanceOf(Planning planning) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(planning.getProcessInstanceId())
                .singleResult();
    }

    private void completeAs(String userId, Task task, Map<String, Object> variables) {
        as(userId, () -> {
            formService.submitTaskForm(task.getId(), new HashMap<>(variables));
            return null;
        });
    }

    /** Runs a call as Tasklist would for this user: authenticated, with their groups, under authorization checks. */
    private <T> T as(String userId, Supplier<T> call) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).unlimitedList().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return call.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
