package io.shopdesk.risk.model;

import io.shopdesk.risk.model.internal.FeatureEncoder;
import smile.classification.LogisticRegression;

/**
 * Trains {@link FinancingModel}s: L2-regularised logistic regression on standardised numeric columns and one-hot
 * categorical ones. A linear model on 1,000-odd applicants gives probabilities that are close to calibrated, which the
 * cost-based decision threshold relies on. Settings are fixed here, not per call, so every release is trained the same
 * way; training is deterministic (the seed is kept for callers that shuffle, such as the cross-validator).
 * Thread-safe (no state besides the settings).
 */
public final class FinancingModelTrainer {
    /** Bump when features or training change, so releases say which recipe made them. */
    public static final String RECIPE = "onehot-min3+std+logistic-l2-1.0";
    static final double LAMBDA = 1.0;
    static final double TOLERANCE = 1e-6;
    static final int MAX_ITERATIONS = 500;

    private final long seed;

    public FinancingModelTrainer(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public FinancingModel train(FinancingData data) {
        FeatureEncoder encoder = FeatureEncoder.fit(data.columns(), data.rows());
        double[][] x = new double[data.size()][];
        int[] y = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            x[i] = encoder.encode(data.rows().get(i));
            y[i] = data.positive()[i] ? 1 : 0;
        }
        var logistic = LogisticRegression.binomial(x, y, new LogisticRegression.Options(LAMBDA, TOLERANCE, MAX_ITERATIONS));
        return new FinancingModel(encoder, logistic);
    }
}
