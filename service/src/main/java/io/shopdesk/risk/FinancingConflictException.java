package io.shopdesk.risk;

import java.util.List;

/**
 * A financing application id that was decided before for another application: another customer, amount or term. The
 * API answers 409 {@code financing_conflict} ({@link RiskConflictException}). Immutable.
 */
public class FinancingConflictException extends RiskConflictException {

    public FinancingConflictException(String applicationId, List<String> differences) {
        super("financing", applicationId, differences, "financing application " + applicationId
                + " was decided before with other details (" + String.join(", ", differences)
                + "); a new application needs a new applicationId");
    }

    public String applicationId() {
        return id();
    }
}
