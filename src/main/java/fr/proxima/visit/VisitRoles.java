package fr.proxima.visit;

import fr.proxima.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The people of a visit's tasks, read from the stored visit rather than from process variables that
 * a form could overwrite. Used in visit.bpmn as {@code ${visitRoles...}}.
 */
@Component("visitRoles")
public class VisitRoles {

    private final VisitService visits;

    VisitRoles(VisitService visits) {
        this.visits = visits;
    }

    /** Returns the technician of the visit, as the planning has it now. */
    public String technician(DelegateExecution execution) {
        return visits.visit(visitId(execution)).getTechnicianId();
    }

    /** Returns the groups of the lycée's correspondents and head, who may give the day's priorities. */
    public String schoolContacts(DelegateExecution execution) {
        String uai = visits.visit(visitId(execution)).getSchoolUai();
        return Groups.correspondentsOf(uai) + "," + Groups.headsOf(uai);
    }

    static long visitId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VisitProcess.Var.VISIT_ID)).longValue();
    }
}
