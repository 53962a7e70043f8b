package fr.proxima.disposal;

import fr.proxima.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The groups of a disposal's tasks, read from the stored disposal. Process variables would not do,
 * because a form submission could overwrite them. Used in d3e-disposal.bpmn as {@code ${disposalRoles...}}.
 */
@Component("disposalRoles")
public class DisposalRoles {

    private final DisposalService disposals;

    DisposalRoles(DisposalService disposals) {
        this.disposals = disposals;
    }

    /** Returns the group of the technicians who serve the disposal's lycée. */
    public String technicians(DelegateExecution execution) {
        return Groups.techniciansOf(uai(execution));
    }

    /** Returns the group of the head of the disposal's lycée. */
    public String head(DelegateExecution execution) {
        return Groups.headsOf(uai(execution));
    }

    /** Returns the groups that may record the pickup: the lycée's technicians and correspondents. */
    public List<String> pickup(DelegateExecution execution) {
        String uai = uai(execution);
        return List.of(Groups.techniciansOf(uai), Groups.correspondentsOf(uai));
    }

    private String uai(DelegateExecution execution) {
        return disposals.byProcessInstance(execution.getProcessInstanceId()).getSchoolUai();
    }
}
