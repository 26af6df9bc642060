package io.shopdesk.dialogue;

import java.util.List;

/** What one turn decided: the replies, the rule that chose them, and the state to keep for the next turn. */
public record DialogueOutcome(List<Reply> replies, Decision decision, ConversationState state) {
}
