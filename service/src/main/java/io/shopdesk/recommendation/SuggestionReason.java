package io.shopdesk.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code reason} of a products reply, the agent's view of why the shopper saw these cards: the trigger, the rule
 * and rule set version, the models, the query's filters, what the selection gave up (over budget, attributes
 * relaxed), which cards are for the person's interests, the financing pre-check, the candidates the rules turned
 * down and the notes on the cards shown. Apart from {@link ProductReplies}, which words the reply, because the
 * shopper never reads these. Stateless and thread-safe.
 */
final class SuggestionReason {

    /** Why these cards, for the agent's view: the rules and models that chose them and what they turned down. */
    static Map<String, Object> of(RecommendationDecision decision, RecommendationRules.Outcome outcome,
                                  List<Candidate> shown, ProductQuery query, RecommendationRules.Supply supply,
                                  String ruleSetVersion, ProductCatalogue catalogue) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("trigger", decision.getTrigger());
        reason.put("rule", decision.getRule());
        reason.put("models", shown.stream().map(Candidate::getModel).distinct().toList());
        reason.put("ruleSetVersion", ruleSetVersion);
        reason.put("filters", filters(query));
        if (supply.relaxed().price()) {
            reason.put("overBudget", true);
        }
        if (supply.relaxed().attributes()) {
            reason.put("attributesRelaxed", true);
        }
        if (!query.interests().isEmpty()) {
            // Which cards are for what the person likes; none means the others were shown as for no interest.
            List<String> matching = interestCards(shown, query, catalogue);
            reason.put("interestMatches", matching);
            if (matching.isEmpty()) {
                reason.put("interestUnmatched", true);
            }
        }
        FinancingPreCheck financing = supply.financing();
        reason.put("financingPreCheck", financing == null ? "none" : financing.decision());
        reason.put("rejected", outcome.candidates().stream().filter(Candidate::isRejected)
                .map(c -> Map.of("sku", c.getSku(), "rule", c.getRejectedBy())).toList());
        reason.put("notes", shown.stream().filter(c -> !c.getNotes().isEmpty())
                .collect(Collectors.toMap(Candidate::getSku, Candidate::getNotes, (a, b) -> a, LinkedHashMap::new)));
        return reason;
    }

    /** The skus of the cards for one of the query's interests, in the order shown. */
    static List<String> interestCards(List<Candidate> shown, ProductQuery query, ProductCatalogue catalogue) {
        return shown.stream().map(Candidate::getSku)
                .filter(sku -> catalogue.find(sku).map(query::matchesInterest).orElse(false)).toList();
    }

    /** The query's filters, as the reasons show them: only those it has. */
    static Map<String, Object> filters(ProductQuery query) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (query.category() != null) {
            filters.put("category", query.category());
        }
        if (query.term() != null) {
            filters.put("term", query.term());
        }
        if (!query.attributes().isEmpty()) {
            filters.put("attributes", query.attributes());
        }
        if (query.maxPrice() != null) {
            filters.put("maxPriceCny", query.maxPrice());
        }
        if (query.minPrice() != null) {
            filters.put("minPriceCny", query.minPrice());
        }
        if (query.aroundPrice() != null) {
            filters.put("aroundPriceCny", query.aroundPrice());
        }
        if (query.productSku() != null) {
            filters.put("product", query.productSku());
        }
        if (query.recipient() != null) {
            filters.put("recipient", query.recipient());
        }
        if (query.gift()) {
            filters.put("gift", true);
        }
        if (!query.interests().isEmpty()) {
            filters.put("interests", query.interests());
        }
        return filters;
    }

    private SuggestionReason() {
    }
}
