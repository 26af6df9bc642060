package io.shopdesk.risk;

/**
 * What the chat says about the shopper right before paying: a streak of failed payments, an address change just
 * before checkout (asked for in the chat, or made by it: {@code addressChangeRequested}), a complaint, urgency, or a
 * REVIEW already on this conversation; and {@code takeoverReported}: the customer said in a chat, any of theirs, within
 * {@code shopdesk.risk.takeover-report-window} that someone else got into their account. Empty when no conversation id
 * was given, but for an address the chat changed for the order being paid ({@link #withAddressChange()}) and a
 * takeover the customer reported ({@link #withTakeoverReported()}). Immutable.
 */
public record ConversationSignals(boolean present, int paymentFailedMessages, boolean addressChangeRequested,
                                  boolean complaint, boolean urgency, int messages, boolean takeoverReported) {

    public static final ConversationSignals NONE = new ConversationSignals(false, 0, false, false, false, 0, false);

    /** Signals without a reported takeover (as every version before it read them). */
    public ConversationSignals(boolean present, int paymentFailedMessages, boolean addressChangeRequested,
                               boolean complaint, boolean urgency, int messages) {
        this(present, paymentFailedMessages, addressChangeRequested, complaint, urgency, messages, false);
    }

    /** These signals with an address change before paying. */
    public ConversationSignals withAddressChange() {
        return new ConversationSignals(present, paymentFailedMessages, true, complaint, urgency, messages,
                takeoverReported);
    }

    /** These signals with a takeover of the account the customer reported in a chat. */
    public ConversationSignals withTakeoverReported() {
        return new ConversationSignals(present, paymentFailedMessages, addressChangeRequested, complaint, urgency,
                messages, true);
    }
}
