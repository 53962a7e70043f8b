package fr.proxima.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures behind one lycée's allocation for one school year, and the allocation they give:
 * blocks × 0.25 day × fortnights × hours per day.
 *
 * @param workstations the lycée's workstations
 * @param blockCounting how the started block was counted
 * @param blocks blocks of 100 workstations, whole or pro rata
 * @param fortnights fortnights of the school year
 * @param schoolWeeks the school weeks that the fortnights were computed from, or null when the
 *     fortnights are the fixed number of the configuration
 * @param hoursPerDay hours of one day of service
 */
public record AllocationRules(
        int workstations,
        BlockCounting blockCounting,
        BigDecimal blocks,
        int fortnights,
        Integer schoolWeeks,
        BigDecimal hoursPerDay) {

    /** Workstations per block. */
    public static final int BLOCK_SIZE = 100;

    /** Days of preventive maintenance owed per fortnight and per block. */
    public static final BigDecimal DAYS_PER_FORTNIGHT_PER_BLOCK = new BigDecimal("0.25");

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /**
     * Applies the rules to a workstation count.
     *
     * @throws IllegalArgumentException when the workstations are negative
     */
    public static AllocationRules of(int workstations, BlockCounting blockCounting, int fortnights,
            Integer schoolWeeks, BigDecimal hoursPerDay) {
        if (workstations < 0) {
            throw new IllegalArgumentException("workstations must not be negative, got " + workstations);
        }
        BigDecimal blocks = switch (blockCounting) {
            case WHOLE -> BigDecimal.valueOf((workstations + BLOCK_SIZE - 1) / BLOCK_SIZE);
            case PRO_RATA -> BigDecimal.valueOf(workstations).divide(BigDecimal.valueOf(BLOCK_SIZE));
        };
        return new AllocationRules(workstations, blockCounting, blocks, fortnights, schoolWeeks, hoursPerDay);
    }

    /** True when the fortnights come from the school calendar rather than from the configuration. */
    public boolean fortnightsFromCalendar() {
        return schoolWeeks != null;
    }

    /** Returns the allocation in hours, exact: at most 4 decimals with pro rata blocks. */
    public BigDecimal hours() {
        return blocks.multiply(DAYS_PER_FORTNIGHT_PER_BLOCK)
                .multiply(BigDecimal.valueOf(fortnights))
                .multiply(hoursPerDay)
                .stripTrailingZeros();
    }

    /** Returns the allocation in minutes, rounded half up to the minute. */
    public long minutes() {
        return hours().multiply(MINUTES_PER_HOUR).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
