package io.shopdesk.chat;

import java.util.Map;

/**
 * A message the service will not process, with a stable code for clients (empty_message, message_too_long,
 * rate_limited, unknown_conversation, invalid_json, invalid_identity, identity_expired, identity_mismatch) and the
 * values that explain it.
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

    /** The HTTP status every REST endpoint answers this refusal with. */
    public int httpStatus() {
        return switch (code) {
            case "rate_limited" -> 429;
            case "unknown_conversation" -> 404;
            case "invalid_identity", "identity_expired" -> 401;
            case "identity_mismatch" -> 403;
            default -> 400;
        };
    }
}
