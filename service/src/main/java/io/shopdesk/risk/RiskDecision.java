package io.shopdesk.risk;

import java.time.Instant;
import java.util.List;

/**
 * The engine's answer to a payment or financing request. {@code score} is 0-100 (higher is riskier); every point
 * is explained by a reason. The rule-set and model versions say exactly what decided, for the audit trail.
 */
public record RiskDecision(String decisionId, String kind, String subjectId, String decision, int score,
                           List<RiskReason> reasons, String ruleSetVersion, String modelVersion, Instant decidedAt) {

    public static final String APPROVE = "APPROVE";
    public static final String REVIEW = "REVIEW";
    public static final String DECLINE = "DECLINE";
}
