package io.shopdesk.chat;

/**
 * Published (synchronously, after the line is committed) for every line added to a transcript, so that the agents
 * watching the conversation see it live. Immutable.
 */
public record TranscriptAppended(String conversationId, TranscriptLine line) {
}
