package io.shopdesk.risk;

import java.util.List;
import java.util.Map;

/**
 * A decision as stored for the audit trail: the decision, the request it judged, every rule that fired, and the
 * allow and block lists it consulted ({@code lists}: each list's version and the entries that matched; null for a
 * decision stored before they were recorded, V45), and for a financing decision the default probability the model
 * gave it ({@code defaultProbability}, 0-1; -1 when no model was released; null for a payment or a decision stored
 * before probabilities were, V33): what the model rules read, so an auditor sees why MODEL_MEDIUM_RISK did or did not
 * fire, and what a replay decides the application with. {@code facts} are what the rules saw besides the request (the
 * {@link PaymentContext} or {@link FinancingContext} as it was: velocity counts, first-seen device and IP, account age,
 * the chat's signals), so an auditor sees the count behind VELOCITY_CUSTOMER_10M, which nothing can rebuild later
 * (velocity is kept in memory); null for a decision stored before they were (V51).
 */
public record StoredDecision(RiskDecision decision, Map<String, Object> input, List<String> firedRules,
                             ListsConsulted lists, Double defaultProbability, Map<String, Object> facts) {

    /** A decision stored without its facts. */
    public StoredDecision(RiskDecision decision, Map<String, Object> input, List<String> firedRules,
                          ListsConsulted lists, Double defaultProbability) {
        this(decision, input, firedRules, lists, defaultProbability, null);
    }
}
