package io.shopdesk.risk.model.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Scores of binary probability predictions: AUC and cost-minimising thresholds. Stateless. */
public final class BinaryScores {
    private BinaryScores() {
    }

    /** Area under the ROC curve (Mann–Whitney, ties counted half); NaN when one class is absent. */
    public static double auc(double[] p, boolean[] positive) {
        Integer[] order = IntStream.range(0, p.length).boxed().sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        double positiveRanks = 0;
        long positives = 0;
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && p[order[end + 1]] == p[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (positive[order[k]]) {
                    positiveRanks += rank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = p.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Total cost of deciding "positive" when {@code p >= threshold}. */
    public static double cost(double[] p, boolean[] positive, double threshold, double costFalsePositive,
                              double costFalseNegative) {
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            boolean decided = p[i] >= threshold;
            if (decided && !positive[i]) {
                total += costFalsePositive;
            } else if (!decided && positive[i]) {
                total += costFalseNegative;
            }
        }
        return total;
    }

    /**
     * The threshold with the lowest total cost on these predictions, placed halfway between two adjacent distinct
     * probabilities so that it does not sit on a training example. Ties go to the lowest threshold (the cautious side
     * when a missed default is the dearer mistake).
     */
    public static double bestThreshold(double[] p, boolean[] positive, double costFalsePositive, double costFalseNegative) {
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double[] distinct = Arrays.stream(sorted).distinct().toArray();
        double best = Double.POSITIVE_INFINITY;
        double bestThreshold = 0;
        for (int k = 0; k <= distinct.length; k++) {
            double threshold = k == 0 ? distinct[0] / 2
                    : k == distinct.length ? (distinct[k - 1] + 1) / 2
                    : (distinct[k - 1] + distinct[k]) / 2;
            double cost = cost(p, positive, threshold, costFalsePositive, costFalseNegative);
            if (cost < best) {
                best = cost;
                bestThreshold = threshold;
            }
        }
        return bestThreshold;
    }

    /**
     * The threshold at which these predictions, once calibrated, reach the cost-optimal probability
     * {@code costFalsePositive / (costFalsePositive + costFalseNegative)}. Calibration is Platt's: a logistic
     * regression of the labels on {@code logit(p)}, two parameters fitted by Newton's method. Why not the empirical
     * minimum of {@link #bestThreshold}: that cost curve is a step function of a few hundred applicants and its
     * minimum jumps with the split; the two-parameter fit uses every prediction and moves less. Falls back to
     * {@link #bestThreshold} when the fit does not rank like {@code p} (slope not positive) or does not converge
     * (the classes are separable).
     */
    public static double calibratedThreshold(double[] p, boolean[] positive, double costFalsePositive,
                                             double costFalseNegative) {
        double[] z = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            z[i] = logit(p[i]);
        }
        double slope = 1;
        double intercept = 0;
        boolean converged = false;
        for (int iteration = 0; iteration < 50 && !converged; iteration++) {
            double gSlope = 0;
            double gIntercept = 0;
            double hSS = 1e-9;
            double hSI = 0;
            double hII = 1e-9;
            for (int i = 0; i < p.length; i++) {
                double q = 1 / (1 + Math.exp(-(slope * z[i] + intercept)));
                double r = q - (positive[i] ? 1 : 0);
                double w = q * (1 - q);
                gSlope += r * z[i];
                gIntercept += r;
                hSS += w * z[i] * z[i];
                hSI += w * z[i];
                hII += w;
            }
            double det = hSS * hII - hSI * hSI;
            double dSlope = (hII * gSlope - hSI * gIntercept) / det;
            double dIntercept = (hSS * gIntercept - hSI * gSlope) / det;
            slope -= dSlope;
            intercept -= dIntercept;
            converged = Math.abs(dSlope) + Math.abs(dIntercept) < 1e-10;
        }
        // Separable predictions never converge (the slope grows without bound); the empirical minimum is exact there.
        if (!converged || !(slope > 0)) {
            return bestThreshold(p, positive, costFalsePositive, costFalseNegative);
        }
        double target = logit(costFalsePositive / (costFalsePositive + costFalseNegative));
        return 1 / (1 + Math.exp(-(target - intercept) / slope));
    }

    private static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
        return Math.log(q / (1 - q));
    }

    public static double accuracy(boolean[] decided, boolean[] positive) {
        int right = 0;
        for (int i = 0; i < decided.length; i++) {
            right += decided[i] == positive[i] ? 1 : 0;
        }
        return (double) right / decided.length;
    }
}
