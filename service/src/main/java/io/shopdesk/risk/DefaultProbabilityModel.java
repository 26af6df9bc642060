package io.shopdesk.risk;

/**
 * The machine-learned part of a financing decision: the probability that an applicant defaults. A risk model
 * module provides it; without one, financing rules decide on attributes alone. Implementations are thread-safe.
 */
public interface DefaultProbabilityModel {

    /** The probability of default, 0..1, or -1 when no model is released yet. */
    double probability(FinancingRequest application);

    String version();
}
