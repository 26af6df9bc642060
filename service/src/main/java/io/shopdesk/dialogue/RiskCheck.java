package io.shopdesk.dialogue;

/**
 * A risk decision relevant to this turn, as a fact: the financing pre-check for an instalment question, or the
 * latest payment decision of the conversation when the shopper says a payment failed. The dialogue only sees the
 * outcome, never the rules' reasons, so replies cannot leak risk internals.
 */
public final class RiskCheck {
    private final String kind;
    private final String decision;

    public RiskCheck(String kind, String decision) {
        this.kind = kind;
        this.decision = decision;
    }

    /** "financing" or "payment". */
    public String getKind() {
        return kind;
    }

    /** APPROVE, REVIEW or DECLINE. */
    public String getDecision() {
        return decision;
    }
}
