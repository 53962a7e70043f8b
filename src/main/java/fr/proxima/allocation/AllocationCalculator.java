package fr.proxima.allocation;

import fr.proxima.calendar.SchoolCalendarNotImportedException;
import fr.proxima.calendar.SchoolYear;
import fr.proxima.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Service;

/**
 * Computes the hour allocation of a lycée for a school year from its workstations and the counting
 * choices of {@link AllocationProperties}.
 *
 * <p>Unless {@code proxima.allocation.fortnights} fixes it, a school year has as many fortnights
 * as half its school weeks, rounded down. A school week is a Monday-to-Sunday week, between the
 * rentrée and the start of the summer holidays, with at least one working day of the lycées: the
 * weeks entirely in holidays do not count. The zone C calendar of 2025-2026 and of 2026-2027 both
 * give 36 school weeks, the usual figure of a French school year, hence 18 fortnights.
 */
@Service
public class AllocationCalculator {

    private final WorkingDayCalendar calendar;

    private final AllocationProperties properties;

    public AllocationCalculator(WorkingDayCalendar calendar, AllocationProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /**
     * Returns the rules and figures of the allocation of a lycée with that many workstations.
     *
     * @throws SchoolCalendarNotImportedException when the fortnights come from the calendar and the
     *     school year has none
     */
    public AllocationRules rules(int workstations, SchoolYear year) {
        if (properties.fortnights() != null) {
            return AllocationRules.of(workstations, properties.blockCounting(), properties.fortnights(), null,
                    properties.hoursPerDay());
        }
        int weeks = schoolWeeks(year);
        return AllocationRules.of(workstations, properties.blockCounting(), weeks / 2, weeks,
                properties.hoursPerDay());
    }

    /**
     * Returns the school weeks of the year: the Monday-to-Sunday weeks with at least one working day.
     *
     * @throws SchoolCalendarNotImportedException when the school year has no imported calendar
     */
    public int schoolWeeks(SchoolYear year) {
        // Every working day of the school year lies between the rentrée and the summer holidays.
        return (int) calendar.workingDays(year.firstDay(), year.lastDay()).stream()
                .map(day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                .distinct()
                .count();
    }
}
