package io.shopdesk.risk;

import java.math.BigDecimal;

/**
 * An order as the shop database holds it, what a payment naming it is compared with: whose it is and its total in
 * its own currency. Immutable.
 */
public record ShopOrder(String id, long customerId, BigDecimal total, String currency) {
}
