package io.shopdesk.dialogue;

/**
 * How many wrong phone digits an order may get before the chat stops checking them (a fact, from
 * {@link DialogueSettings}): the dialogue rules compare {@link OrderLookup}'s counts with it. Immutable. Documented for
 * rule authors in {@code rules/dialogue/README.md}.
 *
 * @param wrongTriesPerConversation wrong tries for one order in one conversation
 * @param wrongTriesPerOrder        wrong tries for one order from all conversations within the configured window
 */
public record VerificationPolicy(int wrongTriesPerConversation, int wrongTriesPerOrder) {

    public int getWrongTriesPerConversation() {
        return wrongTriesPerConversation;
    }

    public int getWrongTriesPerOrder() {
        return wrongTriesPerOrder;
    }
}
