package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.RatingData;

/**
 * Global mean plus user and item biases, fitted by alternating regularised least squares (Koren 2010, section 2.1):
 * the part of a rating that neighbours and factors need not explain. Immutable once fitted; thread-safe.
 *
 * @param userBias index by user; 0 for users without ratings
 * @param itemBias index by item; 0 for items without ratings
 */
public record Baseline(double mean, double[] userBias, double[] itemBias) {

    public static Baseline fit(RatingData data, int iterations, double regUser, double regItem) {
        double mean = data.mean();
        double[] bu = new double[data.userCount()];
        double[] bi = new double[data.itemCount()];
        double[] sum = new double[Math.max(data.userCount(), data.itemCount())];
        int[] count = new int[sum.length];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(sum, 0);
            java.util.Arrays.fill(count, 0);
            for (int r = 0; r < data.size(); r++) {
                sum[data.item(r)] += data.value(r) - mean - bu[data.user(r)];
                count[data.item(r)]++;
            }
            for (int i = 0; i < bi.length; i++) {
                bi[i] = sum[i] / (regItem + count[i]);
            }
            java.util.Arrays.fill(sum, 0);
            java.util.Arrays.fill(count, 0);
            for (int r = 0; r < data.size(); r++) {
                sum[data.user(r)] += data.value(r) - mean - bi[data.item(r)];
                count[data.user(r)]++;
            }
            for (int u = 0; u < bu.length; u++) {
                bu[u] = sum[u] / (regUser + count[u]);
            }
        }
        return new Baseline(mean, bu, bi);
    }

    public double estimate(int user, int item) {
        return mean + userBias[user] + itemBias[item];
    }
}
