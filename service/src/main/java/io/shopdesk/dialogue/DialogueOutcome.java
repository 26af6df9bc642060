package io.shopdesk.dialogue;

import java.util.List;

/**
 * What one turn decided: the replies, the rule that chose them, and the state to keep for the next turn.
 *
 * @param newAddress the new delivery address the shopper asked for, when the turn answered its address change (the
 *                   state forgets it once the request is answered, so a hand-off of the change to a person reads it
 *                   here); null otherwise. Personal data: never logged
 * @param parcels    the parcels of an order sent in several that the turn's answer was about, by their number in the
 *                   order (1 its oldest), when it answered for part of the order ({@link OrderPart}: the parcel named,
 *                   or every parcel delivered while others are on their way); empty when it answered for the whole
 *                   order or about none. A hand-off names these parcels, those the shopper was told about
 */
public record DialogueOutcome(List<Reply> replies, Decision decision, ConversationState state, String newAddress,
                              List<Integer> parcels) {

    public DialogueOutcome {
        parcels = parcels == null ? List.of() : List.copyOf(parcels);
    }

    /** A turn that answered no address change, nor about part of an order. */
    public DialogueOutcome(List<Reply> replies, Decision decision, ConversationState state) {
        this(replies, decision, state, null, List.of());
    }

    /** The outcome's own text, without the new delivery address: personal data stays out of logs and errors. */
    @Override
    public String toString() {
        return "DialogueOutcome[replies=" + replies + ", decision=" + decision + ", newAddress="
                + (newAddress == null ? "none" : "given") + ", parcels=" + parcels + "]";
    }
}
