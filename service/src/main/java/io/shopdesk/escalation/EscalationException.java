package io.shopdesk.escalation;

/**
 * An agent's or shopper's request the escalation desk refuses: {@code status} is the HTTP status (400, 403, 404,
 * 409), {@code code} a stable machine-readable reason such as {@code already_held} or {@code not_holder}.
 */
public class EscalationException extends RuntimeException {
    private final int status;
    private final String code;
    private final java.util.Map<String, Object> details;

    public EscalationException(int status, String code, String message) {
        this(status, code, message, java.util.Map.of());
    }

    /** {@code details}: more fields for the error body, such as who already holds an escalation. */
    public EscalationException(int status, String code, String message, java.util.Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = java.util.Map.copyOf(details);
    }

    public java.util.Map<String, Object> details() {
        return details;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
