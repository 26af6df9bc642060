package io.shopdesk.chat;

/** A shopper message as clients send it over REST or STOMP. {@code conversationId} is null for a new conversation. */
public record ChatRequest(String conversationId, String text, String locale) {
}
