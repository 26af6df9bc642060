package io.shopdesk.recommendation;

/**
 * The baseline every recommender must beat: items ordered by how many users rated (bought, viewed) them, and a
 * rating predicted as the global mean plus the item's damped deviation from it. Ignores who the user is.
 * Immutable and thread-safe.
 */
public final class PopularityModel implements RecommenderModel {
    /** Pseudo-ratings at the global mean that pull a rarely rated item's mean towards it. */
    static final double DAMPING = 25;

    private final int users;
    private final double mean;
    private final double[] itemMean;
    private final int[] counts;
    private final double min;
    private final double max;

    PopularityModel(int users, double mean, double[] itemMean, int[] counts, double min, double max) {
        this.users = users;
        this.mean = mean;
        this.itemMean = itemMean;
        this.counts = counts;
        this.min = min;
        this.max = max;
    }

    /** Counts and damped means over {@code data}; items of the numbering that were never rated get count 0. */
    public static PopularityModel train(RatingData data) {
        double mean = data.mean();
        double[] sum = new double[data.itemCount()];
        int[] counts = new int[data.itemCount()];
        for (int r = 0; r < data.size(); r++) {
            sum[data.item(r)] += data.value(r);
            counts[data.item(r)]++;
        }
        double[] itemMean = new double[data.itemCount()];
        for (int i = 0; i < itemMean.length; i++) {
            itemMean[i] = (sum[i] + DAMPING * mean) / (counts[i] + DAMPING);
        }
        return new PopularityModel(data.userCount(), mean, itemMean, counts, data.min(), data.max());
    }

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public int userCount() {
        return users;
    }

    @Override
    public int itemCount() {
        return counts.length;
    }

    @Override
    public double predict(int user, int item) {
        return Math.clamp(itemMean[item], min, max);
    }

    /** The number of ratings, with the damped mean as a tie-break below one count. */
    @Override
    public double rank(int user, int item) {
        return counts[item] + itemMean[item] / (max + 1);
    }

    public int count(int item) {
        return counts[item];
    }

    double mean() {
        return mean;
    }

    double[] itemMeans() {
        return itemMean;
    }

    int[] counts() {
        return counts;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }
}
