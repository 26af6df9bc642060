package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.UserRatings;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Measures a model on held-out ratings the way the recommender literature does. Rating prediction: RMSE and MAE
 * over every test rating. Ranking: for each test user, every item seen in training that the user did not rate in
 * training is scored, the top N are compared with the user's relevant test items (rating at or above the
 * threshold, 4 on a 1-5 scale); precision@N = hits / N, recall@N = hits / relevant, NDCG@N with binary gains
 * (1 / log2(rank + 1), ideal = all relevant items first). Users without a relevant test item are skipped.
 * Thread-safe (stateless apart from its settings); users are ranked in parallel.
 */
public final class RecommenderEvaluator {
    private final int n;
    private final double relevant;

    public RecommenderEvaluator(int n, double relevantThreshold) {
        this.n = n;
        this.relevant = relevantThreshold;
    }

    public RecommenderEvaluator() {
        this(10, 4.0);
    }

    public int n() {
        return n;
    }

    public RecommenderMetrics evaluate(RecommenderModel model, RatingData train, RatingData test) {
        double squared = 0;
        double absolute = 0;
        for (int r = 0; r < test.size(); r++) {
            double error = model.predict(test.user(r), test.item(r)) - test.value(r);
            squared += error * error;
            absolute += Math.abs(error);
        }
        UserRatings trained = UserRatings.byUser(train);
        UserRatings tested = UserRatings.byUser(test);
        boolean[] known = new boolean[train.itemCount()];
        for (int r = 0; r < train.size(); r++) {
            known[train.item(r)] = true;
        }
        double[][] perUser = IntStream.range(0, tested.groups()).parallel()
                .mapToObj(u -> rankUser(model, u, trained, tested, known))
                .filter(java.util.Objects::nonNull)
                .toArray(double[][]::new);
        int users = perUser.length;
        double precision = Arrays.stream(perUser).mapToDouble(m -> m[0]).sum();
        double recall = Arrays.stream(perUser).mapToDouble(m -> m[1]).sum();
        double ndcg = Arrays.stream(perUser).mapToDouble(m -> m[2]).sum();
        int size = Math.max(test.size(), 1);
        return new RecommenderMetrics(Math.sqrt(squared / size), absolute / size,
                users == 0 ? 0 : precision / users, users == 0 ? 0 : recall / users, users == 0 ? 0 : ndcg / users,
                test.size(), users);
    }

    private double[] rankUser(RecommenderModel model, int user, UserRatings trained, UserRatings tested, boolean[] known) {
        int relevantCount = 0;
        for (int p = tested.from(user); p < tested.to(user); p++) {
            if (tested.value(p) >= relevant) {
                relevantCount++;
            }
        }
        if (relevantCount == 0) {
            return null;
        }
        TopN top = new TopN(n);
        for (int item = 0; item < known.length; item++) {
            if (known[item] && trained.find(user, item) < 0) {
                top.offer(item, model.rank(user, item));
            }
        }
        int[] ranked = top.items();
        boolean[] hits = new boolean[ranked.length];
        for (int x = 0; x < ranked.length; x++) {
            int at = tested.find(user, ranked[x]);
            hits[x] = at >= 0 && tested.value(at) >= relevant;
        }
        return new double[] {precision(hits, n), recall(hits, relevantCount), ndcg(hits, relevantCount, n)};
    }

    /** Hits in the list over N (a list shorter than N still divides by N). */
    public static double precision(boolean[] hits, int n) {
        return (double) count(hits) / n;
    }

    /** Hits in the list over the number of relevant items. */
    public static double recall(boolean[] hits, int relevantCount) {
        return relevantCount == 0 ? 0 : (double) count(hits) / relevantCount;
    }

    /** DCG of the list over the DCG of a list with min(relevant, N) hits first; gains are 0 or 1. */
    public static double ndcg(boolean[] hits, int relevantCount, int n) {
        double dcg = 0;
        for (int x = 0; x < hits.length; x++) {
            if (hits[x]) {
                dcg += 1 / log2(x + 2);
            }
        }
        double ideal = 0;
        for (int x = 0; x < Math.min(relevantCount, n); x++) {
            ideal += 1 / log2(x + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static int count(boolean[] hits) {
        int c = 0;
        for (boolean h : hits) {
            if (h) {
                c++;
            }
        }
        return c;
    }

    /** The N best (item, score) pairs seen, ties broken by the lower item number. Not thread-safe. */
    static final class TopN {
        private final int[] items;
        private final double[] scores;
        private int size;

        TopN(int n) {
            items = new int[n];
            scores = new double[n];
        }

        void offer(int item, double score) {
            if (items.length == 0) {
                return;
            }
            if (size == items.length && score <= scores[size - 1]) {
                return;
            }
            int at = size == items.length ? size - 1 : size++;
            while (at > 0 && scores[at - 1] < score) {
                items[at] = items[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }
            items[at] = item;
            scores[at] = score;
        }

        int[] items() {
            return Arrays.copyOf(items, size);
        }
    }
}
