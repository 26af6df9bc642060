package io.shopdesk.nlp.intent;

import smile.classification.Maxent;

/**
 * Smile's maximum-entropy model fitted by L-BFGS over binary features: the scorer for small label sets with a
 * handful of examples each (FAQ entries), where its probabilities are well calibrated and training over all examples
 * at once is cheap. It has no dense part: a sentence vector is ignored. Immutable and thread-safe (Smile's prediction keeps no state).
 */
final class MaxentScorer implements IntentScorer {
    private static final long serialVersionUID = 1L;
    private static final double LAMBDA = 0.1;
    private static final double TOLERANCE = 1e-5;
    private static final int MAX_ITERATIONS = 500;

    private final Maxent maxent;

    private MaxentScorer(Maxent maxent) {
        this.maxent = maxent;
    }

    /** Fits {@code k} labels over {@code p} binary features; {@code x[i]} are example i's sorted feature indices. */
    static MaxentScorer fit(int p, int[][] x, int[] y) {
        return new MaxentScorer(Maxent.fit(p, x, y, new Maxent.Options(LAMBDA, TOLERANCE, MAX_ITERATIONS)));
    }

    @Override
    public void probabilities(int[] features, float[] embedding, double[] probabilities) {
        maxent.predict(features, probabilities);
    }
}
