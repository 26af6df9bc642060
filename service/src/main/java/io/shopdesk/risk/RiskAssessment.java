package io.shopdesk.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fact risk rules write to: they add points with a reason, and the threshold rules set the decision. One per
 * request; not thread-safe (a decision runs on one thread).
 */
public class RiskAssessment {
    private final List<RiskReason> reasons = new ArrayList<>();
    private int score;
    private String decision;
    private String decidedBy;

    /** Adds {@code weight} points (negative lowers risk) with a reason in both languages. */
    public void add(String code, int weight, String messageEn, String messageZh, String rule) {
        reasons.add(new RiskReason(code, rule, messageEn, messageZh, weight));
        score += weight;
    }

    public int getScore() {
        return Math.max(0, Math.min(100, score));
    }

    public int getRawScore() {
        return score;
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }

    public String getDecision() {
        return decision;
    }

    public boolean isDecided() {
        return decision != null;
    }

    /** Sets the decision; the first threshold rule to decide wins (they fire by salience). */
    public void decide(String decision) {
        if (this.decision == null) {
            this.decision = decision;
        }
    }

    /**
     * The rule that decided: the first whose action set the decision (a threshold rule such as
     * {@code ReviewFarAboveOrderTotal} or {@code ReviewAt40}), or {@value #ENGINE} when no rule did (a rule failed or
     * looped: {@code RULE_ERROR}; no threshold rule matched: {@code NO_DECISION}). Null until decided. "Rules fired"
     * lists every threshold rule whose condition held, which for a REVIEW at 45 far above the order's total is two;
     * this says which one's decision stood.
     */
    public String getDecidedBy() {
        return decidedBy;
    }

    /** Records the rule that decided; set by the evaluator after the rule that decided has fired, and only once. */
    void decidedBy(String rule) {
        if (decidedBy == null && decision != null) {
            decidedBy = rule;
        }
    }

    /** What {@link #getDecidedBy()} says when no rule decided: the engine made the decision a REVIEW itself. */
    public static final String ENGINE = "engine";

    public List<RiskReason> getReasons() {
        return List.copyOf(reasons);
    }

    /**
     * The reasons' codes in the order they were added, unmodifiable: what {@link DecisionPhase} carries, built once
     * per decision without copying the reasons first.
     */
    public List<String> reasonCodes() {
        List<String> codes = new ArrayList<>(reasons.size());
        for (RiskReason reason : reasons) {
            codes.add(reason.code());
        }
        return Collections.unmodifiableList(codes);
    }
}
