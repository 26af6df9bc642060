package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.Baseline;
import io.shopdesk.recommendation.internal.UserRatings;

/**
 * Item-based collaborative filtering (Sarwar et al. 2001) with a baseline (Koren 2010): each item keeps its most
 * similar items, by cosine similarity, precomputed; a user's rating of an item is the baseline plus the
 * similarity-weighted deviations of the user's ratings of the nearest of those neighbours. "Similar items" for a
 * product page or an order is the neighbour list itself, with no arithmetic at request time.
 * Immutable and thread-safe.
 */
public final class ItemCfModel implements RecommenderModel {
    private final Baseline baseline;
    private final UserRatings ratings;
    private final int[][] neighbours;
    private final float[][] similarities;
    private final int k;
    private final double min;
    private final double max;

    ItemCfModel(Baseline baseline, UserRatings ratings, int[][] neighbours, float[][] similarities, int k,
                double min, double max) {
        this.baseline = baseline;
        this.ratings = ratings;
        this.neighbours = neighbours;
        this.similarities = similarities;
        this.k = k;
        this.min = min;
        this.max = max;
    }

    @Override
    public String name() {
        return "item-cf";
    }

    @Override
    public int userCount() {
        return ratings.groups();
    }

    @Override
    public int itemCount() {
        return neighbours.length;
    }

    @Override
    public double predict(int user, int item) {
        return Math.clamp(raw(user, item), min, max);
    }

    @Override
    public double rank(int user, int item) {
        return raw(user, item);
    }

    private double raw(int user, int item) {
        double estimate = baseline.estimate(user, item);
        int[] near = neighbours[item];
        float[] sims = similarities[item];
        double num = 0;
        double den = 0;
        int used = 0;
        for (int n = 0; n < near.length && used < k; n++) {
            int at = ratings.find(user, near[n]);
            if (at >= 0) {
                num += sims[n] * (ratings.value(at) - baseline.estimate(user, near[n]));
                den += sims[n];
                used++;
            }
        }
        return den > 0 ? estimate + num / den : estimate;
    }

    /** How many items {@code user} rated in the training data. */
    public int ratedCount(int user) {
        return user < ratings.groups() ? ratings.to(user) - ratings.from(user) : 0;
    }

    /** Whether {@code user} rated (viewed, bought) {@code item} in the training data. */
    public boolean hasRated(int user, int item) {
        return user < ratings.groups() && ratings.find(user, item) >= 0;
    }

    /** The items most similar to {@code item}, most similar first (not copied: do not modify). */
    public int[] neighbours(int item) {
        return neighbours[item];
    }

    /** Similarities matching {@link #neighbours(int)} (not copied: do not modify). */
    public float[] similarities(int item) {
        return similarities[item];
    }

    /** The cosine similarity of two items, 0 when {@code other} is not among {@code item}'s kept neighbours. */
    public double similarity(int item, int other) {
        int[] near = neighbours[item];
        for (int n = 0; n < near.length; n++) {
            if (near[n] == other) {
                return similarities[item][n];
            }
        }
        return 0;
    }

    Baseline baseline() {
        return baseline;
    }

    UserRatings ratings() {
        return ratings;
    }

    int k() {
        return k;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    int[][] allNeighbours() {
        return neighbours;
    }

    float[][] allSimilarities() {
        return similarities;
    }
}
