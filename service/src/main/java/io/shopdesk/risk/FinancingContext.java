package io.shopdesk.risk;

/**
 * What the financing rules see besides the application: the ML default probability (or -1 when no model is
 * loaded), the customer's history, and signals from the chat.
 */
public record FinancingContext(double defaultProbability, String modelVersion, long accountAgeDays, int orderCount,
                               String customerTier, boolean customerAllowed, ConversationSignals conversation) {

    public boolean hasModel() {
        return defaultProbability >= 0;
    }
}
