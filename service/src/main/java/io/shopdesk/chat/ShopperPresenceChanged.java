package io.shopdesk.chat;

/**
 * A conversation's shopper connected (their first socket follows it: it sent a message there or asked for its
 * history) or left (the last such socket closed: the tab was closed, the network dropped). An agent holding the chat
 * reads it as "the shopper will see my reply now" or "only when they come back". Immutable.
 */
public record ShopperPresenceChanged(String conversationId, boolean connected) {
}
