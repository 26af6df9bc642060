package io.shopdesk.escalation.internal;

import java.time.Instant;

/**
 * One of a customer's earlier conversations, as the console's context lists it: when it started, the shopper's first
 * line, and whether it was handed to a person ({@code escalated}). For an escalated one, its latest escalation: when it
 * was handed over ({@code createdAt}) and closed, how it ended ({@code status}, the {@code disposition} when resolved),
 * the agent who held it last ({@code closedBy}: who resolved or handed it back; null when the shopper withdrew) and the
 * rating given; all null for a chat the bot handled alone. Immutable.
 */
record PastConversation(String conversationId, String language, Instant startedAt, String firstShopperLine,
                        boolean escalated, Long escalationId, Instant createdAt, Instant resolvedAt, String status,
                        String disposition, String closedBy, Integer rating) {
}
