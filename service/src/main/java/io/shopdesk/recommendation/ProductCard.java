package io.shopdesk.recommendation;

import java.math.BigDecimal;

/**
 * One product as the widget shows it: name in the conversation's language, price, a short "why", a link, and
 * whether instalments are offered; plus, for the agent's view, the rule and model behind it.
 */
public record ProductCard(String sku, String name, BigDecimal price, String currency, String why, String link,
                          boolean instalments, String rule, String model) {
}
