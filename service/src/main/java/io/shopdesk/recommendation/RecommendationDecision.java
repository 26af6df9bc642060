package io.shopdesk.recommendation;

/**
 * Whether to recommend this turn, decided by the recommendation rules (a mutable fact, one per turn). A veto
 * (complaint, escalation) closes it for good; otherwise the first trigger rule opens it with the source of
 * candidates: {@code query} (what the message asks for) or {@code accessories} (of a delivered order), or a rule
 * answers that the shop does not sell what was asked for, or asks what to change about the cards shown, with no
 * candidates at all. Not thread-safe (one session).
 */
public class RecommendationDecision {
    private String trigger;
    private String source;
    private String rule;
    private String vetoedBy;
    private boolean notSold;
    private boolean askWhatToChange;

    public boolean isOpen() {
        return trigger == null && vetoedBy == null && !notSold && !askWhatToChange;
    }

    public boolean isRecommend() {
        return trigger != null && vetoedBy == null;
    }

    public void recommend(String trigger, String source, String rule) {
        this.trigger = trigger;
        this.source = source;
        this.rule = rule;
    }

    /** The shopper asked for a kind of product the shop does not sell: the reply says so, with no cards. */
    public void tellNotSold(String rule) {
        this.notSold = true;
        this.rule = rule;
    }

    public boolean isNotSold() {
        return notSold && vetoedBy == null;
    }

    /**
     * A follow-up to the cards that names nothing the products could be chosen by ("something nicer?"): the reply asks
     * what to change (the price, the size, the colour…), with no cards, rather than unrelated popular products.
     */
    public void askWhatToChange(String rule) {
        this.askWhatToChange = true;
        this.rule = rule;
    }

    public boolean isAskWhatToChange() {
        return askWhatToChange && vetoedBy == null;
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

    /** The rule that chose to recommend, or to tell what is not sold. */
    public String getRule() {
        return rule;
    }

    public String getVetoedBy() {
        return vetoedBy;
    }
}
