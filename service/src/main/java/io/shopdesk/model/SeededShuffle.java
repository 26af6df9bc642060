package io.shopdesk.model;

import java.util.random.RandomGenerator;

/**
 * The Fisher-Yates shuffle of an index array that model training and evaluation use for their passes and folds, so
 * that a seeded generator gives the same order every time. The sequence is exactly the generator's own
 * {@code nextInt(bound)} draws, whatever its kind ({@code Random}, {@code SplittableRandom}). Stateless and
 * thread-safe; the array and the generator belong to the caller.
 */
public final class SeededShuffle {
    private SeededShuffle() {
    }

    /** Shuffles {@code order} in place. */
    public static void shuffle(int[] order, RandomGenerator random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
