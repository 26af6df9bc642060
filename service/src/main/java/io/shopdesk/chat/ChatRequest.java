package io.shopdesk.chat;

/**
 * A shopper message as clients send it over REST or STOMP. {@code conversationId} is null for a new conversation;
 * {@code identity} is null for a shopper the shop has not signed in.
 */
public record ChatRequest(String conversationId, String text, String locale, ShopperIdentity identity) {
}
