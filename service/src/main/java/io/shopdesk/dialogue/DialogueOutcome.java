package io.shopdesk.dialogue;

import java.util.List;

/**
 * What one turn decided: the replies, the rule that chose them, and the state to keep for the next turn.
 *
 * @param newAddress the new delivery address the shopper asked for, when the turn answered its address change (the
 *                   state forgets it once the request is answered, so a hand-off of the change to a person reads it
 *                   here); null otherwise. Personal data: never logged
 */
public record DialogueOutcome(List<Reply> replies, Decision decision, ConversationState state, String newAddress) {

    /** A turn that answered no address change. */
    public DialogueOutcome(List<Reply> replies, Decision decision, ConversationState state) {
        this(replies, decision, state, null);
    }

    /** The outcome's own text, without the new delivery address: personal data stays out of logs and errors. */
    @Override
    public String toString() {
        return "DialogueOutcome[replies=" + replies + ", decision=" + decision + ", newAddress="
                + (newAddress == null ? "none" : "given") + "]";
    }
}
