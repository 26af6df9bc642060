package io.shopdesk.recommendation;

import io.shopdesk.model.SeededShuffle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * K-fold cross-validation of recommenders on one ratings set: the ratings are shuffled with a seed and cut into K
 * folds of (nearly) equal size; each fold is the test set once while the others train. Every algorithm sees the same
 * folds, so their figures compare. Thread-safe (stateless apart from its settings).
 */
public final class RecommenderCrossValidator {

    /** An algorithm to compare: its name and how it trains a model from ratings. */
    public record Algorithm(String name, Function<RatingData, RecommenderModel> trainer) {
    }

    /** Called after each fold of each algorithm, for a progress bar. */
    public interface Listener {
        void foldDone(String algorithm, int fold, RecommenderMetrics metrics);
    }

    private final int folds;
    private final long seed;
    private final RecommenderEvaluator evaluator;

    public RecommenderCrossValidator(int folds, long seed, RecommenderEvaluator evaluator) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        }
        this.folds = folds;
        this.seed = seed;
        this.evaluator = evaluator;
    }

    /** The shipped algorithms with their fixed settings: popularity, item-cf, mf, and the mf+item-cf average. */
    public static List<Algorithm> algorithms() {
        ItemCfTrainer itemCf = new ItemCfTrainer();
        MatrixFactorizationTrainer mf = new MatrixFactorizationTrainer();
        return List.of(new Algorithm("popularity", PopularityModel::train),
                new Algorithm("item-cf", itemCf::train),
                new Algorithm("mf", mf::train),
                new Algorithm("mf+item-cf", BlendModel::train));
    }

    /** Row numbers of each fold; the same seed gives the same folds. */
    public int[][] folds(int size) {
        int[] order = new int[size];
        for (int r = 0; r < size; r++) {
            order[r] = r;
        }
        SeededShuffle.shuffle(order, new SplittableRandom(seed));
        int[][] result = new int[folds][];
        for (int f = 0; f < folds; f++) {
            int from = (int) ((long) size * f / folds);
            int to = (int) ((long) size * (f + 1) / folds);
            result[f] = java.util.Arrays.copyOfRange(order, from, to);
        }
        return result;
    }

    /** Mean metrics per algorithm, in the order given. */
    public Map<String, RecommenderMetrics> run(RatingData data, List<Algorithm> algorithms, Listener listener) {
        if (data.size() < folds) {
            throw new RatingDataException(data.size() + " ratings cannot be split into " + folds + " folds");
        }
        int[][] split = folds(data.size());
        Map<String, List<RecommenderMetrics>> perFold = new LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            RatingData test = data.subset(split[f]);
            RatingData train = data.subset(trainRows(split, f, data.size()));
            for (Algorithm algorithm : algorithms) {
                RecommenderMetrics metrics = evaluator.evaluate(algorithm.trainer().apply(train), train, test);
                perFold.computeIfAbsent(algorithm.name(), k -> new ArrayList<>()).add(metrics);
                listener.foldDone(algorithm.name(), f, metrics);
            }
        }
        Map<String, RecommenderMetrics> means = new LinkedHashMap<>();
        perFold.forEach((name, list) -> means.put(name, RecommenderMetrics.mean(list)));
        return means;
    }

    private static int[] trainRows(int[][] split, int testFold, int size) {
        int[] rows = new int[size - split[testFold].length];
        int at = 0;
        for (int f = 0; f < split.length; f++) {
            if (f != testFold) {
                System.arraycopy(split[f], 0, rows, at, split[f].length);
                at += split[f].length;
            }
        }
        return rows;
    }
}
