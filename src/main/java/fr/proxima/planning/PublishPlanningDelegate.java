package fr.proxima.planning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Publier le planning": publishes the planning's visits. */
@Component("publishPlanning")
class PublishPlanningDelegate implements JavaDelegate {

    private final PlanningService plannings;

    PublishPlanningDelegate(PlanningService plannings) {
        this.plannings = plannings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plannings.publish(((Number) execution.getVariable(PlanningProcess.Var.PLANNING_ID)).longValue());
    }
}
