package io.shopdesk.chat;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.nlp.Analysis;
import java.util.List;
import java.util.Optional;

/**
 * Hands a conversation to a person. The chat asks after each bot turn whether to escalate, and while a person is in
 * charge the bot stays silent. Implemented by the escalation feature; the chat works without one. Implementations
 * are thread-safe; the chat calls them under the conversation's lock.
 */
public interface Handoffs {

    /** A decided hand-off: the replies the shopper gets for this turn, and whatever the implementation needs to open it. */
    interface Plan {
        List<io.shopdesk.dialogue.Reply> replies();
    }

    /** Where a handed-off conversation stands, for the shopper: {@code position} in the queue, 0 once an agent holds it. */
    record Status(long escalationId, String status, int position) {
    }

    /** Whether this turn hands the conversation to a person; no database writes. */
    Optional<Plan> plan(String conversationId, Analysis analysis, DialogueOutcome outcome);

    /** Opens the planned escalation inside the turn's transaction and marks {@code state}; agents hear of it after commit. */
    Status open(String conversationId, Plan plan, ConversationState state);

    /** The status of the conversation's open escalation ({@code state.isHandedOff()}). */
    Status status(ConversationState state);

    /** The conversation's resolved escalation the shopper has not rated yet, if any (asked again after a reload). */
    Optional<Long> pendingRating(String conversationId);
}
