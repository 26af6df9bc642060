package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.internal.WrongPhoneDigits;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An order's phone digits checked outside a turn of the dialogue: the agent holding a chat verifies its shopper by the
 * order and digits the shopper told them. They count as the chat counts a shopper's ({@link VerificationPolicy}, rule
 * {@code TooManyWrongPhoneDigits}): a wrong try adds to the conversation's count for the order and to the order's from
 * all conversations (table {@code wrong_phone_digits}), and once either reaches its limit the order cannot be proved in
 * this conversation, not even with the right digits; the shop's signed-in customer of the order is never locked out.
 * Before, an agent's tries were not counted: someone who had used up the chat's guesses could ask for a person and
 * have the agent try digits for them without end. Thread-safe; the state it changes is the caller's, who holds the
 * conversation's lock and stores it.
 */
@Component
public class OrderPhoneCheck {
    /** PROVED: the digits prove the order; WRONG: they do not; LOCKED: too many wrong ones, this try's included. */
    public enum Outcome { PROVED, WRONG, LOCKED }

    /**
     * @param wrongHere       wrong tries for the order in this conversation, this one's included
     * @param wrongEverywhere wrong tries for the order from all conversations within the window
     * @param triesLeft       wrong tries left before the lock-out (0 when locked)
     */
    public record Result(Outcome outcome, int wrongHere, int wrongEverywhere, int triesLeft) {
    }

    private final WrongPhoneDigits tries;
    private final VerificationPolicy policy;

    OrderPhoneCheck(JdbcClient jdbc, DialogueSettings settings, Clock clock) {
        this.tries = new WrongPhoneDigits(jdbc, settings.wrongPhoneDigitsWindow(), clock);
        this.policy = settings.verificationPolicy();
    }

    /** Checks {@code digits} for {@code order} ({@code orderId}, found) in the conversation whose state this is. */
    public Result check(ConversationState state, String orderId, OrderDetails order, String digits) {
        OrderLookup lookup = new OrderLookup(orderId, order, digits, state.signedCustomerId());
        int here = state.wrongPhoneDigits(orderId);
        int everywhere = tries.recent(orderId);
        boolean exempt = lookup.isOwnedBySignedCustomer();
        if (!exempt && locked(here, everywhere)) {
            return new Result(Outcome.LOCKED, here, everywhere, 0);
        }
        if (lookup.isVerified()) {
            return new Result(Outcome.PROVED, here, everywhere, left(here, everywhere));
        }
        here = state.addWrongPhoneDigits(orderId);
        everywhere = tries.record(orderId);
        return new Result(!exempt && locked(here, everywhere) ? Outcome.LOCKED : Outcome.WRONG, here, everywhere,
                left(here, everywhere));
    }

    private boolean locked(int here, int everywhere) {
        return here >= policy.wrongTriesPerConversation() || everywhere >= policy.wrongTriesPerOrder();
    }

    private int left(int here, int everywhere) {
        return Math.max(0, Math.min(policy.wrongTriesPerConversation() - here, policy.wrongTriesPerOrder() - everywhere));
    }
}
