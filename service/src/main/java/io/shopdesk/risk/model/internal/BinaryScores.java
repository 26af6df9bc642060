package io.shopdesk.risk.model.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Scores of binary probability predictions: AUC and the cost-minimising threshold. Stateless. */
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

    public static double accuracy(boolean[] decided, boolean[] positive) {
        int right = 0;
        for (int i = 0; i < decided.length; i++) {
            right += decided[i] == positive[i] ? 1 : 0;
        }
        return (double) right / decided.length;
    }
}
