package io.shopdesk.dialogue;

import java.util.Set;

/**
 * A file the shopper sent while the bot holds the conversation (a fact): the dialogue rules decide what the bot says
 * about it (rules {@code AcknowledgeAttachment…} in {@code rules/dialogue/dialogue.drl}). It is the only fact of that
 * decision besides the {@link Decision}: a file has no text, so no rule about a message applies. Built from the
 * conversation's state, which the answer leaves as it was. Immutable; documented for rule authors in
 * {@code rules/dialogue/README.md}.
 *
 * @param kind    {@code image} (a JPEG, PNG or WebP photo) or {@code pdf}
 * @param topic   what is wrong with what the shopper has, when the conversation is about that: the open order request
 *                {@code faulty} (an item broken, damaged, torn or not working), {@code wrong_item} (not what was
 *                ordered), {@code damaged_parcel} (damaged on the way), {@code missing_item} or {@code not_received}; {@code problem} when the shopper reported a problem (a fault, a bad fit, a
 *                complaint) without such a request; null otherwise
 * @param orderId the conversation's order, or null when none is known yet
 */
public record AttachmentSent(String kind, String topic, String orderId) {
    /** Order requests about something wrong with what the shopper has, where a photo is the evidence. */
    private static final Set<String> PROBLEM_REQUESTS = Set.of("faulty", "missing_item", "not_received", "wrong_item",
            "damaged_parcel");

    /** The fact for a file of {@code kind} in a conversation whose state is {@code state}. */
    public static AttachmentSent of(String kind, ConversationState state) {
        String request = state.getOrderRequest();
        String topic = request != null && PROBLEM_REQUESTS.contains(request) ? request
                : state.isProblemReported() ? "problem" : null;
        return new AttachmentSent(kind, topic, state.getOrderId());
    }

    public String getKind() {
        return kind;
    }

    public String getTopic() {
        return topic;
    }

    public String getOrderId() {
        return orderId;
    }
}
