package io.shopdesk.escalation.internal;

import java.util.List;

/**
 * One saved reply of the agent console: the {@code shortcut} typed after "/" in the reply box, a {@code title} the
 * list shows, and the {@code text} with its {@link ReplyPlaceholders placeholders}. Immutable.
 */
public record CannedReply(String shortcut, String title, String text) {

    public List<String> placeholders() {
        return ReplyPlaceholders.in(text);
    }
}
