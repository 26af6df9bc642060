package io.shopdesk.risk;

/**
 * A risk request that passed its field annotations but that the service refuses for one field, for a reason only the
 * service can judge (a timestamp too far from its clock). The API answers it as a field error, like the annotations'
 * own. Immutable.
 */
public class InvalidRiskRequestException extends RuntimeException {
    private final String field;

    public InvalidRiskRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, as the API names it ({@code timestamp}). */
    public String field() {
        return field;
    }
}
