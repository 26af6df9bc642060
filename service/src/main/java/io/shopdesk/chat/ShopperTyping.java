package io.shopdesk.chat;

/**
 * The shopper of a conversation handed to a person is typing: published (synchronously) for the agents' consoles,
 * never stored and never sent to the bot. At most one a second per conversation ({@link TypingThrottle}). Immutable.
 */
public record ShopperTyping(String conversationId) {
}
