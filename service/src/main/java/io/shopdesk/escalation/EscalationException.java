package io.shopdesk.escalation;

/**
 * An agent's or shopper's request the escalation desk refuses: {@code status} is the HTTP status (400, 403, 404,
 * 409), {@code code} a stable machine-readable reason such as {@code already_held} or {@code not_holder}.
 */
public class EscalationException extends RuntimeException {
    private final int status;
    private final String code;

    public EscalationException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
