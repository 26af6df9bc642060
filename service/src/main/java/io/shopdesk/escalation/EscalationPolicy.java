package io.shopdesk.escalation;

/**
 * The configured limits the escalation rules read (a fact, from {@link EscalationSettings}). Immutable.
 *
 * @param fallbacksBeforeEscalation consecutive misunderstandings after which a person takes over
 * @param highValueOrder            an order total (in its currency) from which a complaint goes to a person at once
 * @param negativeSentiment         a sentiment at or below which the shopper is treated as upset
 */
public record EscalationPolicy(int fallbacksBeforeEscalation, double highValueOrder, double negativeSentiment) {

    public int getFallbacksBeforeEscalation() {
        return fallbacksBeforeEscalation;
    }

    public double getHighValueOrder() {
        return highValueOrder;
    }

    public double getNegativeSentiment() {
        return negativeSentiment;
    }
}
