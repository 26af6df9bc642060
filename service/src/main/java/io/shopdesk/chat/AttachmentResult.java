package io.shopdesk.chat;

import io.shopdesk.dialogue.Reply;
import java.util.List;

/**
 * The answer to a file a shopper sent: the stored attachment, what the bot says about it (nothing while an agent
 * holds the conversation) and, while a person is in charge, where the hand-off stands (null otherwise).
 */
public record AttachmentResult(String conversationId, Attachment attachment, List<Reply> replies,
                               Handoffs.Status handoff) {
}
