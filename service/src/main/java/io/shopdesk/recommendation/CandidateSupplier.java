package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.CatalogueSelection;
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
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The candidates the recommendation rules judge once they chose to recommend: the catalogue products a query selects
 * (or the accessories of a delivered order's categories), ranked by the models and then by what the shopper asked
 * for, and the financing pre-check for the dearest eligible one. Kept apart from {@link RecommendationService} because
 * it is the one step that asks the models and the risk engine. Thread-safe: it keeps no per-call state.
 */
final class CandidateSupplier {
    private final int maxCards;
    private final ObjectProvider<RiskService> risk;

    CandidateSupplier(int maxCards, ObjectProvider<RiskService> risk) {
        this.maxCards = maxCards;
        this.risk = risk;
    }

    /**
     * The candidates for this decision.
     *
     * @param exclude     products already shown for the same query ("show me more"), left out
     * @param pricierThan when the shopper asked for dearer ones, only products above this price; else null
     */
    RecommendationRules.Supply supply(ShopperRecommender serving, RecommendationDecision decision, ProductQuery query,
                                      RecommendationRequest request, Set<String> exclude, BigDecimal pricierThan) {
        return supply(serving, decision, query, request, exclude, pricierThan, false);
    }

    /**
     * As {@link #supply(ShopperRecommender, RecommendationDecision, ProductQuery, RecommendationRequest, Set, BigDecimal)}.
     *
     * @param withinTheRequest only products that suit the request beyond its filters ({@link ProductQuery#suitsTheRequest}:
     *                         the gifts of a gift request, the running things of a runner's), whatever price gives way:
     *                         "anything cheaper?" after gifts is cheaper gifts, or the cheapest gifts, never a foam roller
     */
    RecommendationRules.Supply supply(ShopperRecommender serving, RecommendationDecision decision, ProductQuery query,
                                      RecommendationRequest request, Set<String> exclude, BigDecimal pricierThan,
                                      boolean withinTheRequest) {
        ProductCatalogue catalogue = serving.catalogue();
        IntPredicate filter;
        int anchor = -1;
        CatalogueSelection selection = new CatalogueSelection(p -> true, CatalogueSelection.Relaxed.NONE);
        if ("accessories".equals(decision.getSource())) {
            List<Product> ordered = orderedProducts(catalogue, request);
            Set<String> categories = ordered.stream().map(Product::category).collect(Collectors.toSet());
            anchor = ordered.isEmpty() ? -1 : catalogue.index(ordered.getFirst().sku());
            filter = p -> categories.stream().anyMatch(catalogue.get(p)::accessoryOf);
        } else {
            selection = withinTheRequest ? CatalogueSelection.of(catalogue, query, query::suitsTheRequest)
                    : CatalogueSelection.of(catalogue, query);
            IntPredicate selected = selection.filter();
            IntPredicate notShown = exclude.isEmpty() ? selected : p -> selected.test(p) && !exclude.contains(catalogue.get(p).sku());
            filter = pricierThan == null ? notShown : p -> notShown.test(p) && catalogue.get(p).price().compareTo(pricierThan) > 0;
            anchor = query.productSku() == null ? -1 : catalogue.index(query.productSku());
        }
        String shopper = request.customerId() == null ? null : request.customerId().toString();
        int wanted = maxCards * 3;
        // For someone, a gift or an interest, the models rank the whole selection so that what suits them can come first.
        boolean forWhom = query.recipient() != null || query.gift() || !query.interests().isEmpty();
        // Around a price, the closest prices come first: the whole selection is ranked by it too.
        boolean byPrice = selection.overBudget() || query.aroundPrice() != null;
        List<ShopperRecommender.Scored> ranked = new ArrayList<>(serving.recommend(shopper, anchor, filter,
                byPrice || forWhom ? catalogue.size() : wanted));
        // A stable sort keeps the models' order within each rank.
        Comparator<ShopperRecommender.Scored> order = Comparator.comparingInt(s -> 0);
        if (!"accessories".equals(decision.getSource())) {
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
        return new RecommendationRules.Supply(candidates, financingPreCheck(candidates, request), selection.relaxed());
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
