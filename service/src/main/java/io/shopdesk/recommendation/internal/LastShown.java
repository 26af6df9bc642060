package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.ProductQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a conversation was last shown, as {@link ProductFollowUps} remembers it: the query as its cards answered it,
 * the products shown for it so far, the cheapest and dearest of them, the cards of the last reply in their order, the
 * card a question was last answered about (null for none), that question, the last colour asked about a card (null
 * for none), and the attributes last asked about one (empty for none). Immutable and thread-safe: a change is a new
 * one.
 */
record LastShown(ProductQuery query, Set<String> skus, BigDecimal cheapest, BigDecimal dearest,
                 List<String> cards, String discussed, CardQuestion question, String colour,
                 List<AskedAttribute> attributes) {

    /** The same cards, with a question answered about one of them ({@code sku}, or null when "it" is not clear). */
    LastShown discussing(String sku, CardQuestion asked, String askedColour, List<AskedAttribute> askedAttributes) {
        return new LastShown(query, skus, cheapest, dearest, cards, sku, asked, askedColour != null ? askedColour : colour,
                asked == CardQuestion.ATTRIBUTE ? List.copyOf(askedAttributes) : List.of());
    }

    /** The same query, with other cards shown in their order. */
    LastShown showing(List<String> newCards) {
        return new LastShown(query, skus, cheapest, dearest, List.copyOf(newCards), discussed, question, colour, attributes);
    }
}
