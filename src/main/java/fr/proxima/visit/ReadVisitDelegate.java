package fr.proxima.visit;

import static fr.proxima.visit.VisitProcess.Var;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.planning.VisitStatus;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Lire le passage": reads the visit as the planning has it now, for the timer of its start and for
 * the automatic closing of a visit that its technician leaves open.
 */
@Component("readVisit")
class ReadVisitDelegate implements JavaDelegate {

    private final VisitService visits;

    private final SchoolRepository schools;

    private final Duration autoCloseDelay;

    ReadVisitDelegate(VisitService visits, SchoolRepository schools,
            @Value("${proxima.visit.auto-close-delay:PT1H}") Duration autoCloseDelay) {
        this.visits = visits;
        this.schools = schools;
        this.autoCloseDelay = autoCloseDelay;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long visitId = VisitRoles.visitId(execution);
        Visit visit = visits.visit(visitId);
        execution.setVariable(Var.VISIT_CANCELLED, visit.getStatus() == VisitStatus.CANCELLED);
        execution.setVariable(Var.SCHOOL_UAI, visit.getSchoolUai());
        execution.setVariable(Var.SCHOOL_NAME,
                schools.findById(visit.getSchoolUai()).map(School::displayName).orElse(visit.getSchoolUai()));
        execution.setVariable(Var.VISIT_LABEL, PublishedVisits.describe(visit));
        execution.setVariable(Var.TECHNICIAN, visit.getTechnicianId());
        execution.setVariable(Var.VISIT_START_AT, Date.from(visit.startsAt()));
        execution.setVariable(Var.AUTO_CLOSE_AT, Date.from(visit.endsAt().plus(autoCloseDelay)));
        if (visit.getStatus() != VisitStatus.CANCELLED) {
            visits.report(visitId);
        }
    }
}
