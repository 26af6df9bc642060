package io.shopdesk.chat;

import java.util.Map;

/**
 * A message the service will not process, with a stable code for clients (empty_message, message_too_long,
 * rate_limited, unknown_conversation, invalid_json) and the values that explain it.
 */
public class ChatException extends RuntimeException {
    private final String code;
    private final Map<String, Object> details;

    public ChatException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
