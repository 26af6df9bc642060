package io.shopdesk.risk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The engine's answer to a payment or financing request. {@code score} is 0-100 (higher is riskier); every point
 * is explained by a reason. The rule-set and model versions say exactly what decided, for the audit trail, and
 * {@code decidedBy} which rule's decision stood. Immutable.
 */
public record RiskDecision(String decisionId, String kind, String subjectId, String decision, int score,
                           List<RiskReason> reasons, String ruleSetVersion, String modelVersion, Instant decidedAt,
                           @Schema(description = """
                                   The rule that decided: the threshold rule whose decision stood (ReviewFarAboveOrderTotal, \
                                   ReviewAt40, DeclineOnBlockList, ...). Several threshold rules can match one decision and \
                                   all are among the rules fired; the first to fire, by salience, decides. "engine" when no \
                                   rule decided (a rule failed or looped: reason RULE_ERROR; none matched: NO_DECISION). \
                                   Null for a decision stored before it was recorded (V57).""",
                                   example = "ReviewFarAboveOrderTotal", nullable = true)
                           String decidedBy) {

    public static final String APPROVE = "APPROVE";
    public static final String REVIEW = "REVIEW";
    public static final String DECLINE = "DECLINE";

    /** A decision that does not say which rule decided (one stored before V57). */
    public RiskDecision(String decisionId, String kind, String subjectId, String decision, int score,
                        List<RiskReason> reasons, String ruleSetVersion, String modelVersion, Instant decidedAt) {
        this(decisionId, kind, subjectId, decision, score, reasons, ruleSetVersion, modelVersion, decidedAt, null);
    }
}
