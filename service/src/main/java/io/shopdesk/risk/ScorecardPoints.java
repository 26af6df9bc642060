package io.shopdesk.risk;

/**
 * Points the financing scorecard decision table awards; a rule adds them to the {@link RiskAssessment}. The table
 * inserts these rather than touching the assessment so that a spreadsheet row needs no variable bindings.
 */
public record ScorecardPoints(String code, int points, String messageEn, String messageZh, String rule) {
}
