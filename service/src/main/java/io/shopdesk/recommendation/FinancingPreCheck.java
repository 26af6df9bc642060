package io.shopdesk.recommendation;

/**
 * The risk engine's financing pre-check for this shopper (a fact; immutable): APPROVE, REVIEW or DECLINE. Absent
 * when the shopper is not identified, no candidate allows instalments, or no risk engine runs; the rules then never
 * offer instalments.
 */
public record FinancingPreCheck(String decision) {

    public String getDecision() {
        return decision;
    }
}
