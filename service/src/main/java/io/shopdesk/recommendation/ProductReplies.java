package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.AskedQuality;
import io.shopdesk.recommendation.internal.CatalogueSelection;
import io.shopdesk.recommendation.internal.ProductFollowUps;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what the recommendation rules decided for one turn into the products reply: the cards with their "why" lines,
 * the line above them, the agent's {@code reason}, and the replies without cards ("we don't sell", and through
 * {@link RepliesWithoutCards} "sold out", "no more", "nothing cheaper", "nothing dearer", "none in that size"). The one place that decides how a recommendation is
 * worded, as {@code ReplyComposer} is for the dialogue; the lines about the cards are {@link CardLines}', the
 * agent's reason {@link SuggestionReason}'s. One instance per turn, made with that turn's texts and catalogue; not
 * shared between threads.
 */
final class ProductReplies {
    /**
     * Triggers of a shopper who asked for products: only they are told that what they asked for is sold out. "named":
     * a message that is little more than a product or category ("a kettle").
     */
    private static final Set<String> ASKING_TRIGGERS = Set.of("product_inquiry", "product_recommendation", "follow_up",
            "named");

    private final RecommendationTexts texts;
    private final RecommendationSettings settings;
    private final ProductCatalogue catalogue;
    private final String ruleSetVersion;
    private final RecommendationRequest request;
    private final Language language;

    ProductReplies(RecommendationTexts texts, RecommendationSettings settings, ProductCatalogue catalogue,
                   String ruleSetVersion, RecommendationRequest request) {
        this.texts = texts;
        this.settings = settings;
        this.catalogue = catalogue;
        this.ruleSetVersion = ruleSetVersion;
        this.request = request;
        this.language = request.language();
    }

    /** "Do you sell phones?": no, and what the shop does sell (its categories), rather than its popular products. */
    ProductSuggestions notSold(String thing, RecommendationDecision decision) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("rule", decision.getRule());
        reason.put("ruleSetVersion", ruleSetVersion);
        reason.put("notSold", thing);
        String categories = catalogue.all().stream().map(Product::category).distinct()
                .map(c -> texts.text(language, "category." + c, Map.of()))
                .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
        return new ProductSuggestions(texts.text(language, "not-sold", Map.of("thing", thing, "categories", categories)),
                List.of(), reason);
    }

    /** "Something nicer?" after cards, which refines nothing: what would they like changed, with no cards. */
    ProductSuggestions askWhatToChange(RecommendationDecision decision) {
        return new RefinementReplies(texts, language).askWhatToChange(decision, ruleSetVersion);
    }

    /**
     * The reply for a decision to recommend, or empty when nothing is worth saying (no card, nothing sold out).
     *
     * @param query    the query the candidates were selected for (a follow-up's, merged)
     * @param refined  the follow-up the message was, if it was one
     * @param supplied what the candidates were made of; null when none were asked for
     */
    Optional<ProductSuggestions> cards(RecommendationRules.Outcome outcome, ProductQuery query,
                                       Optional<ProductFollowUps.Refinement> refined, RecommendationRules.Supply supplied) {
        RecommendationDecision decision = outcome.decision();
        BigDecimal cheaperThan = refined.map(ProductFollowUps.Refinement::cheaperThan).orElse(null);
        List<Candidate> shown = shown(outcome, cheaperThan, settings.maxCards());
        // Only a shopper who asked for products is told what is sold out; a passing mention is not an order.
        boolean asked = ASKING_TRIGGERS.contains(decision.getTrigger());
        Optional<Product> namedSoldOut = asked && query.productSku() != null
                ? catalogue.find(query.productSku()).filter(p -> !p.inStock()) : Optional.empty();
        // "Show me more" when all that is left is sold out: there are no more, rather than "sorry, X is out of stock"
        // for products the shopper never asked for.
        // (A quality asked, "something warmer", leaves out the cards shown too, but is no "more": it says why none.)
        boolean more = refined.isPresent() && !refined.get().exclude().isEmpty() && refined.get().quality() == null;
        List<Candidate> soldOut = asked && !more ? soldOut(outcome, decision) : List.of();
        RepliesWithoutCards none = new RepliesWithoutCards(texts, language, decision, query, ruleSetVersion);
        if (shown.isEmpty() && more) {
            return Optional.of(none.noMore(refined.get().exclude()));
        }
        BigDecimal pricierThan = refined.map(ProductFollowUps.Refinement::pricierThan).orElse(null);
        if (shown.isEmpty() && query.size() != null && outcome.candidates().isEmpty()) {
            return Optional.of(none.noSize());
        }
        RefinementReplies refinements = new RefinementReplies(texts, language);
        AskedQuality quality = refined.map(ProductFollowUps.Refinement::quality).orElse(null);
        Optional<String> qualityText = quality == null ? Optional.empty()
                : refinements.withoutCards(quality, shown.isEmpty() && soldOut.isEmpty());
        if (qualityText.isPresent()) {
            return Optional.of(none.noQuality(qualityText.get(), quality));
        }
        if (cheaperThan != null && shown.isEmpty() && soldOut.isEmpty()) {
            return Optional.of(none.noCheaper(cheaperThan));
        }
        if (shown.isEmpty() && pricierThan != null && soldOut.isEmpty()) {
            return Optional.of(none.noPricier(pricierThan));
        }
        if (shown.isEmpty() && soldOut.isEmpty() && namedSoldOut.isEmpty()) {
            return Optional.empty();
        }
        CardLines lines = new CardLines(texts, catalogue, request);
        List<ProductCard> cards = new ArrayList<>();
        for (Candidate c : shown) {
            Product product = catalogue.find(c.getSku()).orElseThrow();
            cards.add(new ProductCard(product.sku(), product.name(language), product.price(), "CNY",
                    lines.why(c, decision, query), settings.linkPrefix() + product.sku(),
                    c.isInstalmentsOffered(), decision.getRule(), c.getModel()));
        }
        Map<String, Object> reason = SuggestionReason.of(decision, outcome, shown, query, supplied, ruleSetVersion, catalogue);
        namedSoldOut.ifPresent(p -> reason.put("soldOut", List.of(p.sku())));
        if (pricierThan != null) {
            reason.put("pricierThanCny", pricierThan);
        }
        if (shown.isEmpty()) {
            // Asked for what is sold out: say so, rather than "Sorry, I didn't quite get that".
            List<Product> gone = namedSoldOut.map(List::of).orElseGet(() -> soldOut.stream()
                    .map(c -> catalogue.find(c.getSku()).orElseThrow()).toList());
            return Optional.of(none.soldOut(gone, settings.maxCards(), reason));
        }
        if (cheaperThan != null) {
            reason.put("cheaperThanCny", cheaperThan);
        }
        if (quality != null) {
            reason.putAll(RefinementReplies.reason(quality));
        }
        String intro = intro(outcome, query, refined, shown, namedSoldOut, lines, refinements, supplied.relaxed());
        return Optional.of(new ProductSuggestions(intro, List.copyOf(cards), reason));
    }

    /**
     * The line above the cards: what came of a quality asked for, of someone new to buy for, or of dearer or cheaper
     * ones, else what the cards are ({@link CardLines#intro}); with the size asked for when the cards come in it.
     */
    private String intro(RecommendationRules.Outcome outcome, ProductQuery query,
                         Optional<ProductFollowUps.Refinement> refined, List<Candidate> shown,
                         Optional<Product> namedSoldOut, CardLines lines, RefinementReplies refinements,
                         CatalogueSelection.Relaxed relaxed) {
        RecommendationDecision decision = outcome.decision();
        AskedQuality quality = refined.map(ProductFollowUps.Refinement::quality).orElse(null);
        BigDecimal cheaperThan = refined.map(ProductFollowUps.Refinement::cheaperThan).orElse(null);
        BigDecimal pricierThan = refined.map(ProductFollowUps.Refinement::pricierThan).orElse(null);
        String newRecipient = refined.map(ProductFollowUps.Refinement::newRecipient).orElse(null);
        Optional<String> forAnyone = relaxed == CatalogueSelection.Relaxed.NONE && quality == null && cheaperThan == null
                ? refinements.forAnyone(newRecipient, shown.stream().map(c -> catalogue.find(c.getSku()).orElseThrow()).toList())
                : Optional.empty();
        String intro = quality != null
                ? refinements.intro(quality, relaxed == CatalogueSelection.Relaxed.NONE ? null
                        : lines.intro(decision, namedSoldOut, relaxed, query, shown))
                : forAnyone.isPresent() ? forAnyone.get()
                : pricierThan != null && relaxed == CatalogueSelection.Relaxed.NONE
                ? texts.text(language, "intro.pricier", Map.of("price", CardLines.budget(pricierThan)))
                // "Anything cheaper?" when the cheapest card shown is the cheapest that suits the request: said so, with
                // the cheapest that do (closest in price first), not unrelated cheaper products.
                : cheaperThan != null && noneCheaper(outcome, cheaperThan)
                ? texts.text(language, "intro.no-cheaper", Map.of("price", CardLines.budget(cheaperThan)))
                : cheaperThan != null && relaxed == CatalogueSelection.Relaxed.NONE
                ? texts.text(language, "intro.cheaper", Map.of("price", CardLines.budget(cheaperThan)))
                : lines.intro(decision, namedSoldOut, relaxed, query, shown);
        if (query.size() != null && namedSoldOut.isEmpty() && !"accessories".equals(decision.getSource())) {
            // The cards come in the size asked for: the reply says so.
            intro = intro.equals(texts.text(language, "intro.query", Map.of()))
                    ? texts.text(language, "intro.size", Map.of("size", query.size()))
                    : texts.text(language, "size.note", Map.of("size", query.size())) + (language == Language.ZH ? "" : " ")
                    + intro;
        }
        return intro;
    }

    /**
     * The cards a decision shows: the first candidates the rules accepted; for "anything cheaper?" the cheaper ones
     * among them, or, when the rules accepted none cheaper, the cheapest that suit the request at any price (which
     * {@link CandidateSupplier} puts after the cheaper ones).
     *
     * @param cheaperThan the price the shopper asked to go under, or null
     */
    static List<Candidate> shown(RecommendationRules.Outcome outcome, BigDecimal cheaperThan, int maxCards) {
        List<Candidate> accepted = outcome.accepted();
        if (cheaperThan != null && !noneCheaper(outcome, cheaperThan)) {
            accepted = accepted.stream().filter(c -> c.getPrice().compareTo(cheaperThan) < 0).toList();
        }
        return accepted.stream().limit(maxCards).toList();
    }

    /** Whether the rules accepted no candidate under the price the shopper asked to go under. */
    static boolean noneCheaper(RecommendationRules.Outcome outcome, BigDecimal cheaperThan) {
        return outcome.accepted().stream().noneMatch(c -> c.getPrice().compareTo(cheaperThan) < 0);
    }

    /**
     * The candidates of a query that were all turned down for being out of stock, or none: only then is "it is sold
     * out" the answer (accessories after a delivery are offered unasked, and a sold-out one is simply left out).
     */
    private static List<Candidate> soldOut(RecommendationRules.Outcome outcome, RecommendationDecision decision) {
        List<Candidate> candidates = outcome.candidates();
        boolean allSoldOut = !candidates.isEmpty() && !"accessories".equals(decision.getSource())
                && candidates.stream().allMatch(c -> c.isRejected() && c.getStock() <= 0);
        return allSoldOut ? candidates : List.of();
    }
}
