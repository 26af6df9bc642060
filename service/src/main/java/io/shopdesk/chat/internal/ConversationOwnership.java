package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ShopperIdentity;
import io.shopdesk.dialogue.ConversationState;
import java.util.Map;

/**
 * Who may speak in and read a conversation. A conversation whose customer the shop signed in belongs to them: a
 * message without that identity (a later visitor of the same browser, say) is refused, since the signed customer's
 * orders need no phone digits there. An anonymous conversation is taken over when its shopper signs in, unless it
 * proved another customer's order. Thread-safe; the states it checks and marks are the caller's, under the
 * conversation's lock.
 */
public final class ConversationOwnership {
    private final IdentityVerifier identities;

    public ConversationOwnership(IdentityVerifier identities) {
        this.identities = identities;
    }

    /**
     * The customer {@code identity} signs in, or null for none (or when identities are off).
     *
     * @throws ChatException {@code invalid_identity} or {@code identity_expired}
     */
    public Long customer(ShopperIdentity identity) {
        return identity == null ? null : identities.verify(identity);
    }

    /**
     * Checks that {@code customer} (null: an anonymous sender) may speak in the conversation and records a signed-in
     * one as its customer.
     *
     * @throws ChatException {@code identity_mismatch}
     */
    public void signIn(ConversationState state, Long customer) {
        requireOwner(state, customer);
        if (customer != null && !state.isCustomerSigned() && state.getCustomerId() != null
                && !state.getCustomerId().equals(customer)) {
            // An anonymous visitor proved another customer's order here (a shared computer): start afresh.
            throw new ChatException("identity_mismatch",
                    "This conversation is about another customer's order; start a new one", Map.of());
        }
        if (customer != null) {
            state.setCustomerId(customer);
            state.setCustomerSigned(true);
        }
    }

    /**
     * Refuses anyone but the signed-in customer of a conversation that has one ({@code customer} null: nobody).
     *
     * @throws ChatException {@code identity_mismatch}
     */
    public void requireOwner(ConversationState state, Long customer) {
        if (state.isCustomerSigned() && !state.getCustomerId().equals(customer)) {
            throw new ChatException("identity_mismatch",
                    "This conversation belongs to another signed-in shopper; start a new one", Map.of());
        }
    }
}
