package io.shopdesk.dialogue;

import java.util.Map;

/**
 * One message the bot sends. {@code type} tells the widget how to show it: text, kb_answer, order_status, ask,
 * fallback, handoff, error. {@code data} holds the structured part (faq id, order fields, suggestions, error code).
 */
public record Reply(String type, String text, Map<String, Object> data) {
    public Reply {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
