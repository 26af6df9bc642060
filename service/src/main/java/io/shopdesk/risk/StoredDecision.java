package io.shopdesk.risk;

import java.util.List;
import java.util.Map;

/**
 * A decision as stored for the audit trail: the decision, the request it judged, every rule that fired, and the
 * allow and block lists it consulted ({@code lists}: each list's version and the entries that matched; null for a
 * decision stored before they were recorded, V45), and for a financing decision the default probability the model
 * gave it ({@code defaultProbability}, 0-1; -1 when no model was released; null for a payment or a decision stored
 * before probabilities were, V33): what the model rules read, so an auditor sees why MODEL_MEDIUM_RISK did or did not
 * fire, and what a replay decides the application with.
 */
public record StoredDecision(RiskDecision decision, Map<String, Object> input, List<String> firedRules,
                             ListsConsulted lists, Double defaultProbability) {
}
