package io.shopdesk.risk;

/**
 * The machine-learned part of a financing decision: the probability that an applicant defaults. A risk model
 * module provides it; without one, financing rules decide on attributes alone. Implementations are thread-safe.
 */
public interface DefaultProbabilityModel {

    /**
     * One scoring: the probability of default (0..1, or -1 when no model is released) and the version of the model
     * that computed it, taken from one release, so that a reload in between cannot pair one model's probability with
     * another's version in the audit.
     */
    record Score(double probability, String modelVersion) {
        public static final Score NONE = new Score(-1, "none");
    }

    Score score(FinancingRequest application);

    /** The version serving now (for display; a decision takes its version from its {@link Score}). */
    String version();
}
