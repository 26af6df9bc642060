package io.shopdesk.risk;

/**
 * How many different cards (by card fingerprint) were tried over 10 minutes, 1 hour and 24 hours, by one customer or
 * in one conversation, this payment's card included: "the third card in this chat within the hour" reads
 * {@code cardsInConversation.count1h >= 3}. Counted from the payment attempts the service scored (approved,
 * reviewed and declined alike); a payment without a card fingerprint (a wallet, a bank transfer, a card the checkout
 * did not identify) counts no card. Immutable.
 */
public record DistinctCards(int count10m, int count1h, int count24h) {
    public static final DistinctCards NONE = new DistinctCards(0, 0, 0);
}
