package io.shopdesk.chat;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.nlp.Analysis;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Hands a conversation to a person. The chat asks after each bot turn whether to escalate; while a person is in charge
 * the dialogue does not run and the implementation answers the shopper's messages ({@link #waiting}). Implemented by
 * the escalation feature; the chat works without one. Implementations are thread-safe; the chat calls them under the
 * conversation's lock.
 */
public interface Handoffs {

    /** A decided hand-off: the replies the shopper gets for this turn, and whatever the implementation needs to open it. */
    interface Plan {
        List<io.shopdesk.dialogue.Reply> replies();
    }

    /** Where a handed-off conversation stands, for the shopper: {@code position} in the queue, 0 once an agent holds it. */
    record Status(long escalationId, String status, int position) {
    }

    /**
     * The answer to a message sent while a person is in charge: the replies (usually none while an agent holds the
     * conversation), and where the hand-off stands, null once the conversation is back with the bot.
     */
    record Waiting(List<io.shopdesk.dialogue.Reply> replies, Status status) {
    }

    /** Whether this turn hands the conversation to a person; no database writes. */
    Optional<Plan> plan(String conversationId, Analysis analysis, DialogueOutcome outcome);

    /** Opens the planned escalation inside the turn's transaction and marks {@code state}; agents hear of it after commit. */
    Status open(String conversationId, Plan plan, ConversationState state);

    /**
     * Answers a message sent while a person is in charge ({@code state.isHandedOff()}), inside the turn's transaction:
     * the shopper waiting in the queue withdraws the request (the escalation closes and {@code state} is back with the
     * bot), or gets the bot's own answer to a question it can answer ({@code bot} decides the message with the
     * dialogue rules, changing {@code state} as a turn does; called only while the conversation is queued), or hears
     * where they stand; agents hear of a change after commit and read every message in the transcript.
     */
    Waiting waiting(String conversationId, Analysis analysis, ConversationState state, Supplier<DialogueOutcome> bot);

    /**
     * Answers a file the shopper sent while a person is in charge ({@code state.isHandedOff()}), inside the turn's
     * transaction: no rules run (there is no text to read); the shopper waiting in the queue hears where they stand, and
     * agents see the file in the transcript.
     */
    Waiting attached(String conversationId, ConversationState state);

    /** The conversation's resolved escalation the shopper has not rated yet, if any (asked again after a reload). */
    Optional<Long> pendingRating(String conversationId);
}
