package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatException;
import io.shopdesk.dialogue.ConversationState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The conversations' dialogue states as the chat reads and changes them: an id that names no conversation (malformed
 * or not stored) is refused alike ({@code unknown_conversation}), and work on a state runs under the conversation's
 * lock, so that turns of one conversation run one at a time while different conversations run in parallel. The locks
 * are striped (256), so their number stays fixed however many conversations there are. Thread-safe.
 */
public final class ConversationStates {
    private static final int LOCK_STRIPES = 256;

    private final ConversationRepository conversations;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    public ConversationStates(ConversationRepository conversations) {
        this.conversations = conversations;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The conversation's stored state; empty for an id that is malformed or names no conversation. */
    public Optional<ConversationState> find(String conversationId) {
        return ConversationIds.wellFormed(conversationId) ? conversations.state(conversationId) : Optional.empty();
    }

    /** @throws ChatException {@code unknown_conversation} when the id is malformed or names no conversation */
    public ConversationState require(String conversationId) {
        if (!ConversationIds.wellFormed(conversationId)) {
            throw unknown();
        }
        return conversations.state(conversationId).orElseThrow(ConversationStates::unknown);
    }

    /**
     * Runs {@code work} on the conversation's state, read under its lock, and returns what it returns.
     *
     * @throws ChatException {@code unknown_conversation} when the id is malformed or names no conversation
     */
    public <T> T underLock(String conversationId, Function<ConversationState, T> work) {
        if (!ConversationIds.wellFormed(conversationId)) {
            throw unknown();
        }
        ReentrantLock lock = locks[Math.floorMod(conversationId.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            return work.apply(require(conversationId));
        } finally {
            lock.unlock();
        }
    }

    private static ChatException unknown() {
        return new ChatException("unknown_conversation", "No such conversation", Map.of());
    }
}
