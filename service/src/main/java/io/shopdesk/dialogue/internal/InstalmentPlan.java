package io.shopdesk.dialogue.internal;

import java.math.BigDecimal;

/**
 * One row of the instalment plan table ({@code knowledge-base/instalments/instalment-plans.csv}): what splitting an
 * order into {@code months} monthly instalments with a provider costs. Immutable and thread-safe.
 *
 * @param provider         {@code huabei} or {@code credit_card}
 * @param months           how many monthly instalments
 * @param totalFeePercent  the fee for the whole plan, as a percentage of the order amount, when it is not interest-free
 * @param minAmount        the smallest order amount the plan is offered for (that amount included)
 * @param interestFreeOver the plan is interest-free for orders over this amount (that amount excluded); null when
 *                         it never is
 */
public record InstalmentPlan(String provider, int months, BigDecimal totalFeePercent, BigDecimal minAmount,
                             BigDecimal interestFreeOver) {

    /** Whether an order of {@code amount} may be split with this plan. */
    public boolean offeredFor(BigDecimal amount) {
        return amount.compareTo(minAmount) >= 0;
    }

    /** Whether an order of {@code amount} pays no fee with this plan. */
    public boolean interestFree(BigDecimal amount) {
        return interestFreeOver != null && amount.compareTo(interestFreeOver) > 0;
    }
}
