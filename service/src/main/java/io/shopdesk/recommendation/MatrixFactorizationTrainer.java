package io.shopdesk.recommendation;

import io.shopdesk.model.SeededShuffle;
import java.util.SplittableRandom;

/**
 * Trains {@link MatrixFactorizationModel} by stochastic gradient descent over the ratings in a seeded random order
 * each epoch, with a learning rate that decays per epoch. Same data and settings, same model. The settings were
 * chosen once, from the literature's usual ranges (Koren 2009; Surprise's SVD), not tuned on a benchmark.
 * Thread-safe (stateless apart from its settings).
 */
public final class MatrixFactorizationTrainer {

    /**
     * @param factors     latent dimensions
     * @param epochs      passes over the ratings
     * @param learningRate SGD step at the first epoch
     * @param decay       the step is multiplied by this after each epoch
     * @param regFactors  L2 penalty on the factors
     * @param regBias     L2 penalty on the biases
     * @param initStd     standard deviation of the initial factors
     */
    public record Settings(int factors, int epochs, double learningRate, double decay, double regFactors,
                           double regBias, double initStd, long seed) {
        public static final Settings DEFAULT = new Settings(100, 40, 0.01, 0.95, 0.06, 0.02, 0.05, 42);
    }

    private final Settings settings;

    public MatrixFactorizationTrainer(Settings settings) {
        this.settings = settings;
    }

    public MatrixFactorizationTrainer() {
        this(Settings.DEFAULT);
    }

    public Settings settings() {
        return settings;
    }

    public MatrixFactorizationModel train(RatingData data) {
        int k = settings.factors();
        SplittableRandom random = new SplittableRandom(settings.seed());
        double mean = data.mean();
        float[] bu = new float[data.userCount()];
        float[] bi = new float[data.itemCount()];
        float[] p = gaussian(data.userCount() * k, random);
        float[] q = gaussian(data.itemCount() * k, random);
        int[] order = new int[data.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        float lr = (float) settings.learningRate();
        float regF = (float) settings.regFactors();
        float regB = (float) settings.regBias();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            SeededShuffle.shuffle(order, random);
            for (int r : order) {
                int u = data.user(r);
                int i = data.item(r);
                int uo = u * k;
                int io = i * k;
                float err = (float) (data.value(r) - mean - bu[u] - bi[i] - MatrixFactorizationModel.dot(p, q, uo, io, k));
                bu[u] += lr * (err - regB * bu[u]);
                bi[i] += lr * (err - regB * bi[i]);
                for (int f = 0; f < k; f++) {
                    float pu = p[uo + f];
                    float qi = q[io + f];
                    p[uo + f] += lr * (err * qi - regF * pu);
                    q[io + f] += lr * (err * pu - regF * qi);
                }
            }
            lr *= (float) settings.decay();
        }
        zeroUnseen(data, p, q, k);
        return new MatrixFactorizationModel(k, mean, bu, bi, p, q, data.min(), data.max());
    }

    /** Factors of users and items without a training rating are noise; zero keeps their predictions at the biases. */
    private static void zeroUnseen(RatingData data, float[] p, float[] q, int k) {
        boolean[] seenUser = new boolean[data.userCount()];
        boolean[] seenItem = new boolean[data.itemCount()];
        for (int r = 0; r < data.size(); r++) {
            seenUser[data.user(r)] = true;
            seenItem[data.item(r)] = true;
        }
        for (int u = 0; u < seenUser.length; u++) {
            if (!seenUser[u]) {
                java.util.Arrays.fill(p, u * k, (u + 1) * k, 0f);
            }
        }
        for (int i = 0; i < seenItem.length; i++) {
            if (!seenItem[i]) {
                java.util.Arrays.fill(q, i * k, (i + 1) * k, 0f);
            }
        }
    }

    private float[] gaussian(int n, SplittableRandom random) {
        float[] values = new float[n];
        for (int x = 0; x < n; x++) {
            values[x] = (float) (nextGaussian(random) * settings.initStd());
        }
        return values;
    }

    private static double nextGaussian(SplittableRandom random) {
        return random.nextGaussian();
    }
}
