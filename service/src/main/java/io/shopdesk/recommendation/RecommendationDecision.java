package io.shopdesk.recommendation;

/**
 * Whether to recommend this turn, decided by the recommendation rules (a mutable fact, one per turn). A veto
 * (complaint, escalation) closes it for good; otherwise the first trigger rule opens it with the source of
 * candidates: {@code query} (what the message asks for) or {@code accessories} (of a delivered order).
 */
public class RecommendationDecision {
    private String trigger;
    private String source;
    private String rule;
    private String vetoedBy;

    public boolean isOpen() {
        return trigger == null && vetoedBy == null;
    }

    public boolean isRecommend() {
        return trigger != null && vetoedBy == null;
    }

    public void recommend(String trigger, String source, String rule) {
        this.trigger = trigger;
        this.source = source;
        this.rule = rule;
    }

    public void veto(String rule) {
        this.vetoedBy = rule;
    }

    public String getTrigger() {
        return trigger;
    }

    public String getSource() {
        return source;
    }

    /** The rule that chose to recommend. */
    public String getRule() {
        return rule;
    }

    public String getVetoedBy() {
        return vetoedBy;
    }
}
