package io.shopdesk.chat;

/**
 * Published when a conversation's customer becomes known for the first time (the shop signed the shopper in, or the
 * chat verified one of the customer's orders), right after it is recorded on the conversation; never again for that
 * conversation. The escalation feature gives the customer to escalations opened before. Published under the
 * conversation's lock, after the turn's transaction. Immutable.
 */
public record ConversationIdentified(String conversationId, long customerId) {
}
