package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The monthly amounts a quote tells: the fee rounded half up to the fen, each instalment rounded half up to the fen,
 * the last one taking the difference, so that the instalments always add up to the amount and the fee.
 */
class InstalmentQuoteTest {
    static InstalmentPlan plan(int months, String feePercent, String freeOver) {
        return new InstalmentPlan("huabei", months, new BigDecimal(feePercent), new BigDecimal("100"),
                freeOver == null ? null : new BigDecimal(freeOver));
    }

    @Test
    void twelveMonthsOfTheLaptopCarryTheFeeRoundedHalfUpAndTheLastInstalmentTakesTheRest() {
        InstalmentQuote quote = InstalmentQuote.of(plan(12, "7.5", null), new BigDecimal("5999.00"));
        // 5999 x 7.5 % = 449.925: half up gives 449.93 (half even would give 449.92).
        assertThat(quote.fee()).isEqualByComparingTo("449.93");
        // 6448.93 / 12 = 537.4108…: 537.41 eleven times, and 6448.93 - 11 x 537.41 = 537.42 last.
        assertThat(quote.monthly()).isEqualByComparingTo("537.41");
        assertThat(quote.last()).isEqualByComparingTo("537.42");
        assertThat(quote.total()).isEqualByComparingTo("6448.93");
        assertThat(quote.interestFree()).isFalse();
    }

    @Test
    void threeAndSixMonthsOverTheThresholdAreFreeAndTheLastInstalmentMayBeLower() {
        InstalmentQuote three = InstalmentQuote.of(plan(3, "2.5", "600"), new BigDecimal("5999"));
        assertThat(three.fee()).isEqualByComparingTo("0");
        assertThat(three.interestFree()).isTrue();
        // 5999 / 3 = 1999.666…: 1999.67 twice, then 1999.66.
        assertThat(three.monthly()).isEqualByComparingTo("1999.67");
        assertThat(three.last()).isEqualByComparingTo("1999.66");
        InstalmentQuote six = InstalmentQuote.of(plan(6, "4.5", "600"), new BigDecimal("5999"));
        // 5999 / 6 = 999.833…: 999.83 five times, then 999.85.
        assertThat(six.monthly()).isEqualByComparingTo("999.83");
        assertThat(six.last()).isEqualByComparingTo("999.85");
        assertThat(six.total()).isEqualByComparingTo("5999");
    }

    @Test
    void exactly600PaysTheFeeAndAnAmountThatDividesEvenlyHasEqualInstalments() {
        InstalmentQuote atThreshold = InstalmentQuote.of(plan(3, "2.5", "600"), new BigDecimal("600"));
        assertThat(atThreshold.fee()).isEqualByComparingTo("15.00");
        assertThat(atThreshold.monthly()).isEqualByComparingTo("205.00");
        assertThat(atThreshold.last()).isEqualByComparingTo("205.00");
        InstalmentQuote justOver = InstalmentQuote.of(plan(3, "2.5", "600"), new BigDecimal("600.01"));
        assertThat(justOver.fee()).isEqualByComparingTo("0");
        assertThat(justOver.monthly()).isEqualByComparingTo("200.00");
        assertThat(justOver.last()).isEqualByComparingTo("200.01");
    }

    @Test
    void theLastInstalmentDiffersFromTheOthersByNoMoreThanRoundingAndEveryAmountIsInFen() {
        for (int cents = 10_000; cents < 1_000_000; cents += 777) {
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            for (InstalmentPlan plan : new InstalmentPlan[] {plan(3, "2.5", "600"), plan(6, "4.5", "600"),
                    plan(12, "7.5", null), plan(24, "13.33", null)}) {
                InstalmentQuote quote = InstalmentQuote.of(plan, amount);
                assertThat(quote.monthly().scale()).as(plan + " " + amount).isEqualTo(2);
                assertThat(quote.last().scale()).as(plan + " " + amount).isEqualTo(2);
                assertThat(quote.last().subtract(quote.monthly()).abs())
                        .as("the last instalment is the others give or take rounding: " + plan + " " + amount)
                        .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(plan.months())));
            }
        }
    }
}
