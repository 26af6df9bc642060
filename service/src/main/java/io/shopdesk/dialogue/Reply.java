package io.shopdesk.dialogue;

import java.util.Map;

/**
 * One message the bot sends. {@code type} tells the widget how to show it: text, kb_answer, order_status, ask,
 * fallback, handoff, error. {@code data} holds the structured part (faq id, order fields, suggestions, error code).
 */
public record Reply(String type, String text, Map<String, Object> data) {
    public Reply {
        // Not Map.copyOf: a value may be null (an order without an ETA), and the JSON shows it as null.
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    }
}
