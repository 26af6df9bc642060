package io.shopdesk.escalation;

import java.time.Instant;

/**
 * What the shopper of an open escalation needs, from their own messages: the latest one that says something of their
 * problem ({@code text}, its {@code intent} and when it was written), and the order the chat is about (the latest
 * order number the shopper gave). A reason such as "the shopper asked for a person" says why a person is needed, not
 * what for; once the shopper writes more ("hello?", the order's phone digits) the last message says neither, so the
 * queue and the conversation's header show this. Any part may be null; an escalation whose shopper said nothing of
 * the kind has none. Immutable.
 */
public record ShopperNeed(String intent, String orderId, String text, Instant at) {
}
