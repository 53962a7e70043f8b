package fr.proxima.visit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ouvrir le passage": the visit's start time has come. */
@Component("openVisit")
class OpenVisitDelegate implements JavaDelegate {

    private final VisitService visits;

    OpenVisitDelegate(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        visits.open(VisitRoles.visitId(execution));
    }
}
