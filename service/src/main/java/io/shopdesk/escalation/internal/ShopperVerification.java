package io.shopdesk.escalation.internal;

import io.shopdesk.chat.ChatService;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.OrderPhoneCheck;
import io.shopdesk.escalation.Agent;
import io.shopdesk.escalation.Escalation;
import io.shopdesk.escalation.EscalationException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The agent holding a chat verifies the shopper by an order number and the last 4 digits of its phone, which the
 * shopper told them in the chat. While a person has the chat the dialogue does not run, so before this an agent told
 * "SD10000001, 5678" (an account takeover's first step is "verify who they are") still saw an anonymous shopper with
 * no orders, payments or risk decisions. Proved, the conversation gets the order's customer as the chat's own check
 * would give it ({@link ChatService#identifyByOrder}): the context shows them, the queue their name, and a reported
 * takeover sends their payments to review. Digits that do not match are refused and counted against the order as a
 * shopper's wrong digits are ({@link OrderPhoneCheck}): past the chat's limits (per conversation, per order from all
 * conversations) the order is locked here too, even for the right digits, so asking for a person gives no new guesses
 * at an order's 4 digits. Stateless and thread-safe.
 */
@Component
class ShopperVerification {
    private static final Pattern ORDER = Pattern.compile("(?:SD)?(\\d{8})");
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");

    private final ChatService chat;
    private final OrderRepository orders;
    private final EscalationRepository escalations;
    private final OrderPhoneCheck phoneCheck;

    ShopperVerification(ChatService chat, OrderRepository orders, EscalationRepository escalations,
                        OrderPhoneCheck phoneCheck) {
        this.chat = chat;
        this.orders = orders;
        this.escalations = escalations;
        this.phoneCheck = phoneCheck;
    }

    /** Returns {@code {"customerId","orderId"}}; the errors are EscalationExceptions with their codes. */
    Map<String, Object> verify(String conversationId, Agent agent, String orderId, String phoneLast4) {
        if (chat.state(conversationId).isEmpty()) {
            throw new EscalationException(404, "unknown_conversation", "No such conversation");
        }
        Escalation e = escalations.ofConversation(conversationId).stream().findFirst().orElse(null);
        if (e == null || !e.isOpen()) {
            throw new EscalationException(409, "closed", "Only a conversation with a person can be verified here",
                    Map.of("status", e == null ? "none" : e.status()));
        }
        if (!agent.username().equals(e.heldBy()) && !agent.isSupervisor()) {
            throw new EscalationException(403, "not_holder", "Only the agent holding this conversation may verify the shopper");
        }
        var order = ORDER.matcher(orderId == null ? "" : orderId.strip().toUpperCase(Locale.ROOT).replace(" ", ""));
        if (!order.matches()) {
            throw new EscalationException(400, "invalid_order_id", "An order number is SD and 8 digits: SD10000001");
        }
        if (phoneLast4 == null || !LAST4.matcher(phoneLast4.strip()).matches()) {
            throw new EscalationException(400, "invalid_phone_last4", "Give the last 4 digits of the order's phone number");
        }
        String id = "SD" + order.group(1);
        OrderDetails found = orders.find(id).orElseThrow(() -> new EscalationException(404, "unknown_order",
                "No order " + id, Map.of("orderId", id)));
        // Under the conversation's lock, stored with its state: its count of wrong digits is the chat's own.
        OrderPhoneCheck.Result checked = chat.updateState(conversationId,
                state -> phoneCheck.check(state, id, found, phoneLast4.strip()));
        switch (checked.outcome()) {
            case LOCKED -> throw new EscalationException(409, "verification_locked", "Too many wrong phone digits "
                    + "were given for order " + id + " (" + checked.wrongHere() + " in this chat, "
                    + checked.wrongEverywhere() + " in all chats lately): it cannot be verified by its phone here",
                    Map.of("orderId", id, "wrongTries", checked.wrongHere(),
                            "recentWrongTries", checked.wrongEverywhere()));
            case WRONG -> throw new EscalationException(409, "phone_mismatch", "The digits do not match order " + id
                    + "'s phone", Map.of("orderId", id, "triesLeft", checked.triesLeft()));
            case PROVED -> { }
        }
        chat.identifyByOrder(conversationId, found.customerId(), id, phoneLast4.strip());
        return Map.of("customerId", found.customerId(), "orderId", id);
    }
}
