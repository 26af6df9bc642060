package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.CatalogueSelection;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lines a products reply says about its cards: the one above them, when they are not simply what was asked for
 * (accessories, similar to one sold out, over budget, around or within a price, the closest, nothing for the
 * person's interest), and each card's "why" line (its model's reason, the product it is like, what it is an accessory
 * of, instalments). Apart from {@link ProductReplies}, which decides which reply it is, because these are the words of
 * the cards once there are some. One instance per turn, made with that turn's texts and catalogue; not shared between
 * threads.
 */
final class CardLines {
    private final RecommendationTexts texts;
    private final ProductCatalogue catalogue;
    private final RecommendationRequest request;
    private final Language language;

    CardLines(RecommendationTexts texts, ProductCatalogue catalogue, RecommendationRequest request) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.request = request;
        this.language = request.language();
    }

    /** The line above the cards: why these, when they are not simply what was asked for. */
    String intro(RecommendationDecision decision, Optional<Product> namedSoldOut, CatalogueSelection.Relaxed relaxed,
                 ProductQuery query, List<Candidate> shown) {
        if ("accessories".equals(decision.getSource())) {
            return texts.text(language, "intro.accessories", Map.of());
        }
        if (namedSoldOut.isPresent()) {
            return texts.text(language, "intro.similar-to-sold-out", Map.of("product", namedSoldOut.get().name(language)));
        }
        // Both ends named ("300到500", "between 300 and 500", "over 300 and under 600"): the reply names the range.
        boolean range = query.aroundPrice() == null && query.minPrice() != null && query.maxPrice() != null;
        Map<String, String> ends = range
                ? Map.of("min", budget(query.minPrice()), "max", budget(query.maxPrice())) : Map.of();
        return switch (relaxed) {
            case PRICE, PRICE_AND_ATTRIBUTES -> query.aroundPrice() != null
                    ? texts.text(language, "intro.not-around", Map.of("price", budget(query.aroundPrice())))
                    : range ? texts.text(language, "intro.not-in-range", ends)
                    : query.maxPrice() != null
                    ? texts.text(language, "intro.over-budget", Map.of("budget", budget(query.maxPrice())))
                    : texts.text(language, "intro.under-floor", Map.of("price", budget(query.minPrice())));
            case ATTRIBUTES -> texts.text(language, "intro.closest", Map.of());
            case NONE -> query.aroundPrice() != null
                    ? texts.text(language, "intro.around", Map.of("price", budget(query.aroundPrice())))
                    : range ? texts.text(language, "intro.range", ends)
                    // "He likes running" and nothing for running fits what was asked: say so rather than let the
                    // cards pass for running things.
                    : !query.interests().isEmpty() && SuggestionReason.interestCards(shown, query, catalogue).isEmpty()
                    ? texts.text(language, "intro.interest-unmatched", Map.of())
                    : asksWhatTheyLike(query, shown)
                    ? texts.text(language, "intro.ask-interest." + query.recipient()
                            + (query.hasPrice() ? "" : ".budget"), Map.of())
                    : texts.text(language, "intro.query", Map.of());
        };
    }

    /**
     * "A gift for my dad", "something for my girlfriend under 300": a man or a woman, nothing said of what they like or
     * what kind of product, and at most one card shown is for their group (the catalogue tags few products men's or
     * women's, so the cards are mostly for anyone: a skincare set and a candle set for a dad, stop 33). The line above them asks
     * what the person likes (and the budget, when none was named), which {@code interests.csv} then ranks by.
     */
    private boolean asksWhatTheyLike(ProductQuery query, List<Candidate> shown) {
        return ("men".equals(query.recipient()) || "women".equals(query.recipient()))
                && query.interests().isEmpty() && query.category() == null && query.term() == null
                && query.productSku() == null && query.attributes().isEmpty()
                && shown.stream().filter(c -> query.recipient().equals(c.getAudience())).count() < 2;
    }

    /** A card's "why" line: the accessory of what was ordered, like the product named, or its model's reason. */
    String why(Candidate c, RecommendationDecision decision, ProductQuery query) {
        String line;
        if ("accessories".equals(decision.getSource())) {
            String category = CandidateSupplier.orderedProducts(catalogue, request).stream().map(Product::category)
                    .filter(cat -> catalogue.find(c.getSku()).orElseThrow().accessoryOf(cat)).findFirst().orElse("");
            line = texts.text(language, "why.accessory", Map.of("category", texts.text(language, "category." + category, Map.of())));
        } else if ("item-cf".equals(c.getModel()) && query.productSku() != null) {
            line = texts.text(language, "why.item-cf", Map.of("anchor",
                    catalogue.find(query.productSku()).map(p -> p.name(language)).orElse(query.productSku())));
        } else {
            line = texts.text(language, "why." + c.getModel(), Map.of());
        }
        return c.isInstalmentsOffered() ? line + " · " + texts.text(language, "why.instalments", Map.of()) : line;
    }

    /** A price as the reply shows it: whole yuan with thousands separators (5,000). */
    static String budget(BigDecimal price) {
        return String.format(Locale.ROOT, "%,d", price.setScale(0, RoundingMode.HALF_UP).longValue());
    }
}
