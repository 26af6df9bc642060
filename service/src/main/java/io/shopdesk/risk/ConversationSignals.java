package io.shopdesk.risk;

/**
 * What the chat says about the shopper right before paying: a streak of failed payments, an address change just
 * before checkout, a complaint, urgency, or a REVIEW already on this conversation. Empty when no conversation id
 * was given.
 */
public record ConversationSignals(boolean present, int paymentFailedMessages, boolean addressChangeRequested,
                                  boolean complaint, boolean urgency, int messages) {

    public static final ConversationSignals NONE = new ConversationSignals(false, 0, false, false, false, 0);
}
