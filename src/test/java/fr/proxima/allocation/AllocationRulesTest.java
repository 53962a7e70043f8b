package fr.proxima.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allocation formula for a table of workstation counts, with each counting choice. */
class AllocationRulesTest {

    static final BigDecimal SEVEN_HOURS = BigDecimal.valueOf(7);

    @ParameterizedTest(name = "{0} workstations: {1} whole blocks, {2} h")
    @CsvSource({
        "0, 0, 0",
        "1, 1, 31.5",
        "99, 1, 31.5",
        "100, 1, 31.5",
        "101, 2, 63",
        "250, 3, 94.5",
        "1000, 10, 315"
    })
    void wholeBlocks(int workstations, String blocks, String hours) {
        AllocationRules rules = AllocationRules.of(workstations, BlockCounting.WHOLE, 18, 36, SEVEN_HOURS);

        assertThat(rules.blocks()).isEqualByComparingTo(blocks);
        assertThat(rules.hours()).isEqualByComparingTo(hours);
        assertThat(rules.minutes()).isEqualTo(new BigDecimal(hours).multiply(BigDecimal.valueOf(60)).longValueExact());
    }

    @ParameterizedTest(name = "{0} workstations: {1} blocks pro rata, {2} h")
    @CsvSource({
        "0, 0, 0",
        "1, 0.01, 0.315",
        "99, 0.99, 31.185",
        "100, 1, 31.5",
        "101, 1.01, 31.815",
        "250, 2.5, 78.75",
        "1000, 10, 315"
    })
    void proRataBlocks(int workstations, String blocks, String hours) {
        AllocationRules rules = AllocationRules.of(workstations, BlockCounting.PRO_RATA, 18, 36, SEVEN_HOURS);

        assertThat(rules.blocks()).isEqualByComparingTo(blocks);
        assertThat(rules.hours()).isEqualByComparingTo(hours);
    }

    @Test
    void proRataMinutesRoundHalfUp() {
        // 0.315 h is 18.9 min.
        assertThat(AllocationRules.of(1, BlockCounting.PRO_RATA, 18, 36, SEVEN_HOURS).minutes()).isEqualTo(19);
    }

    @Test
    void fixedFortnightsAndOtherDayLength() {
        AllocationRules rules = AllocationRules.of(250, BlockCounting.WHOLE, 16, null, new BigDecimal("7.5"));

        assertThat(rules.fortnightsFromCalendar()).isFalse();
        // 3 blocks × 0.25 day × 16 fortnights × 7.5 h.
        assertThat(rules.hours()).isEqualByComparingTo("90");
    }

    @Test
    void negativeWorkstationsRejected() {
        assertThatThrownBy(() -> AllocationRules.of(-1, BlockCounting.WHOLE, 18, 36, SEVEN_HOURS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workstations must not be negative, got -1");
    }

    @Test
    void invalidSettingsRejected() {
        assertThatThrownBy(() -> new AllocationProperties(BlockCounting.WHOLE, 0, SEVEN_HOURS))
                .hasMessageContaining("proxima.allocation.fortnights must be between 1 and 26");
        assertThatThrownBy(() -> new AllocationProperties(BlockCounting.WHOLE, null, BigDecimal.ZERO))
                .hasMessageContaining("proxima.allocation.hours-per-day must be above 0");
    }
}
