package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.nlp.Analysis;
import java.util.List;
import java.util.Set;

/**
 * What the conversation keeps of a decided turn for the next one: what it waits for (a slot, or the answer to the
 * new delivery address to confirm), the new address only while its request is open, the runs of misunderstood
 * messages and of complaints (which the escalation rules count), the last intent, action and detail (which follow-ups
 * read), and the customer of an order the shopper proved is theirs. Stateless and thread-safe; the state it updates
 * is the caller's, whose turns run one at a time.
 */
public final class ConversationMemory {
    /** Actions taken only on an order the shopper proved is theirs: its customer is then the conversation's. */
    private static final Set<String> OWNERSHIP_SHOWN = Set.of("order_status", "order_request", "order_request_for_agent",
            "late_delivery", "late_delivery_for_agent", "late_delivery_with_agent", "confirm_address", "address_changed", "address_kept",
            "address_not_changed");
    /** What the conversation waits for after the bot asked to confirm a new delivery address: yes, no, or another. */
    private static final String ADDRESS_CONFIRMATION = "address_confirmation";

    private ConversationMemory() {
    }

    /** Updates {@code state} after the turn was decided and its replies composed; {@code order}: the looked-up one, or null. */
    public static void remember(Decision decision, Analysis analysis, OrderDetails order, ConversationState state) {
        remember(decision, analysis, order, null, state);
    }

    /**
     * As {@link #remember(Decision, Analysis, OrderDetails, ConversationState)}; after an instalment answer, also what
     * it was about ({@code instalments}: the product or amount and the provider), for "and 6 months?" next.
     */
    public static void remember(Decision decision, Analysis analysis, OrderDetails order, InstalmentAsk instalments,
                                ConversationState state) {
        if (InstalmentAskReader.QUOTE_ACTION.equals(decision.getAction()) && instalments != null) {
            state.setInstalmentProvider(instalments.provider());
            state.setInstalmentTerm(instalments.termOffered() ? instalments.term() : 0);
            if (instalments.price() != null) {
                state.setInstalmentSku(instalments.product() == null ? null : instalments.product().sku());
                state.setInstalmentAmount(instalments.product() == null ? instalments.amount() : null);
            }
        }
        state.setAwaiting(switch (decision.getAction()) {
            // The slot asked for (order_id of order_id.missing_item: asked in words of their own).
            case "ask", "help" -> ReplyComposer.slot(decision.getDetail());
            // "Please check and try again" asks for the digits again: digits alone next are the next try.
            case "order_not_verified" -> "phone_last4";
            case "confirm_address" -> ADDRESS_CONFIRMATION;
            default -> null;
        });
        // An off-topic message was understood: it neither counts towards the hand-off nor restarts the count.
        if (decision.isMisunderstanding()) {
            state.setConsecutiveFallbacks(state.getConsecutiveFallbacks() + 1);
        } else if (!decision.isOffTopic()) {
            state.setConsecutiveFallbacks(0);
        }
        // The products named with a request are the request's: none once it is answered or forgotten.
        if (state.getOrderRequest() == null) {
            state.setRequestProducts(List.of());
        }
        // The new address lives only while its request is open: confirmed, declined or left, it is forgotten.
        if (!"change_address".equals(state.getOrderRequest())) {
            state.setNewAddress(null);
        }
        // The payment the shopper stated lives only while its question about the order is open.
        if (state.getOrderRequest() == null) {
            state.setStatedPayment(null);
        }
        state.setLastIntent(analysis.intentName());
        state.setLastAction(decision.getAction());
        state.setLastDetail(decision.getDetail());
        state.setConsecutiveComplaints("complaint".equals(analysis.intentName()) ? state.getConsecutiveComplaints() + 1 : 0);
        // A "why?" about the order is answered only on a proved order too: "why was SD10000010 cancelled?" proves it.
        boolean ownershipShown = OWNERSHIP_SHOWN.contains(decision.getAction())
                || "why".equals(decision.getAction()) && ReplyComposer.aboutTheOrder(decision.getDetail());
        if (ownershipShown && order != null && !state.isCustomerSigned()) {
            state.setCustomerId(order.customerId());
        }
    }
}
