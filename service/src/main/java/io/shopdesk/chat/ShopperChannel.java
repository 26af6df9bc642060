package io.shopdesk.chat;

import java.util.Map;

/**
 * Pushes a message to every socket of a conversation's shopper (the sockets that sent a message or asked for the
 * history of that conversation). Used when someone other than the shopper speaks: an agent joins, writes, resolves.
 * Thread-safe.
 */
public interface ShopperChannel {

    /** Sends {@code body} (JSON with a {@code kind}) to the conversation's open sockets; returns how many got it. */
    int push(String conversationId, Map<String, Object> body);

    /** Whether a socket of the conversation's shopper is connected and follows it now (a push would reach them). */
    boolean connected(String conversationId);
}
