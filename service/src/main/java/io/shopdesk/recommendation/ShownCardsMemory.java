package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.CatalogueSelection;
import io.shopdesk.recommendation.internal.ProductFollowUps;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Remembers what a conversation was shown ({@link ProductFollowUps}) for its next message: the query a products reply
 * answered and its cards ("any cheaper ones?", "in black?", "the second one"), the sold-out product a shopper asked
 * for (so that 干皮用的 next asks its category), and, for a replay of a recorded conversation, the cards its reply
 * showed. Apart from {@link RecommendationService}, which decides and words a turn, because what the next message
 * reads is a concern of its own. Thread-safe: {@link ProductFollowUps} is, and this keeps nothing else.
 */
final class ShownCardsMemory {
    private final ProductFollowUps followUps;
    private final int maxCards;

    ShownCardsMemory(ProductFollowUps followUps, int maxCards) {
        this.followUps = followUps;
        this.maxCards = maxCards;
    }

    /**
     * After a products reply to a query ({@code supplied}: what its candidates were made of): its cards, or, when it
     * showed none because what was asked for is sold out, that product as shown.
     */
    void remember(String conversationId, ProductSuggestions reply, RecommendationRules.Outcome outcome,
                  ProductQuery query, Optional<ProductFollowUps.Refinement> refined, RecommendationRules.Supply supplied,
                  ProductCatalogue catalogue) {
        if (!reply.cards().isEmpty()) {
            // Remembered for "any cheaper ones?" and "in black?": the query as these cards answered it (at any price
            // when nothing cheaper was, and the cheapest were shown instead).
            BigDecimal cheaperThan = refined.map(ProductFollowUps.Refinement::cheaperThan).orElse(null);
            List<Candidate> shown = ProductReplies.shown(outcome, cheaperThan, maxCards);
            boolean noneCheaper = cheaperThan != null && ProductReplies.noneCheaper(outcome, cheaperThan);
            followUps.remember(conversationId, query,
                    noneCheaper ? CatalogueSelection.Relaxed.PRICE : supplied.relaxed(), shown.stream()
                    .collect(Collectors.toMap(Candidate::getSku, Candidate::getPrice, (a, b) -> a, LinkedHashMap::new)),
                    shown.stream().map(Candidate::getSku).filter(sku -> catalogue.find(sku).orElseThrow().isAccessory())
                            .collect(Collectors.toSet()));
        } else if (reply.reason().get("soldOut") instanceof List<?> gone && !gone.isEmpty()) {
            // 有面霜吗 when the one face cream is sold out: its category is remembered as the request, with the sold-out
            // product as shown, so that 干皮用的 next asks the category for it (the hydrating skincare in stock). It fell
            // back (no cards, nothing to follow up); the product word kept would only find the sold-out cream again.
            Map<String, BigDecimal> soldOut = new LinkedHashMap<>();
            gone.forEach(sku -> catalogue.find(String.valueOf(sku)).ifPresent(p -> soldOut.put(p.sku(), p.price())));
            String category = soldOut.isEmpty() || query.category() != null ? query.category()
                    : catalogue.find(soldOut.keySet().iterator().next()).map(Product::category).orElse(null);
            followUps.remember(conversationId, soldOut.isEmpty() ? query
                            : query.withTerm(null).withProduct(null).withCategory(category),
                    CatalogueSelection.Relaxed.NONE, soldOut, Set.of());
        }
    }

    /** See {@link RecommendationService#replayShown}. */
    void replayed(String conversationId, List<String> skus, boolean aboutShownCards, ProductCatalogue catalogue) {
        Map<String, BigDecimal> cards = new LinkedHashMap<>();
        Set<String> accessories = new HashSet<>();
        for (String sku : skus) {
            catalogue.find(sku).ifPresent(product -> {
                cards.put(sku, product.price());
                if (product.isAccessory()) {
                    accessories.add(sku);
                }
            });
        }
        if (cards.isEmpty()) {
            return;
        }
        if (!aboutShownCards || followUps.shownCards(conversationId).isEmpty()) {
            followUps.remember(conversationId, ProductQuery.ANY, CatalogueSelection.Relaxed.NONE, cards, accessories);
        } else {
            followUps.compared(conversationId, cards.size() == 1 ? cards.keySet().iterator().next() : null);
        }
    }
}
