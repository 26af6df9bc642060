package io.shopdesk.escalation;

import java.time.Instant;
import java.util.List;

/**
 * A conversation handed to a person, as the console shows it. {@code status}: queued (waiting for an agent), held
 * (an agent has it), resolved, returned (handed back to the bot), withdrawn (the shopper took the request back while
 * it was queued). Priority 1 is the most urgent. Immutable.
 *
 * @param waitingSeconds      the current wait: since the escalation entered the queue it is in (created, or
 *                            transferred to a team), until now while it waits; once an agent took it from there or it
 *                            closed, how long that wait lasted
 * @param totalWaitingSeconds all the time spent queued: the first queue and every team queue after a transfer
 * @param claimedAt           when an agent first claimed it
 * @param heldSeconds         while held, how long its agent has had it (since their claim, or the transfer to them);
 *                            null unless held. Before, a held chat showed the wait it had before the claim, frozen
 * @param need                what the shopper needs, from their messages (open escalations only; null when their
 *                            messages tell nothing of it, and for closed ones)
 * @param unansweredSeconds   while held, how long the shopper has waited for an agent's answer: since they asked for
 *                            a person until an agent's first message, then since their first message after the last
 *                            agent message; null when the agent wrote last, and unless held
 */
public record Escalation(long id, String conversationId, String status, int priority, String team,
                         List<Reason> reasons, String language, Long customerId, String customerName,
                         String lastMessage, Instant createdAt, long waitingSeconds, long totalWaitingSeconds,
                         String heldBy, String heldByName, Instant claimedAt, Instant resolvedAt, String disposition,
                         String note, String ruleSetVersion, Long heldSeconds, ShopperNeed need,
                         Long unansweredSeconds) {

    public static final String QUEUED = "queued";
    public static final String HELD = "held";
    public static final String RESOLVED = "resolved";
    public static final String RETURNED = "returned";
    public static final String WITHDRAWN = "withdrawn";

    /** A reason as stored: {@code message} in the conversation's language, both languages beside it. */
    public record Reason(String code, String rule, String message, String messageZh, String messageEn, int priority,
                         String team, boolean boost) {
    }

    /** This escalation with {@code need} as what its shopper needs. */
    public Escalation withNeed(ShopperNeed need) {
        return new Escalation(id, conversationId, status, priority, team, reasons, language, customerId, customerName,
                lastMessage, createdAt, waitingSeconds, totalWaitingSeconds, heldBy, heldByName, claimedAt, resolvedAt,
                disposition, note, ruleSetVersion, heldSeconds, need, unansweredSeconds);
    }

    public boolean isOpen() {
        return QUEUED.equals(status) || HELD.equals(status);
    }
}
