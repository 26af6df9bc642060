package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.AskedQuality;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The products replies that show no card although the rules said to recommend, each saying why, never unrelated
 * products: "show me more" when all was shown, a size none comes in, a quality none has, nothing cheaper or dearer
 * that suits the request, and what was asked for sold out. Each names the rule and its filters in the agent's
 * {@code reason}. Apart from {@link ProductReplies}, which words the cards, so that what a reply with cards says and
 * what one without says can each be read on its own. One per turn, made with that turn's texts; immutable and
 * thread-safe.
 */
final class RepliesWithoutCards {
    private final RecommendationTexts texts;
    private final Language language;
    private final RecommendationDecision decision;
    private final ProductQuery query;
    private final String ruleSetVersion;

    RepliesWithoutCards(RecommendationTexts texts, Language language, RecommendationDecision decision,
                        ProductQuery query, String ruleSetVersion) {
        this.texts = texts;
        this.language = language;
        this.decision = decision;
        this.query = query;
        this.ruleSetVersion = ruleSetVersion;
    }

    /** "Show me more" when every product the query selects has been shown ({@code excluded}). */
    ProductSuggestions noMore(Set<String> excluded) {
        return new ProductSuggestions(texts.text(language, "no-more", Map.of()), List.of(),
                Map.of("trigger", decision.getTrigger(), "rule", decision.getRule(), "ruleSetVersion", ruleSetVersion,
                        "filters", SuggestionReason.filters(query), "excluded", List.copyOf(excluded)));
    }

    /** "Running shoes in size 50": none comes in it. Said so, rather than shoes in other sizes or nothing at all. */
    ProductSuggestions noSize() {
        String thing = query.term() != null ? query.term()
                : query.category() != null ? texts.text(language, "category." + query.category(), Map.of()) : null;
        Map<String, String> values = thing == null ? Map.of("size", query.size())
                : Map.of("size", query.size(), "thing", thing);
        return new ProductSuggestions(texts.text(language, thing == null ? "no-size.any" : "no-size", values),
                List.of(), Map.of("trigger", decision.getTrigger(), "rule", decision.getRule(),
                "ruleSetVersion", ruleSetVersion, "filters", SuggestionReason.filters(query), "noSize", query.size()));
    }

    /**
     * "Any lighter ones?" with no weight for the cards, "bigger" for shoes, or nothing warmer that suits the request:
     * {@code text}, what {@link RefinementReplies#withoutCards} says of the {@code quality} asked.
     */
    ProductSuggestions noQuality(String text, AskedQuality quality) {
        Map<String, Object> reason = new LinkedHashMap<>(Map.of("trigger", decision.getTrigger(),
                "rule", decision.getRule(), "ruleSetVersion", ruleSetVersion, "filters", SuggestionReason.filters(query)));
        reason.putAll(RefinementReplies.reason(quality));
        return new ProductSuggestions(text, List.of(), reason);
    }

    /** "Anything cheaper?" and nothing that suits the request is left at any price (every gift turned down). */
    ProductSuggestions noCheaper(BigDecimal cheaperThan) {
        return new ProductSuggestions(texts.text(language, "no-cheaper", Map.of("price", CardLines.budget(cheaperThan))),
                List.of(), Map.of("trigger", decision.getTrigger(), "rule", decision.getRule(),
                "ruleSetVersion", ruleSetVersion, "filters", SuggestionReason.filters(query), "cheaperThanCny", cheaperThan));
    }

    /** "Anything more expensive?" when the dearest card shown is the dearest such product. */
    ProductSuggestions noPricier(BigDecimal pricierThan) {
        return new ProductSuggestions(texts.text(language, "no-pricier", Map.of("price", CardLines.budget(pricierThan))),
                List.of(), Map.of("trigger", decision.getTrigger(), "rule", decision.getRule(),
                "ruleSetVersion", ruleSetVersion, "filters", SuggestionReason.filters(query), "pricierThanCny", pricierThan));
    }

    /**
     * Asked for what is sold out ({@code gone}, at most {@code maxCards} named): said so, rather than "Sorry, I didn't
     * quite get that". {@code reason}, the agent's reason the cards would have had, gets the sold-out products.
     */
    ProductSuggestions soldOut(List<Product> gone, int maxCards, Map<String, Object> reason) {
        reason.put("soldOut", gone.stream().map(Product::sku).toList());
        String names = gone.stream().limit(maxCards).map(p -> p.name(language))
                .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
        return new ProductSuggestions(texts.text(language, "sold-out", Map.of("products", names)), List.of(), reason);
    }
}
