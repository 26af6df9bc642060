package io.shopdesk.chat;

/**
 * A shopper's socket was replayed a conversation's history (the widget after a reload or a reconnect): it follows the
 * conversation from now on, and what is not in the transcript (the place in the queue) can be told to it at once.
 * Published after the history was sent, so anything sent in answer arrives after it. Immutable.
 */
public record HistoryReplayed(String conversationId) {
}
