package io.shopdesk.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The payment's amount against the total of the order it names ({@code PaymentRequest.orderId}), both in CNY, so that
 * a payment of 5,980 for an order of 598 is seen as ten times it ({@code amountToTotal} 10.0). Three cases a rule
 * tells apart:
 * <ul>
 *   <li>no order named: {@code given} false (and nothing else set);</li>
 *   <li>an order the shop does not know: {@code given} true, {@code known} false, no total, {@code amountToTotal} 0:
 *       nothing to compare with, which a rule may weigh on its own ({@code order.given && !order.known});</li>
 *   <li>a known order: {@code known} true, {@code totalCny} and {@code amountToTotal} (the amount divided by the
 *       total, 4 decimals; an order of total 0 counts as 0.01), and {@code ofAnotherCustomer} when the order is not
 *       the paying customer's.</li>
 * </ul>
 * Immutable.
 */
public record OrderTotal(boolean given, boolean known, boolean ofAnotherCustomer, BigDecimal totalCny,
                         double amountToTotal) {
    public static final OrderTotal NONE = new OrderTotal(false, false, false, null, 0);
    public static final OrderTotal UNKNOWN = new OrderTotal(true, false, false, null, 0);
    private static final BigDecimal SMALLEST_TOTAL = new BigDecimal("0.01");

    /**
     * The comparison for a payment of {@code amountCny} by {@code customerId} naming {@code orderId} (null or blank:
     * none), the shop's {@code order} (null: the shop does not know it), its total converted with {@code rates}.
     */
    public static OrderTotal of(String orderId, long customerId, BigDecimal amountCny, ShopOrder order, CnyRates rates) {
        if (orderId == null || orderId.isBlank()) {
            return NONE;
        }
        if (order == null) {
            return UNKNOWN;
        }
        BigDecimal total = rates.perUnit().containsKey(order.currency())
                ? rates.toCny(order.total(), order.currency()) : order.total();
        double ratio = amountCny.divide(total.max(SMALLEST_TOTAL), 4, RoundingMode.HALF_UP).doubleValue();
        return new OrderTotal(true, true, order.customerId() != customerId, total, ratio);
    }
}
