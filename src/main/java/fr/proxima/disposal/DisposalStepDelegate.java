package fr.proxima.disposal;

import static fr.proxima.disposal.DisposalProcess.Element;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The automatic steps of d3e-disposal.bpmn, chosen by the id of the service task that runs it:
 * prepare the record, return the items to service after a refusal, remove them after an approval.
 */
@Component("disposalStep")
class DisposalStepDelegate implements JavaDelegate {

    private final DisposalService disposals;

    DisposalStepDelegate(DisposalService disposals) {
        this.disposals = disposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long disposalId = disposals.byProcessInstance(execution.getProcessInstanceId()).getId();
        switch (execution.getCurrentActivityId()) {
            case Element.PREPARE_RECORD -> disposals.prepareRecord(disposalId);
            case Element.RETURN_TO_SERVICE -> disposals.returnToService(disposalId);
            case Element.REMOVE -> disposals.removeFromInventory(disposalId);
            default -> throw new IllegalStateException("The disposalStep delegate does not run activity "
                    + execution.getCurrentActivityId());
        }
    }
}
