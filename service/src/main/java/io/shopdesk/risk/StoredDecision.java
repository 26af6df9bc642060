package io.shopdesk.risk;

import java.util.List;
import java.util.Map;

/** A decision as stored for the audit trail: the decision, the request it judged, and every rule that fired. */
public record StoredDecision(RiskDecision decision, Map<String, Object> input, List<String> firedRules) {
}
