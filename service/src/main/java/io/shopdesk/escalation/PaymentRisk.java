package io.shopdesk.escalation;

/**
 * The risk engine's latest decision on this conversation's payment (a fact; absent when there is none): APPROVE,
 * REVIEW or DECLINE. Immutable.
 */
public record PaymentRisk(String decisionId, String decision, int score) {

    public String getDecision() {
        return decision;
    }

    public boolean isReview() {
        return "REVIEW".equals(decision);
    }

    public int getScore() {
        return score;
    }
}
