package io.shopdesk.risk;

import java.util.List;
import java.util.Map;

/**
 * A decision as stored for the audit trail: the decision, the request it judged, every rule that fired, and the
 * allow and block lists it consulted ({@code lists}: each list's version and the entries that matched; null for a
 * decision stored before they were recorded, V45).
 */
public record StoredDecision(RiskDecision decision, Map<String, Object> input, List<String> firedRules,
                             ListsConsulted lists) {
}
