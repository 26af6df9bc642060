package io.shopdesk.nlp.intent;

import java.util.Random;

/**
 * Started by hand: times a CLINC150-sized {@link SoftmaxRegression} fit (46,000 sparse features, 151 labels, 15,000
 * random examples with a 384-wide dense block, eight passes) after {@code tinyFits} fits of {@code tinyLabels} labels
 * in the same JVM, as CI's one test JVM does after the unit tests' small models. Shows whether the JIT's profile of
 * the small fits slows the large one down ({@link SoftmaxRegression#WIDE}). Not a JMH benchmark: it measures one
 * JVM's history, which JMH's fresh forks would erase. Single-threaded; run each setting in a fresh JVM, alternating:
 *
 * <pre>
 * java -cp "$(service/bench/test-classpath.sh)" io.shopdesk.nlp.intent.FitProfileBench 300 3   # after small fits
 * java -cp "$(service/bench/test-classpath.sh)" io.shopdesk.nlp.intent.FitProfileBench 0 3     # fresh JVM
 * </pre>
 */
public final class FitProfileBench {
    /** Keeps the fitted models reachable, so the JIT cannot drop the work. */
    static volatile Object sink;

    private FitProfileBench() {
    }

    static void fit(Random random, int features, int labels, int examples, int perExample, int dims, int epochs) {
        int[][] x = new int[examples][];
        float[][] dense = new float[examples][];
        int[] y = new int[examples];
        for (int i = 0; i < examples; i++) {
            x[i] = random.ints(perExample, 0, features).distinct().sorted().toArray();
            if (dims > 0) {
                dense[i] = new float[dims];
                for (int d = 0; d < dims; d++) {
                    dense[i][d] = (float) random.nextGaussian() / 20;
                }
            }
            y[i] = random.nextInt(labels);
        }
        sink = SoftmaxRegression.fit(features, labels, x, dense, y,
                new SoftmaxRegression.Settings(epochs, 2.0, 0.1, 1e-7, 0.5, 42));
    }

    public static void main(String[] args) {
        int tinyFits = Integer.parseInt(args[0]);
        int tinyLabels = Integer.parseInt(args[1]);
        Random random = new Random(1);
        for (int t = 0; t < tinyFits; t++) {
            fit(random, 60, tinyLabels, 30, 8, 0, 60);
        }
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            fit(random, 46_000, 151, 15_000, 45, 384, 8);
            System.out.printf("after %d fits of %d labels: large fit %.1f s%n", tinyFits, tinyLabels,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
