package io.shopdesk.chat;

import io.shopdesk.dialogue.Reply;
import java.util.List;

/** The answer to one shopper message: the conversation it belongs to, the bot's replies, and the analysis. */
public record TurnResult(String conversationId, List<Reply> replies, AnalysisView analysis) {
}
