package io.shopdesk.nlp.intent;

import io.shopdesk.model.SeededShuffle;
import java.util.Random;

/**
 * Multinomial logistic regression over TF-IDF features, each message's vector scaled to unit length, plus an
 * optional dense block: the message's sentence vector (static embeddings), centred on the training messages' mean
 * so that its common direction does not swamp what tells intents apart. Fitted by stochastic gradient descent:
 * {@link Settings#epochs()} passes over the examples in a seeded shuffle with a step that shrinks pass by pass, half
 * of each message's features (sparse and dense alike) dropped at random in every update (dropout, a regulariser that
 * suits sparse text features), L2 weight {@link Settings#lambda()} applied lazily (the weights carry one shared
 * scale factor, so an update touches only the message's own features, not every weight). That keeps training linear
 * in the number of features messages actually hold. Unit-length vectors make the same learning rate fit short and
 * long messages and any data set, which is why the settings are fixed once rather than tuned per data set.
 *
 * <p>Weights are stored feature-major (all labels of one feature side by side), so scoring a message reads one
 * contiguous block per feature. Immutable and thread-safe after fitting; deterministic for a given seed.
 */
final class SoftmaxRegression implements IntentScorer {
    private static final long serialVersionUID = 2L;

    /**
     * How the model is fitted.
     *
     * @param epochs       passes over the training data
     * @param learningRate step size of the first pass
     * @param decay        pass {@code e} (from 0) steps {@code learningRate / (1 + decay * e)}: large steps find the
     *                     region fast, small ones settle in it
     * @param lambda       L2 weight on the feature weights (the biases are not regularised)
     * @param dropout      share of a message's features hidden from each update (the rest scaled up to match), so
     *                     no intent leans on one word or n-gram when others in the message also say it
     * @param seed         shuffle and dropout seed
     */
    record Settings(int epochs, double learningRate, double decay, double lambda, double dropout, long seed) {
        /** The settings every intent model uses. */
        static final Settings DEFAULT = new Settings(60, 2.0, 0.1, 1e-7, 0.5, 42);
    }

    private final int labels;
    private final float[] idf;
    private final float[] weights;
    private final float[] bias;
    /** Mean training sentence vector (null without a dense block) and the dense block's weights, feature-major. */
    private final float[] denseMean;
    private final float[] denseWeights;

    private SoftmaxRegression(int labels, float[] idf, float[] weights, float[] bias, float[] denseMean,
                              float[] denseWeights) {
        this.labels = labels;
        this.idf = idf;
        this.weights = weights;
        this.bias = bias;
        this.denseMean = denseMean;
        this.denseWeights = denseWeights;
    }

    /**
     * Fits {@code k} labels over {@code p} sparse features and, when any example has one, a dense sentence vector.
     *
     * @param x     each example's sorted, distinct feature indices
     * @param dense each example's unit-length sentence vector, or null for an example without one
     * @param y     each example's label position
     */
    static SoftmaxRegression fit(int p, int k, int[][] x, float[][] dense, int[] y, Settings settings) {
        float[] idf = inverseDocumentFrequencies(p, x);
        float[] mean = meanVector(dense);
        int dims = mean == null ? 0 : mean.length;
        int[][] columns = new int[x.length][];
        double[][] values = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] sparse = unitVector(x[i], idf);
            boolean hasDense = dims > 0 && dense[i] != null;
            columns[i] = new int[x[i].length + (hasDense ? dims : 0)];
            values[i] = new double[columns[i].length];
            System.arraycopy(x[i], 0, columns[i], 0, x[i].length);
            System.arraycopy(sparse, 0, values[i], 0, sparse.length);
            if (hasDense) {
                for (int d = 0; d < dims; d++) {
                    columns[i][x[i].length + d] = p + d;
                    values[i][x[i].length + d] = dense[i][d] - mean[d];
                }
            }
        }
        double[] w = fitWeights(p + dims, k, columns, values, y, settings);
        float[] weights = new float[p * k];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = (float) w[j];
        }
        float[] denseWeights = null;
        if (dims > 0) {
            denseWeights = new float[dims * k];
            for (int j = 0; j < denseWeights.length; j++) {
                denseWeights[j] = (float) w[p * k + j];
            }
        }
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            bias[c] = (float) w[w.length - k + c];
        }
        return new SoftmaxRegression(k, idf, weights, bias, mean, denseWeights);
    }

    /**
     * From this many labels the fit's inner loops run in copies of their own ({@link #addScaledWide},
     * {@link #subtractScaledWide}), the same arithmetic. The JIT sizes a loop's unrolling, and with it whether the
     * loop is vectorised, from the trip counts it has profiled, and a method's profile is shared by every call: in a
     * JVM that had fitted models of a few labels (CI's one test JVM runs dozens of such fits before CLINC150), the
     * compiled fit of 151 labels ran at about half speed (CLINC150's {@code train}: 64.7 s in CI against 33.7 s
     * alone; {@code FitProfileBench}, eight passes: 6.8-8.2 s after 300 three-label fits against 3.6-4.1 s without,
     * and 3.8-5.1 s after them with the copies). The copies only ever see wide rows. A service that retrains a large
     * intent set after small ones is the same case.
     */
    static final int WIDE = 16;

    /**
     * SGD over (column, value) rows; returns the {@code columns * k} weights followed by the {@code k} biases. While
     * fitting, each column's weights are their own array: the inner loops then index the gradient and the row alike,
     * which lets the JIT vectorise them (with one flat array it cannot rule out overlap), about 3x faster.
     */
    private static double[] fitWeights(int columns, int k, int[][] x, double[][] values, int[] y, Settings settings) {
        double[][] w = new double[columns][k];
        double[] b = new double[k];
        double[] gradient = new double[k];
        double scale = 1;
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        int longest = 0;
        for (int[] xi : x) {
            longest = Math.max(longest, xi.length);
        }
        int[] kept = new int[longest];
        double[] keptValues = new double[longest];
        double keep = 1 - settings.dropout();
        DropoutMask mask = new DropoutMask(random, keep);
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            SeededShuffle.shuffle(order, random);
            double rate = settings.learningRate() / (1 + settings.decay() * epoch);
            double shrink = 1 - rate * settings.lambda();
            for (int i : order) {
                int n = 0;
                for (int t = 0; t < x[i].length; t++) {
                    if (mask.keep()) {
                        kept[n] = x[i][t];
                        keptValues[n++] = values[i][t] / keep;
                    }
                }
                System.arraycopy(b, 0, gradient, 0, k);
                for (int t = 0; t < n; t++) {
                    if (k >= WIDE) {
                        addScaledWide(gradient, w[kept[t]], keptValues[t] * scale, k);
                    } else {
                        addScaled(gradient, w[kept[t]], keptValues[t] * scale, k);
                    }
                }
                softmax(gradient);
                gradient[y[i]] -= 1;
                scale *= shrink;
                double step = rate / scale;
                for (int t = 0; t < n; t++) {
                    if (k >= WIDE) {
                        subtractScaledWide(w[kept[t]], gradient, step * keptValues[t], k);
                    } else {
                        subtractScaled(w[kept[t]], gradient, step * keptValues[t], k);
                    }
                }
                for (int c = 0; c < k; c++) {
                    b[c] -= rate * gradient[c];
                }
                if (scale < 1e-6) {
                    for (double[] row : w) {
                        for (int c = 0; c < k; c++) {
                            row[c] *= scale;
                        }
                    }
                    scale = 1;
                }
            }
        }
        double[] out = new double[columns * k + k];
        for (int j = 0; j < columns; j++) {
            for (int c = 0; c < k; c++) {
                out[j * k + c] = w[j][c] * scale;
            }
        }
        System.arraycopy(b, 0, out, columns * k, k);
        return out;
    }

    /**
     * {@code target[c] += v * row[c]} for the first {@code k} entries. The fit's one long call is compiled by the JIT
     * mid-run (on-stack replacement, entered at a loop back-edge). Written inline as the innermost loops of
     * {@link #fitWeights}, this loop and {@link #subtractScaled}'s ran about as fast as scalar code; written as small
     * methods, which {@code -XX:+PrintInlining} shows the JIT still inlines there, they run vectorised: a CLINC150 fit
     * took 43-44 s against 24-25 s, with bit-identical weights (the arithmetic is unchanged). Keep them as methods.
     */
    private static void addScaled(double[] target, double[] row, double v, int k) {
        for (int c = 0; c < k; c++) {
            target[c] += v * row[c];
        }
    }

    /** {@code row[c] -= g * gradient[c]} for the first {@code k} entries; see {@link #addScaled}. */
    private static void subtractScaled(double[] row, double[] gradient, double g, int k) {
        for (int c = 0; c < k; c++) {
            row[c] -= g * gradient[c];
        }
    }

    /** {@link #addScaled} for fits of {@link #WIDE} labels or more; see there. */
    private static void addScaledWide(double[] target, double[] row, double v, int k) {
        for (int c = 0; c < k; c++) {
            target[c] += v * row[c];
        }
    }

    /** {@link #subtractScaled} for fits of {@link #WIDE} labels or more; see {@link #WIDE}. */
    private static void subtractScaledWide(double[] row, double[] gradient, double g, int k) {
        for (int c = 0; c < k; c++) {
            row[c] -= g * gradient[c];
        }
    }

    @Override
    public void probabilities(int[] features, float[] embedding, double[] probabilities) {
        double norm = 0;
        for (int j : features) {
            norm += (double) idf[j] * idf[j];
        }
        norm = norm == 0 ? 1 : Math.sqrt(norm);
        for (int c = 0; c < labels; c++) {
            probabilities[c] = bias[c];
        }
        for (int j : features) {
            int base = j * labels;
            double v = idf[j] / norm;
            for (int c = 0; c < labels; c++) {
                probabilities[c] += v * weights[base + c];
            }
        }
        if (denseMean != null && embedding != null && embedding.length == denseMean.length) {
            for (int d = 0; d < denseMean.length; d++) {
                int base = d * labels;
                float v = embedding[d] - denseMean[d];
                for (int c = 0; c < labels; c++) {
                    probabilities[c] += v * denseWeights[base + c];
                }
            }
        }
        softmax(probabilities);
    }

    /** The mean of the examples' sentence vectors, or null when none has one. */
    private static float[] meanVector(float[][] dense) {
        if (dense == null) {
            return null;
        }
        double[] sum = null;
        int n = 0;
        for (float[] v : dense) {
            if (v == null) {
                continue;
            }
            if (sum == null) {
                sum = new double[v.length];
            }
            for (int d = 0; d < v.length; d++) {
                sum[d] += v[d];
            }
            n++;
        }
        if (sum == null) {
            return null;
        }
        float[] mean = new float[sum.length];
        for (int d = 0; d < sum.length; d++) {
            mean[d] = (float) (sum[d] / n);
        }
        return mean;
    }

    /** Smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1, so a feature in every message still counts. */
    private static float[] inverseDocumentFrequencies(int p, int[][] x) {
        int[] df = new int[p];
        for (int[] xi : x) {
            for (int j : xi) {
                df[j]++;
            }
        }
        float[] idf = new float[p];
        for (int j = 0; j < p; j++) {
            idf[j] = (float) (Math.log((1.0 + x.length) / (1.0 + df[j])) + 1);
        }
        return idf;
    }

    private static double[] unitVector(int[] xi, float[] idf) {
        double[] v = new double[xi.length];
        double norm = 0;
        for (int t = 0; t < xi.length; t++) {
            v[t] = idf[xi[t]];
            norm += v[t] * v[t];
        }
        norm = norm == 0 ? 1 : Math.sqrt(norm);
        for (int t = 0; t < xi.length; t++) {
            v[t] /= norm;
        }
        return v;
    }

    static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
    }
}
