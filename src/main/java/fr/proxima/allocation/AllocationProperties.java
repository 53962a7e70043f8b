package fr.proxima.allocation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The counting choices behind each lycée's hour allocation ({@code proxima.allocation.*}). The
 * service owes 0.25 day of preventive maintenance per fortnight per block of 100 workstations; the
 * contract does not say how to count a started block, a school year's fortnights or a day's hours.
 *
 * @param blockCounting how a started block counts: {@code whole} (the default, ceil(workstations
 *     / 100)) or {@code pro-rata} (workstations / 100)
 * @param fortnights a fixed number of fortnights per school year; when unset (the default) it is
 *     computed from the imported school calendar, see {@link AllocationCalculator}
 * @param hoursPerDay hours of one day of service: 7 by default, the usual 08:30–12:00 plus
 *     14:00–17:30
 */
@ConfigurationProperties("proxima.allocation")
public record AllocationProperties(
        @DefaultValue("whole") BlockCounting blockCounting,
        Integer fortnights,
        @DefaultValue("7") BigDecimal hoursPerDay) {

    /** Upper bound of a fixed number of fortnights: 26 fortnights fill a calendar year. */
    static final int MAX_FORTNIGHTS = 26;

    public AllocationProperties {
        if (fortnights != null && (fortnights < 1 || fortnights > MAX_FORTNIGHTS)) {
            throw new IllegalArgumentException("proxima.allocation.fortnights must be between 1 and "
                    + MAX_FORTNIGHTS + ", or unset to compute it from the school calendar; got " + fortnights);
        }
        if (hoursPerDay.signum() <= 0 || hoursPerDay.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new IllegalArgumentException(
                    "proxima.allocation.hours-per-day must be above 0 and at most 24, got " + hoursPerDay);
        }
    }
}
