package io.shopdesk.chat;

import io.shopdesk.dialogue.Reply;
import java.util.List;

/**
 * The answer to one shopper message: the conversation it belongs to, the bot's replies, the analysis, and, when a
 * person is (now) in charge, where the hand-off stands (null otherwise).
 */
public record TurnResult(String conversationId, List<Reply> replies, AnalysisView analysis, Handoffs.Status handoff) {
}
