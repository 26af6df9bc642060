package io.shopdesk.recommendation;

import java.util.List;
import java.util.Map;

/**
 * The products reply of one turn: an intro text, the cards, and the reason (trigger, rule, model, filters) for the
 * agent's view.
 */
public record ProductSuggestions(String text, List<ProductCard> cards, Map<String, Object> reason) {
}
