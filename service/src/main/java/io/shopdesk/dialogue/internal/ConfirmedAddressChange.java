package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderAddressChanges;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.OrderLookup;

/**
 * Carries out the delivery address change the shopper confirmed (the rules' action {@code address_changed}, rule
 * NewAddressConfirmed): the order's new address and the record of the change, in one transaction
 * ({@link OrderAddressChanges}), only while the order is still in the status the rules decided on. An order that moved
 * on between the question and the "yes" (the warehouse took it) is left as it is, and the turn's action becomes
 * {@code address_not_changed}, so the shopper is never told of a change that did not happen. The rules decide; this
 * only does what they decided, after they fired. Thread-safe; the state it reads is the caller's, whose turns run one
 * at a time.
 */
public final class ConfirmedAddressChange {
    private final OrderAddressChanges changes;

    public ConfirmedAddressChange(OrderAddressChanges changes) {
        this.changes = changes;
    }

    /**
     * Changes the address when {@code decision} is {@code address_changed}; otherwise does nothing.
     * {@code conversationId} may be null (a turn outside a stored conversation).
     */
    public void carryOut(String conversationId, Decision decision, OrderLookup lookup, ConversationState state) {
        if (!"address_changed".equals(decision.getAction())) {
            return;
        }
        boolean changed = lookup != null && lookup.isVerified() && state.getNewAddress() != null
                && changes.change(lookup.getOrderId(), lookup.getStatus(), state.getNewAddress(), conversationId)
                        .isPresent();
        if (!changed) {
            decision.decide("address_not_changed", decision.getDetail(), decision.getRule());
        }
    }
}
