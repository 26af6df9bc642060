package io.shopdesk.risk.model;

import io.shopdesk.risk.model.internal.BinaryScores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Measures {@link FinancingModelTrainer} with stratified k-fold cross-validation, including the decision threshold:
 * inside each training fold the threshold is chosen from that fold's own out-of-fold predictions (an inner
 * {@value #INNER_FOLDS}-fold split; see {@link #chooseThreshold}), then the fold's model and threshold are applied to
 * the held-out applicants, which neither saw. Folds are shuffled with the trainer's seed, so the same data and seed
 * always give the same figures. Thread-safe (no state between calls).
 */
public final class FinancingCrossValidator {
    public static final int INNER_FOLDS = 5;

    /** What the two mistakes cost: approving a defaulter (false negative) and refusing a good payer (false positive). */
    public record Costs(double falsePositive, double falseNegative) {
        public Costs {
            if (!(falsePositive >= 0 && falseNegative >= 0) || falsePositive + falseNegative == 0) {
                throw new IllegalArgumentException("costs must be non-negative and not both zero");
            }
        }
    }

    /**
     * The figures of one cross-validation; every applicant is scored once by a model (and threshold) that did not see it.
     *
     * @param auc          AUC over all held-out probabilities pooled
     * @param meanFoldAuc  mean of the folds' own AUCs
     * @param accuracy     share of applicants decided right at their fold's threshold
     * @param expectedCost mean cost per applicant at their fold's threshold
     * @param threshold    mean of the folds' thresholds ({@code minThreshold}..{@code maxThreshold} their range)
     */
    public record Result(int folds, int n, int positives, double auc, double meanFoldAuc, double accuracy,
                         double expectedCost, double threshold, double minThreshold, double maxThreshold) {
    }

    private final FinancingModelTrainer trainer;
    private final int folds;
    private final Costs costs;

    public FinancingCrossValidator(FinancingModelTrainer trainer, int folds, Costs costs) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least two folds, got " + folds);
        }
        this.trainer = trainer;
        this.folds = folds;
        this.costs = costs;
    }

    public Result evaluate(FinancingData data) {
        int[] foldOf = assignFolds(data, folds, trainer.seed());
        double[] p = new double[data.size()];
        boolean[] decided = new boolean[data.size()];
        double[] thresholds = new double[folds];
        double foldAucSum = 0;
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            int[] trainIdx = IntStream.range(0, data.size()).filter(i -> foldOf[i] != f).toArray();
            int[] testIdx = IntStream.range(0, data.size()).filter(i -> foldOf[i] == f).toArray();
            FinancingData train = data.subset(trainIdx);
            thresholds[fold] = chooseThreshold(train);
            FinancingModel model = trainer.train(train);
            double[] foldP = new double[testIdx.length];
            boolean[] foldY = new boolean[testIdx.length];
            for (int k = 0; k < testIdx.length; k++) {
                int i = testIdx[k];
                p[i] = model.probability(data.rows().get(i));
                decided[i] = p[i] >= thresholds[fold];
                foldP[k] = p[i];
                foldY[k] = data.isPositive(i);
            }
            foldAucSum += BinaryScores.auc(foldP, foldY);
        }
        double cost = 0;
        for (int i = 0; i < data.size(); i++) {
            if (decided[i] && !data.isPositive(i)) {
                cost += costs.falsePositive();
            } else if (!decided[i] && data.isPositive(i)) {
                cost += costs.falseNegative();
            }
        }
        var range = java.util.Arrays.stream(thresholds).summaryStatistics();
        return new Result(folds, data.size(), data.positives(), BinaryScores.auc(p, data.positive()),
                foldAucSum / folds, BinaryScores.accuracy(decided, data.positive()), cost / data.size(),
                range.getAverage(), range.getMin(), range.getMax());
    }

    /**
     * The decision threshold for a model trained on {@code data}, from out-of-fold predictions of an inner
     * {@value #INNER_FOLDS}-fold split of {@code data} alone: those predictions are calibrated (Platt) and the
     * threshold is where the calibrated probability reaches the cost ratio FP / (FP + FN), see
     * {@link BinaryScores#calibratedThreshold}. Also what a release records for the model trained on all the data.
     */
    public double chooseThreshold(FinancingData data) {
        int[] foldOf = assignFolds(data, INNER_FOLDS, trainer.seed() + 1);
        double[] p = new double[data.size()];
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            int f = fold;
            FinancingModel model = trainer.train(data.subset(IntStream.range(0, data.size()).filter(i -> foldOf[i] != f).toArray()));
            for (int i = 0; i < data.size(); i++) {
                if (foldOf[i] == fold) {
                    p[i] = model.probability(data.rows().get(i));
                }
            }
        }
        return BinaryScores.calibratedThreshold(p, data.positive(), costs.falsePositive(), costs.falseNegative());
    }

    /** Shuffles each class with the seed and deals it round-robin over the folds, continuing across classes. */
    static int[] assignFolds(FinancingData data, int folds, long seed) {
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            (data.isPositive(i) ? positives : negatives).add(i);
        }
        if (positives.size() < folds || negatives.size() < folds) {
            throw new FinancingDataException(folds + "-fold cross-validation needs at least " + folds
                    + " applicants of each class; found " + positives.size() + " positive and " + negatives.size()
                    + " negative");
        }
        Random random = new Random(seed);
        int[] foldOf = new int[data.size()];
        int next = 0;
        for (List<Integer> group : List.of(positives, negatives)) {
            Collections.shuffle(group, random);
            for (int i : group) {
                foldOf[i] = next++ % folds;
            }
        }
        return foldOf;
    }
}
