package fr.proxima.disposal;

import static fr.proxima.disposal.DisposalProcess.Var;

import fr.proxima.school.School;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the proposal from the start form or the API, marks its items as proposed and makes the
 * disposal's reference the business key. A rejected proposal starts nothing.
 */
@Component("registerDisposal")
class RegisterDisposalDelegate implements JavaDelegate {

    private final DisposalService disposals;

    RegisterDisposalDelegate(DisposalService disposals) {
        this.disposals = disposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> errors = new ArrayList<>();
        List<Long> ids = FormValues.ids(execution.getVariable(Var.EQUIPMENT_IDS), "Équipements à réformer", errors);
        String reason = FormValues.text(execution.getVariable(Var.REASON), "Motif de la réforme",
                FormValues.REASON_MAX, false, errors);
        FormValues.throwIfAny(errors);
        Object uai = execution.getVariable(Var.SCHOOL_UAI);
        Disposal disposal = disposals.propose(uai == null ? null : uai.toString(), ids, reason,
                (String) execution.getVariable(Var.PROPOSER), execution.getProcessInstanceId());

        execution.setProcessBusinessKey(disposal.getReference());
        execution.setVariable(Var.DISPOSAL_ID, disposal.getId());
        execution.setVariable(Var.REFERENCE, disposal.getReference());
        execution.setVariable(Var.SCHOOL_UAI, disposal.getSchoolUai());
        execution.setVariable(Var.SCHOOL_NAME, disposals.school(disposal.getSchoolUai()).map(School::displayName)
                .orElse(disposal.getSchoolUai()));
        execution.setVariable(Var.TITLE, "Réforme " + disposal.getReference() + " : "
                + DisposalMails.count(disposal.getItems().size()));
        execution.setVariable(Var.REASON, reason);
    }
}
