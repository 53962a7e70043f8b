package fr.proxima.planning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Abandonner le planning": cancels the visits of a planning that the planner did not confirm. */
@Component("abandonPlanning")
class AbandonPlanningDelegate implements JavaDelegate {

    private final PlanningService plannings;

    AbandonPlanningDelegate(PlanningService plannings) {
        this.plannings = plannings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plannings.abandon(((Number) execution.getVariable(PlanningProcess.Var.PLANNING_ID)).longValue());
    }
}
