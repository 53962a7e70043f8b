package fr.proxima.planning;

import fr.proxima.allocation.AllocationCalculator;
import fr.proxima.allocation.AllocationRules;
import fr.proxima.calendar.SchoolYear;
import fr.proxima.inventory.InventoryService;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each lycée's hour allocation against the hours planned and consumed: the report of the
 * allocation API, and the warnings of a planning that would exceed an allocation.
 */
@Service
@Transactional(readOnly = true)
public class AllocationService {

    /** Statuses whose visits count as planned hours. */
    static final Set<VisitStatus> PLANNED_STATUSES = Set.of(VisitStatus.PUBLISHED, VisitStatus.DONE);

    private final AllocationCalculator calculator;

    private final VisitRepository visits;

    private final SchoolRepository schools;

    private final InventoryService inventory;

    AllocationService(AllocationCalculator calculator, VisitRepository visits, SchoolRepository schools,
            InventoryService inventory) {
        this.calculator = calculator;
        this.visits = visits;
        this.schools = schools;
        this.inventory = inventory;
    }

    /** Returns the allocation of a lycée for a school year, with its planned and consumed hours. */
    public AllocationReport report(School school, SchoolYear year) {
        AllocationRules rules = calculator.rules(school.getWorkstations(), year);
        long allocation = rules.minutes();
        long planned = plannedMinutes(school.getUai(), year, null);
        Long consumedSum = visits.sumConsumedMinutes(school.getUai(), year.firstDay(), year.lastDay());
        long consumed = consumedSum == null ? 0 : consumedSum;

        AllocationReport.Rules rulesView = new AllocationReport.Rules(
                AllocationRules.BLOCK_SIZE,
                rules.blockCounting().name(),
                rules.blockCounting().label(),
                rules.blocks().doubleValue(),
                AllocationRules.DAYS_PER_FORTNIGHT_PER_BLOCK.doubleValue(),
                rules.fortnights(),
                rules.schoolWeeks(),
                rules.fortnightsFromCalendar() ? "CALENDAR" : "CONFIGURATION",
                fortnightsLabel(rules),
                rules.hoursPerDay().doubleValue(),
                FrenchFormats.number(rules.hoursPerDay()) + " h de service par jour");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("workstations", rules.workstations() + " postes de travail"
                + (school.isWorkstationsEstimated() ? " (estimation à partir de l'effectif)" : ""));
        labels.put("allocationHours", "Dotation horaire de l'année");
        labels.put("plannedHours", "Heures planifiées (passages publiés ou réalisés)");
        labels.put("consumedHours", "Heures consommées");
        labels.put("unplannedHours", "Heures restant à planifier");
        labels.put("remainingHours", "Heures restant à consommer");
        labels.put("inventoryWorkstations", "Postes de travail de l'inventaire (fixes et portables en service ou en"
                + " panne), à comparer au chiffre de la Région");
        String summary = "Dotation " + year.label() + " du lycée " + VisitValidator.schoolLabel(school) + " : "
                + formula(rules) + ". Planifié : " + FrenchFormats.duration(planned) + " ; consommé : "
                + FrenchFormats.duration(consumed) + " ; reste à planifier : "
                + FrenchFormats.duration(allocation - planned) + ".";
        return new AllocationReport(school.getUai(), school.getName(), year.label(), school.getWorkstations(),
                school.isWorkstationsEstimated(), rulesView, hours(rules.hours()), hours(planned), hours(consumed),
                hours(allocation - planned), hours(allocation - consumed), labels, summary,
                inventory.workstations(school));
    }

    /**
     * Returns one warning per lycée whose planned hours of the school year, with these new visits,
     * would exceed its allocation.
     *
     * @param movedVisitId a visit that the new visits replace, whose hours no longer count; or null
     */
    List<PlanningWarning> overruns(List<VisitRequest> requests, Long movedVisitId) {
        Map<String, Map<SchoolYear, Long>> newMinutes = new TreeMap<>();
        for (VisitRequest request : requests) {
            newMinutes.computeIfAbsent(request.uai(), uai -> new TreeMap<>())
                    .merge(SchoolYear.containing(request.date()), (long) request.slot().plannedMinutes(), Long::sum);
        }
        List<PlanningWarning> warnings = new ArrayList<>();
        newMinutes.forEach((uai, byYear) -> byYear.forEach((year, added) -> {
            School school = schools.findById(uai).orElseThrow();
            AllocationRules rules = calculator.rules(school.getWorkstations(), year);
            long allocation = rules.minutes();
            long published = plannedMinutes(uai, year, movedVisitId);
            long over = published + added - allocation;
            if (over > 0) {
                warnings.add(new PlanningWarning(uai, over, VisitValidator.schoolLabel(school) + " : "
                        + FrenchFormats.duration(published + added) + " planifiées sur l'année " + year.label()
                        + " (" + FrenchFormats.duration(published) + " déjà publiées et "
                        + FrenchFormats.duration(added) + " de plus), pour une dotation de "
                        + FrenchFormats.duration(allocation) + " : " + FrenchFormats.duration(over)
                        + " de dépassement."));
            }
        }));
        return warnings;
    }

    /** Minutes of the published and done visits of a lycée in a school year, by their slots. */
    long plannedMinutes(String uai, SchoolYear year, Long excludedVisitId) {
        return visits.findForAllocation(uai, year.firstDay(), year.lastDay(), PLANNED_STATUSES).stream()
                .filter(visit -> !Objects.equals(visit.getId(), excludedVisitId))
                .mapToLong(visit -> visit.getSlot().plannedMinutes())
                .sum();
    }

    private static String fortnightsLabel(AllocationRules rules) {
        if (rules.fortnightsFromCalendar()) {
            return rules.fortnights() + " quinzaines : les " + rules.schoolWeeks() + " semaines de classe entre la"
                    + " rentrée et les vacances d'été, semaines de vacances exclues, divisées par 2 et arrondies à"
                    + " l'entier inférieur";
        }
        return rules.fortnights() + " quinzaines, nombre fixé par la configuration (proxima.allocation.fortnights)";
    }

    /** Writes the computation, such as "94,5 h = 3 tranches de 100 postes × 0,25 jour × 18 quinzaines × 7 h". */
    private static String formula(AllocationRules rules) {
        return FrenchFormats.number(rules.hours()) + " h = " + FrenchFormats.number(rules.blocks()) + " tranche"
                + (rules.blocks().compareTo(BigDecimal.ONE) > 0 ? "s" : "") + " de " + AllocationRules.BLOCK_SIZE
                + " postes × " + FrenchFormats.number(AllocationRules.DAYS_PER_FORTNIGHT_PER_BLOCK) + " jour × "
                + rules.fortnights() + " quinzaines × " + FrenchFormats.number(rules.hoursPerDay()) + " h";
    }

    private static double hours(long minutes) {
        return hours(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP));
    }

    private static double hours(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
