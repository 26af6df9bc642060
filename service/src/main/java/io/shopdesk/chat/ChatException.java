package io.shopdesk.chat;

import io.shopdesk.nlp.Language;
import java.util.List;
import java.util.Map;

/**
 * A message the service will not process, with a stable code for clients (empty_message, message_too_long,
 * rate_limited, unknown_conversation, invalid_json, invalid_identity, identity_expired, identity_mismatch, and for
 * attachments missing_attachment, attachment_too_large, unsupported_attachment_type, too_many_attachments,
 * unknown_attachment) and the values that explain it.
 */
public class ChatException extends RuntimeException {
    /** Every code a refusal carries, and {@code internal}; each has a text {@code error.CODE} in the dialogue's replies. */
    public static final List<String> CODES = List.of("empty_message", "message_too_long", "rate_limited",
            "unknown_conversation", "invalid_json", "invalid_identity", "identity_expired", "identity_mismatch",
            "missing_attachment", "attachment_too_large", "unsupported_attachment_type", "too_many_attachments",
            "unknown_attachment", "internal");

    private final String code;
    private final Map<String, Object> details;
    private final Language language;

    public ChatException(String code, String message, Map<String, Object> details) {
        this(code, message, details, null);
    }

    private ChatException(String code, String message, Map<String, Object> details, Language language) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
        this.language = language;
    }

    /** The same refusal, to be told in {@code language} (the language of the refused text; null: not known). */
    public ChatException inLanguage(Language language) {
        ChatException copy = new ChatException(code, getMessage(), details, language);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The language the refused text was in, when it showed one; the reply is then in it. */
    public Language language() {
        return language;
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
            case "unknown_conversation", "unknown_attachment" -> 404;
            case "attachment_too_large" -> 413;
            case "unsupported_attachment_type" -> 415;
            case "invalid_identity", "identity_expired" -> 401;
            case "identity_mismatch" -> 403;
            default -> 400;
        };
    }
}
