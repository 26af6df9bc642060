package io.shopdesk.chat;

import io.shopdesk.chat.internal.RateLimiter;

/**
 * The server's side of "X is typing…": at most one signal per key (a conversation, or an agent in a conversation) per
 * second; the rest of a burst is dropped, not queued. Clients already send at most one every 3 s while someone types,
 * so a well-behaved widget or console never meets the limit; a client sending more (a script, a bug) costs the
 * service one look-up a second per conversation and the other side one frame. Thread-safe.
 */
public final class TypingThrottle {
    private final RateLimiter limiter = new RateLimiter(1, 1.0);

    /** Whether a signal for {@code key} may go through now; false for the rest of a burst. */
    public boolean allow(String key) {
        return limiter.tryAcquire(key);
    }
}
