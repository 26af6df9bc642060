package io.shopdesk.recommendation;

/**
 * Biased matrix factorisation (Funk SVD with biases, Koren 2009): a rating is the global mean, a user bias, an item
 * bias and the dot product of a user's and an item's latent factors. A user or item never seen in training has
 * zero bias and zero factors, so the prediction falls back to what is known. Scoring all items for one user is one
 * pass over the item factors, allocation-free. Immutable and thread-safe.
 */
public final class MatrixFactorizationModel implements RecommenderModel {
    private final int factors;
    private final double mean;
    private final float[] userBias;
    private final float[] itemBias;
    private final float[] userFactors;
    private final float[] itemFactors;
    private final double min;
    private final double max;

    MatrixFactorizationModel(int factors, double mean, float[] userBias, float[] itemBias, float[] userFactors,
                             float[] itemFactors, double min, double max) {
        this.factors = factors;
        this.mean = mean;
        this.userBias = userBias;
        this.itemBias = itemBias;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.min = min;
        this.max = max;
    }

    @Override
    public String name() {
        return "mf";
    }

    @Override
    public int userCount() {
        return userBias.length;
    }

    @Override
    public int itemCount() {
        return itemBias.length;
    }

    public int factors() {
        return factors;
    }

    @Override
    public double predict(int user, int item) {
        return Math.clamp(raw(user, item), min, max);
    }

    @Override
    public double rank(int user, int item) {
        return raw(user, item);
    }

    /** The unclipped estimate; ranking uses it so that items above the scale's top stay ordered. */
    public double raw(int user, int item) {
        return mean + userBias[user] + itemBias[item] + dot(user, item);
    }

    /**
     * Four running sums instead of one: a single sum is a chain of dependent additions, each waiting for the
     * previous, which made scoring 10,000 items four times slower than the arithmetic needs.
     */
    private double dot(int user, int item) {
        return dot(userFactors, itemFactors, user * factors, item * factors, factors);
    }

    /** The dot product of the {@code k} factors at {@code uo} in {@code p} and {@code io} in {@code q}; shared with training. */
    static float dot(float[] p, float[] q, int uo, int io, int k) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int f = 0;
        for (; f + 3 < k; f += 4) {
            s0 += p[uo + f] * q[io + f];
            s1 += p[uo + f + 1] * q[io + f + 1];
            s2 += p[uo + f + 2] * q[io + f + 2];
            s3 += p[uo + f + 3] * q[io + f + 3];
        }
        for (; f < k; f++) {
            s0 += p[uo + f] * q[io + f];
        }
        return (s0 + s1) + (s2 + s3);
    }

    double mean() {
        return mean;
    }

    float[] userBias() {
        return userBias;
    }

    float[] itemBias() {
        return itemBias;
    }

    float[] userFactors() {
        return userFactors;
    }

    float[] itemFactors() {
        return itemFactors;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }
}
