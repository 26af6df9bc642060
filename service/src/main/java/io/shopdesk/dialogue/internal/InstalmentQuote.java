package io.shopdesk.dialogue.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an order of {@code amount} costs a month with one plan, worked out in {@link BigDecimal} to the fen: the fee is
 * the plan's percentage of the amount rounded half up to the fen (none when the plan is interest-free for the amount),
 * each instalment is the amount and fee divided by the months, rounded half up to the fen, and the last instalment takes
 * what rounding left over, so that the instalments add up to the amount and the fee exactly. A reply says so. Immutable
 * and thread-safe.
 *
 * @param monthly every instalment but the last
 * @param last    the last instalment: {@code monthly} give or take a few fen
 */
public record InstalmentQuote(InstalmentPlan plan, BigDecimal amount, BigDecimal fee, BigDecimal monthly,
                              BigDecimal last) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static InstalmentQuote of(InstalmentPlan plan, BigDecimal amount) {
        BigDecimal fee = plan.interestFree(amount) ? BigDecimal.ZERO.setScale(2)
                : amount.multiply(plan.totalFeePercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal total = amount.add(fee).setScale(2, RoundingMode.HALF_UP);
        BigDecimal monthly = total.divide(BigDecimal.valueOf(plan.months()), 2, RoundingMode.HALF_UP);
        BigDecimal last = total.subtract(monthly.multiply(BigDecimal.valueOf(plan.months() - 1L)));
        return new InstalmentQuote(plan, amount, fee, monthly, last);
    }

    public boolean interestFree() {
        return fee.signum() == 0;
    }

    /** The amount and the fee: what the instalments add up to. */
    public BigDecimal total() {
        return monthly.multiply(BigDecimal.valueOf(plan.months() - 1L)).add(last);
    }

    /** The same instalments and fee, whoever provides them: two providers with equal quotes are told as one. */
    boolean sameCostAs(InstalmentQuote other) {
        return plan.months() == other.plan.months() && fee.compareTo(other.fee) == 0
                && monthly.compareTo(other.monthly) == 0 && last.compareTo(other.last) == 0;
    }
}
