package io.shopdesk.escalation;

import java.time.Instant;
import java.util.List;

/**
 * A conversation handed to a person, as the console shows it. {@code status}: queued (waiting for an agent), held
 * (an agent has it), resolved, returned (handed back to the bot). Priority 1 is the most urgent. Immutable.
 *
 * @param waitingSeconds from the escalation until an agent claimed it (until now while it waits)
 */
public record Escalation(long id, String conversationId, String status, int priority, String team,
                         List<Reason> reasons, String language, Long customerId, String customerName,
                         String lastMessage, Instant createdAt, long waitingSeconds, String heldBy, String heldByName,
                         Instant claimedAt, Instant resolvedAt, String disposition, String note, String ruleSetVersion) {

    public static final String QUEUED = "queued";
    public static final String HELD = "held";
    public static final String RESOLVED = "resolved";
    public static final String RETURNED = "returned";

    /** A reason as stored: {@code message} in the conversation's language, both languages beside it. */
    public record Reason(String code, String rule, String message, String messageZh, String messageEn, int priority,
                         String team, boolean boost) {
    }

    public boolean isOpen() {
        return QUEUED.equals(status) || HELD.equals(status);
    }
}
