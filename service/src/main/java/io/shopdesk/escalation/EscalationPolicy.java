package io.shopdesk.escalation;

/**
 * The configured limits the escalation rules read (a fact, from {@link EscalationSettings}). Immutable.
 *
 * @param fallbacksBeforeEscalation     consecutive misunderstandings after which a person takes over
 * @param highValueOrder                an order total (in its currency) from which a complaint goes to a person at once
 * @param negativeSentiment             a sentiment at or below which a turn counts as negative (most descriptions of a
 *                                      problem are: "My payment failed", 快递太慢了)
 * @param veryNegativeSentiment         a sentiment at or below which the shopper is clearly upset and a person takes
 *                                      over at once
 * @param negativeTurnsBeforeEscalation negative turns in a row after which a person takes over, on a turn the bot
 *                                      could not answer
 */
public record EscalationPolicy(int fallbacksBeforeEscalation, double highValueOrder, double negativeSentiment,
                               double veryNegativeSentiment, int negativeTurnsBeforeEscalation) {

    /** The defaults of {@link EscalationSettings}, for scenarios that do not configure a policy. */
    public static final EscalationPolicy DEFAULT = new EscalationPolicy(2, 2000, -0.5, -0.8, 3);

    public int getFallbacksBeforeEscalation() {
        return fallbacksBeforeEscalation;
    }

    public double getHighValueOrder() {
        return highValueOrder;
    }

    public double getNegativeSentiment() {
        return negativeSentiment;
    }

    public double getVeryNegativeSentiment() {
        return veryNegativeSentiment;
    }

    public int getNegativeTurnsBeforeEscalation() {
        return negativeTurnsBeforeEscalation;
    }
}
