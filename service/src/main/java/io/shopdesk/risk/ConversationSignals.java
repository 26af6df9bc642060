package io.shopdesk.risk;

/**
 * What the chat says about the shopper right before paying: a streak of failed payments, an address change just
 * before checkout (asked for in the chat, or made by it: {@code addressChangeRequested}), a complaint, urgency, or a
 * REVIEW already on this conversation. Empty when no conversation id was given, but for an address the chat changed for
 * the order being paid ({@link #withAddressChange()}). Immutable.
 */
public record ConversationSignals(boolean present, int paymentFailedMessages, boolean addressChangeRequested,
                                  boolean complaint, boolean urgency, int messages) {

    public static final ConversationSignals NONE = new ConversationSignals(false, 0, false, false, false, 0);

    /** These signals with an address change before paying. */
    public ConversationSignals withAddressChange() {
        return new ConversationSignals(present, paymentFailedMessages, true, complaint, urgency, messages);
    }
}
