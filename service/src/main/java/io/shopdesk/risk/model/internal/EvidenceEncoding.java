package io.shopdesk.risk.model.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A weight-of-evidence view of {@link FeatureEncoder}'s one-hot vector: each categorical column becomes one number,
 * the smoothed log-odds of the positive class among training applicants with that level, minus the training prior's
 * log-odds; numeric columns pass through as they are. A linear model then spends one weight per categorical column
 * instead of one per level, which on a thousand-odd applicants overfits less than one-hot.
 *
 * <p>The evidence of a level seen {@code p} times positive and {@code q} times negative is
 * {@code ln((p + m·π) / (q + m·(1 − π))) − ln(π / (1 − π))} with {@code π} the training share of positives and
 * {@code m} the smoothing: a level never seen (an empty slot) gets exactly 0, a rare one little more, a frequent one
 * its own log-odds. Fit it on training rows only (in cross-validation: on the training fold), or the held-out labels
 * leak into the features. Immutable and thread-safe.
 */
public final class EvidenceEncoding implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Per input column, the evidence of each of its one-hot slots; {@code null} for a numeric column. */
    private final double[][] evidence;

    private EvidenceEncoding(double[][] evidence) {
        this.evidence = evidence;
    }

    /**
     * Learns each categorical slot's evidence from one-hot rows made by {@code encoder} and their labels.
     *
     * @param smoothing {@code m} above: how many applicants' worth of the prior each level starts with (&gt; 0)
     */
    public static EvidenceEncoding fit(FeatureEncoder encoder, double[][] oneHot, int[] y, double smoothing) {
        if (!(smoothing > 0)) {
            throw new IllegalArgumentException("smoothing must be positive, got " + smoothing);
        }
        int positives = 0;
        for (int label : y) {
            positives += label;
        }
        double prior = (double) positives / y.length;
        double priorLogOdds = Math.log(prior / (1 - prior));
        List<FeatureEncoder.Column> columns = encoder.columns();
        double[][] evidence = new double[columns.size()][];
        int at = 0;
        for (int c = 0; c < columns.size(); c++) {
            FeatureEncoder.Column column = columns.get(c);
            if (column.numeric()) {
                at++;
                continue;
            }
            int slots = column.levels().size();
            double[] positiveCount = new double[slots];
            double[] negativeCount = new double[slots];
            for (int i = 0; i < oneHot.length; i++) {
                for (int s = 0; s < slots; s++) {
                    if (oneHot[i][at + s] != 0) {
                        (y[i] == 1 ? positiveCount : negativeCount)[s]++;
                    }
                }
            }
            evidence[c] = new double[slots];
            for (int s = 0; s < slots; s++) {
                evidence[c][s] = Math.log((positiveCount[s] + smoothing * prior)
                        / (negativeCount[s] + smoothing * (1 - prior))) - priorLogOdds;
            }
            at += slots;
        }
        return new EvidenceEncoding(evidence);
    }

    /** The evidence of slot {@code slot} (index into the column's levels) of input column {@code column}. */
    public double evidence(int column, int slot) {
        return evidence[column][slot];
    }

    /** Width of {@link #apply}'s result: one value per input column. */
    public int width() {
        return evidence.length;
    }

    /** One value per input column: the numeric value as given, or the evidence of the level that is set. */
    public double[] apply(double[] oneHot) {
        double[] x = new double[evidence.length];
        int at = 0;
        for (int c = 0; c < evidence.length; c++) {
            if (evidence[c] == null) {
                x[c] = oneHot[at++];
            } else {
                for (int s = 0; s < evidence[c].length; s++) {
                    x[c] += oneHot[at + s] * evidence[c][s];
                }
                at += evidence[c].length;
            }
        }
        return x;
    }
}
