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

    /**
     * Whether the shopper is on a socket now ({@code true}), had one that followed the conversation and closed it
     * ({@code false}: they left, a reply waits in their history), or never followed it on a socket here (null: they
     * talk over HTTP, or the service restarted since; nothing is known, so nobody is said to have left). Before, a
     * chat over HTTP read as "Shopper left the chat" from its first message.
     */
    Boolean presence(String conversationId);
}
