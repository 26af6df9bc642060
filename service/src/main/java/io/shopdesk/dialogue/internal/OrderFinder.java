package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.OrderLookup;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Looks up the conversation's order before the rules fire and counts its wrong phone digits, in this conversation
 * and in all of them ({@link WrongPhoneDigits}), into the {@link OrderLookup} fact. This message's digits count as
 * wrong when they do not prove the order, whatever the rules then decide: they were a guess at its phone. The rules
 * decide what the counts mean. Thread-safe; the state it updates is the caller's, whose turns run one at a time.
 */
public final class OrderFinder {
    private final OrderRepository orders;
    private final WrongPhoneDigits wrongPhoneDigits;
    private final Clock clock;

    public OrderFinder(OrderRepository orders, WrongPhoneDigits wrongPhoneDigits, Clock clock) {
        this.orders = orders;
        this.wrongPhoneDigits = wrongPhoneDigits;
        this.clock = clock;
    }

    /**
     * The look-up of the conversation's order, or null when it names none; {@code digitsGiven}: this message gave
     * phone digits (a try to count when wrong).
     */
    public OrderLookup lookUp(ConversationState state, boolean digitsGiven) {
        return lookUp(state, digitsGiven, true);
    }

    /**
     * As {@link #lookUp(ConversationState, boolean)}; {@code record} false counts a wrong try in {@code state} only and
     * reads the count from all conversations without adding to it (no database write): a replay of a turn for the
     * dialogue's reload gate, which must leave the shop's tries as they were.
     */
    public OrderLookup lookUp(ConversationState state, boolean digitsGiven, boolean record) {
        String orderId = state.getOrderId();
        if (orderId == null) {
            return null;
        }
        var order = orders.find(orderId).orElse(null);
        String digits = state.getPhoneLast4();
        Long signed = state.signedCustomerId();
        boolean wrong = digitsGiven && new OrderLookup(orderId, order, digits, signed).isWrongPhoneDigits();
        int here = wrong ? state.addWrongPhoneDigits(orderId) : state.wrongPhoneDigits(orderId);
        int everywhere = wrong && record ? wrongPhoneDigits.record(orderId)
                : wrongPhoneDigits.recent(orderId) + (wrong ? 1 : 0);
        return new OrderLookup(orderId, order, digits, signed, here, everywhere,
                LocalDate.now(clock.withZone(OrderRepository.SHOP_ZONE)));
    }
}
