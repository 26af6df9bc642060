package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.AskedQuality;
import io.shopdesk.recommendation.internal.CatalogueSelection;
import io.shopdesk.recommendation.internal.ProductFollowUps;
import io.shopdesk.recommendation.internal.ProductQuality;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.RiskService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The candidates the recommendation rules judge once they chose to recommend: the catalogue products a query selects
 * (or the accessories of a delivered order's categories), ranked by the models and then by what the shopper asked
 * for, and the financing pre-check for the dearest eligible one. Kept apart from {@link RecommendationService} because
 * it is the one step that asks the models and the risk engine. Thread-safe: it keeps no per-call state.
 */
final class CandidateSupplier {
    /** The model a named product's own card carries: the shopper named it, no model proposed it. */
    static final String NAMED_MODEL = "catalogue";
    /** Asks for other products than the one named: "something similar to the cashmere scarf", 和羊绒围巾类似的. */
    private static final Pattern ASKS_FOR_OTHERS = Pattern.compile("(?i)\\b(?:similar|alternatives?|instead of|other than"
            + "|like the|like this|like that|like my)\\b|类似|相似|差不多的|替代|除了|以外的|之外的");

    private final int maxCards;
    private final ObjectProvider<RiskService> risk;

    CandidateSupplier(int maxCards, ObjectProvider<RiskService> risk) {
        this.maxCards = maxCards;
        this.risk = risk;
    }

    /**
     * The candidates for this decision.
     *
     * @param refined the follow-up the message was ("any cheaper ones?", "show me more"), or null for a new query
     */
    RecommendationRules.Supply supply(ShopperRecommender serving, RecommendationDecision decision, ProductQuery query,
                                      RecommendationRequest request, ProductFollowUps.Refinement refined) {
        ProductCatalogue catalogue = serving.catalogue();
        Set<String> exclude = refined == null ? Set.of() : refined.exclude();
        BigDecimal pricierThan = refined == null ? null : refined.pricierThan();
        BigDecimal cheaperThan = refined == null ? null : refined.cheaperThan();
        // "Cheaper" and "dearer" stay within the request: the gifts of a gift request, a runner's running things.
        Predicate<Product> within = refined != null && refined.withinTheRequest() ? query::suitsTheRequest : p -> true;
        AskedQuality quality = refined == null ? null : refined.quality();
        if (quality != null && quality.answer() != AskedQuality.Answer.SELECT) {
            // "Any lighter ones?" when the catalogue lists no weight for the cards: nothing to judge (ProductReplies says so).
            return new RecommendationRules.Supply(List.of(), null, CatalogueSelection.Relaxed.NONE);
        }
        if (quality != null) {
            // "Something warmer" after headphones is warm headphones or none: never warm things of another kind.
            within = p -> quality.has(p) && query.matchesTerm(p);
        }
        IntPredicate filter;
        int anchor = -1;
        CatalogueSelection selection = new CatalogueSelection(p -> true, CatalogueSelection.Relaxed.NONE);
        boolean accessories = "accessories".equals(decision.getSource());
        if (accessories) {
            List<Product> ordered = orderedProducts(catalogue, request);
            Set<String> categories = ordered.stream().map(Product::category).collect(Collectors.toSet());
            anchor = ordered.isEmpty() ? -1 : catalogue.index(ordered.getFirst().sku());
            filter = p -> categories.stream().anyMatch(catalogue.get(p)::accessoryOf);
        } else {
            selection = CatalogueSelection.of(catalogue, query, within);
            IntPredicate selected = selection.filter();
            IntPredicate notShown = exclude.isEmpty() ? selected : p -> selected.test(p) && !exclude.contains(catalogue.get(p).sku());
            filter = pricierThan == null ? notShown : p -> notShown.test(p) && catalogue.get(p).price().compareTo(pricierThan) > 0;
            anchor = query.productSku() == null ? -1 : catalogue.index(query.productSku());
        }
        String shopper = request.customerId() == null ? null : request.customerId().toString();
        // Around a price, or over the shopper's budget, the closest prices come first.
        boolean byPrice = selection.overBudget() || query.aroundPrice() != null;
        List<Candidate> candidates = new ArrayList<>(ranked(serving, shopper, anchor, filter, query,
                accessories ? Order.MODELS : byPrice ? Order.REQUEST_THEN_PRICE : Order.REQUEST));
        if (!accessories && query.productSku() != null && !ASKS_FOR_OTHERS.matcher(request.analysis().text()).find()) {
            // The product named is what the shopper asked for: its card first, then its neighbours (the models never
            // propose the anchor itself, so "do you have the cashmere scarf?" showed three other products and no scarf).
            // Within the filters ("the cashmere scarf under 300" is not it); sold out, the rules drop it and the reply
            // says so above the neighbours.
            int named = catalogue.index(query.productSku());
            if (named >= 0 && filter.test(named) && candidates.stream().noneMatch(c -> c.getSku().equals(query.productSku()))) {
                Product p = catalogue.get(named);
                candidates.addFirst(new Candidate(p.sku(), p.price(), p.stock(), p.instalments(), NAMED_MODEL, 1.0,
                        p.audience()));
            }
        }
        if (quality != null && quality.attribute() != null) {
            // "Lighter" shows the lightest first (a stable sort: the request's order among equals).
            Comparator<Candidate> byValue = Comparator.comparing(
                    c -> ProductQuality.value(catalogue.find(c.getSku()).orElseThrow(), quality.attribute()));
            candidates.sort(quality.quality().kind() == ProductQuality.Kind.LESS ? byValue : byValue.reversed());
        }
        if (cheaperThan != null && !selection.overBudget()) {
            // The rules may turn down every cheaper one (the only gift under ¥129 is a kids' puzzle, and these are for
            // grandparents): the cheapest that suit the request at any price come after them, cheapest first, and are
            // shown, said to be no cheaper, only when no cheaper one is accepted (ProductReplies.shown).
            IntPredicate anyPrice = CatalogueSelection.of(catalogue, query.withoutMaxPrice(), within).filter();
            IntPredicate notCheaper = p -> anyPrice.test(p) && !exclude.contains(catalogue.get(p).sku())
                    && catalogue.get(p).price().compareTo(cheaperThan) >= 0;
            ranked(serving, shopper, anchor, notCheaper, query, Order.CHEAPEST_FIRST).stream()
                    .filter(c -> candidates.stream().noneMatch(known -> known.getSku().equals(c.getSku())))
                    .forEach(candidates::add);
        }
        return new RecommendationRules.Supply(candidates, financingPreCheck(candidates, request), selection.relaxed());
    }

    /** How candidates are ordered after the models ranked them. */
    private enum Order {
        /** The models' order (accessories after a delivery). */
        MODELS,
        /** What the query asks for first: the person's interest, main products before accessories, a gift, their group. */
        REQUEST,
        /** As {@link #REQUEST}, then the closest price to the one asked for (a band, or over the budget). */
        REQUEST_THEN_PRICE,
        /** Main products before accessories, another group's last, then the cheapest: "nothing cheaper; the cheapest are". */
        CHEAPEST_FIRST
    }

    /**
     * The products {@code filter} lets through as the models rank them for the shopper, then in the {@code order}
     * asked; at most three times the cards shown.
     */
    private List<Candidate> ranked(ShopperRecommender serving, String shopper, int anchor, IntPredicate filter,
                                   ProductQuery query, Order sorted) {
        ProductCatalogue catalogue = serving.catalogue();
        int wanted = maxCards * 3;
        // For someone, a gift or an interest, the models rank the whole selection so that what suits them can come first.
        boolean forWhom = query.recipient() != null || query.gift() || !query.interests().isEmpty();
        boolean byPrice = sorted == Order.REQUEST_THEN_PRICE || sorted == Order.CHEAPEST_FIRST;
        List<ShopperRecommender.Scored> ranked = new ArrayList<>(serving.recommend(shopper, anchor, filter,
                byPrice || forWhom ? catalogue.size() : wanted));
        // A stable sort keeps the models' order within each rank.
        Comparator<ShopperRecommender.Scored> order = Comparator.comparingInt(s -> 0);
        if (sorted == Order.CHEAPEST_FIRST) {
            order = order.thenComparing(s -> catalogue.get(s.product()).isAccessory())
                    .thenComparing(s -> query.forAnotherGroup(catalogue.get(s.product())));
        } else if (sorted != Order.MODELS) {
            // For a dad who likes running, the running products first, the waist belt among them: it is as much for
            // running as the shorts. Then, asked for earbuds, the earbuds come before their silicone case; for a gift,
            // the gifts; men's products before anyone's (another group's last: the rules turn them down).
            order = order.thenComparing(s -> !query.matchesInterest(catalogue.get(s.product())))
                    .thenComparing(s -> catalogue.get(s.product()).isAccessory())
                    .thenComparingInt(s -> query.preference(catalogue.get(s.product())));
        }
        if (byPrice) {
            // Over the shopper's budget, or around the price they named, the closest price is what matters, not the
            // models' order (above a ceiling that is the cheapest first).
            order = order.thenComparing(s -> query.priceDistance(catalogue.get(s.product())));
        }
        ranked.sort(order);
        List<Candidate> candidates = new ArrayList<>();
        for (ShopperRecommender.Scored s : ranked.subList(0, Math.min(wanted, ranked.size()))) {
            Product p = catalogue.get(s.product());
            candidates.add(new Candidate(p.sku(), p.price(), p.stock(), p.instalments(), s.model(), s.score(),
                    p.audience()));
        }
        return candidates;
    }

    /** Asked only for an identified shopper with an instalment-eligible candidate, and only when risk runs. */
    private FinancingPreCheck financingPreCheck(List<Candidate> candidates, RecommendationRequest request) {
        RiskService riskService = risk.getIfAvailable();
        Optional<BigDecimal> amount = candidates.stream().filter(c -> c.isInstalmentsEligible() && c.getStock() > 0)
                .map(Candidate::getPrice).max(BigDecimal::compareTo);
        if (riskService == null || request.customerId() == null || amount.isEmpty()) {
            return null;
        }
        var application = new FinancingRequest("reco-" + UUID.randomUUID(), request.customerId(),
                amount.get(), 12, "chat_recommendation", null, null, null, null, null, null,
                request.conversationId(), null);
        return new FinancingPreCheck(riskService.assessFinancing(application).decision());
    }

    /** The catalogue products of the order the dialogue told about, found by their English names. */
    static List<Product> orderedProducts(ProductCatalogue catalogue, RecommendationRequest request) {
        if (request.order() == null) {
            return List.of();
        }
        return request.order().itemsEn().stream().map(catalogue::byName).flatMap(Optional::stream).toList();
    }
}
