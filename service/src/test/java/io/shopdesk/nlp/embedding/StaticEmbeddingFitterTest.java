package io.shopdesk.nlp.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fitter on a small synthetic world: texts are bags of pieces, their "encoder" vectors come from hidden true
 * rows, and the rows it starts from are those true rows blurred by noise. Fitting must bring held-out texts closer
 * to their targets, leave rows of unused pieces alone and give the same table for the same seed.
 */
class StaticEmbeddingFitterTest {
    private static final int PIECES = 200;
    private static final int UNUSED = 190;
    private static final int DIMENSIONS = 16;

    @Test
    void fittingBringsHeldOutTextsCloserToTheEncoder() {
        World world = new World(1);
        double[] cosines = new StaticEmbeddingFitter(new StaticEmbeddingFitter.Settings(5, 0.05, 42, 0.1))
                .fit(world.rows, world.texts, world.targets, pass -> { });

        assertThat(cosines).hasSize(6);
        assertThat(cosines[0]).isLessThan(0.8);
        assertThat(cosines[5]).isGreaterThan(cosines[0] + 0.1);
    }

    @Test
    void rowsOfPiecesNoTextUsesKeepTheirValues() {
        World world = new World(1);
        float[][] before = copy(world.rows);
        new StaticEmbeddingFitter(StaticEmbeddingFitter.Settings.DEFAULT).fit(world.rows, world.texts, world.targets, pass -> { });

        for (int id = UNUSED; id < PIECES; id++) {
            assertThat(world.rows[id]).as("row %d", id).containsExactly(before[id]);
        }
        assertThat(world.rows[0]).isNotEqualTo(before[0]);
    }

    @Test
    void theSameSeedGivesTheSameTable() {
        World first = new World(1);
        World second = new World(1);
        var settings = new StaticEmbeddingFitter.Settings(3, 0.02, 7, 0.05);
        new StaticEmbeddingFitter(settings).fit(first.rows, first.texts, first.targets, pass -> { });
        new StaticEmbeddingFitter(settings).fit(second.rows, second.texts, second.targets, pass -> { });

        assertThat(first.rows).isDeepEqualTo(second.rows);
    }

    /** Hidden true rows, noisy starting rows, and 2,000 texts of 2-8 pieces drawn from the first 190 pieces. */
    private static final class World {
        final float[][] rows = new float[PIECES][DIMENSIONS];
        final List<int[]> texts = new ArrayList<>();
        final float[][] targets;

        World(long seed) {
            Random random = new Random(seed);
            float[][] truth = new float[PIECES][DIMENSIONS];
            for (int id = 0; id < PIECES; id++) {
                for (int d = 0; d < DIMENSIONS; d++) {
                    truth[id][d] = (float) random.nextGaussian();
                    rows[id][d] = truth[id][d] + (float) (1.5 * random.nextGaussian());
                }
            }
            targets = new float[2000][];
            for (int t = 0; t < targets.length; t++) {
                int[] ids = random.ints(2 + random.nextInt(7), 0, UNUSED).toArray();
                texts.add(ids);
                float[] sum = new float[DIMENSIONS];
                double norm = 0;
                for (int id : ids) {
                    for (int d = 0; d < DIMENSIONS; d++) {
                        sum[d] += truth[id][d];
                    }
                }
                for (float v : sum) {
                    norm += v * v;
                }
                for (int d = 0; d < DIMENSIONS; d++) {
                    sum[d] /= (float) Math.sqrt(norm);
                }
                targets[t] = sum;
            }
        }
    }

    private static float[][] copy(float[][] rows) {
        float[][] copy = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
