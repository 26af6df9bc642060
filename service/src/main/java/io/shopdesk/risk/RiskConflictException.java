package io.shopdesk.risk;

import java.util.List;

/**
 * An id decided before for another request of its kind: a payment id for another payment, an application id for
 * another financing application. The earlier decision is not handed out for it (a reused id would otherwise be
 * approved unscored) and it is not scored under that id either; the API answers 409 {@code <kind>_conflict} with the
 * message and the fields that differ. Immutable.
 */
public class RiskConflictException extends RuntimeException {
    private final String kind;
    private final String id;
    private final List<String> differences;

    protected RiskConflictException(String kind, String id, List<String> differences, String message) {
        super(message);
        this.kind = kind;
        this.id = id;
        this.differences = List.copyOf(differences);
    }

    /** The decision's kind: {@code payment} or {@code financing}. */
    public String kind() {
        return kind;
    }

    /** The reused id (a payment id, an application id). */
    public String id() {
        return id;
    }

    /** The fields in which the request differs from the one decided before, as the API names them. */
    public List<String> differences() {
        return differences;
    }
}
