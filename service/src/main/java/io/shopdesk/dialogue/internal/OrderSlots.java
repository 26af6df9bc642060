package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import java.util.Optional;

/**
 * The order slots of a conversation, the order id and the last four digits of its phone, filled from a message's
 * entities before the rules fire. Cued digits ("尾号5678", "last four 5678") and a whole phone number always count.
 * Four digits without a cue count when the message names the order too, or when the message is nothing but those
 * digits while the conversation's order waits for them (asked for, or told to a detour before they came): digits
 * inside another sentence are a price, a year or a model number, and a try that was never meant would bring the lock
 * closer; nor do four digits of a delivery address given with the order ({@link DeliveryAddress}: a house or room
 * number). Stateless and thread-safe; the state it fills is the caller's, whose turns run one at a time.
 */
public final class OrderSlots {

    private OrderSlots() {
    }

    /** Fills the slots the message gives; a new order id clears the digits. Returns whether it gave phone digits. */
    public static boolean fill(Analysis analysis, ConversationState state) {
        boolean orderNamed = analysis.firstEntity(Entity.ORDER_ID).isPresent();
        boolean digitsAwaited = state.getOrderId() != null && state.getPhoneLast4() == null;
        // "SD10000004 改到…张杨路500号1203室": the room number is no guess at the phone.
        DeliveryAddress address = orderNamed ? DeliveryAddress.in(analysis.text(), analysis.entities(Entity.PLACE))
                : DeliveryAddress.NONE;
        analysis.firstEntity(Entity.ORDER_ID).ifPresent(id -> {
            if (!id.value().equals(state.getOrderId())) {
                state.setOrderId(id.value());
                state.setPhoneLast4(null);
            }
        });
        Optional<Entity> last4 = analysis.entities(Entity.PHONE_LAST4).stream()
                .filter(e -> switch (e.source()) {
                    case "pattern-bare" -> orderNamed && !address.covers(e.start(), e.end());
                    case "pattern-alone" -> orderNamed || digitsAwaited;
                    default -> true;
                })
                .findFirst();
        last4.ifPresent(e -> state.setPhoneLast4(e.value()));
        Optional<Entity> phone = analysis.firstEntity(Entity.PHONE);
        phone.ifPresent(e -> {
            String digits = e.value().replaceAll("\\D", "");
            state.setPhoneLast4(digits.substring(digits.length() - 4));
        });
        return last4.isPresent() || phone.isPresent();
    }
}
