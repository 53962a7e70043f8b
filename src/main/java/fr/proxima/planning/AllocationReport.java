package fr.proxima.planning;

import fr.proxima.inventory.WorkstationCount;
import java.util.Map;

/**
 * A lycée's hour allocation for one school year, as {@code GET /api/schools/{uai}/allocation}
 * returns it. Hours are decimal numbers rounded to two decimals.
 *
 * @param workstationsEstimated true when the workstations are an estimate from the pupils, which a
 *     screen must show
 * @param plannedHours hours of the published and done visits of the year, from their slots:
 *     3.5 h a half-day, 7 h a full day
 * @param consumedHours minutes recorded as spent on the year's visits, in hours
 * @param unplannedHours allocation minus planned hours, negative when the plan exceeds the allocation
 * @param remainingHours allocation minus consumed hours
 * @param labels French label of each figure, by field name
 * @param summary the whole allocation in one French sentence
 * @param inventoryWorkstations the workstations counted in the lycée's inventory beside the
 *     region's figure, with the difference
 */
public record AllocationReport(
        String uai,
        String schoolName,
        String schoolYear,
        int workstations,
        boolean workstationsEstimated,
        Rules rules,
        double allocationHours,
        double plannedHours,
        double consumedHours,
        double unplannedHours,
        double remainingHours,
        Map<String, String> labels,
        String summary,
        WorkstationCount inventoryWorkstations) {

    /**
     * The counting rules used.
     *
     * @param blockCounting WHOLE or PRO_RATA
     * @param blocks blocks of {@code blockSize} workstations counted
     * @param schoolWeeks school weeks that the fortnights were computed from, or null when they are fixed
     * @param fortnightsSource CALENDAR or CONFIGURATION
     */
    public record Rules(
            int blockSize,
            String blockCounting,
            String blockCountingLabel,
            double blocks,
            double daysPerFortnightPerBlock,
            int fortnights,
            Integer schoolWeeks,
            String fortnightsSource,
            String fortnightsLabel,
            double hoursPerDay,
            String hoursPerDayLabel) {
    }
}
