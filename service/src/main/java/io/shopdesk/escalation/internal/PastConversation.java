package io.shopdesk.escalation.internal;

import java.time.Instant;

/**
 * One of a customer's earlier escalated conversations, as the console's context lists it: when it was handed to a
 * person and closed, how it ended ({@code status}, the {@code disposition} when resolved), the agent who held it last
 * ({@code closedBy}: who resolved or handed it back; null when the shopper withdrew), the shopper's first line and the
 * rating given. Immutable.
 */
record PastConversation(long escalationId, String conversationId, String language, Instant createdAt,
                        Instant resolvedAt, String status, String disposition, String closedBy,
                        String firstShopperLine, Integer rating) {
}
