package io.shopdesk.nlp.intent;

import java.util.Random;

/**
 * Seeded keep-or-drop draws for dropout. At the usual keep share of one half each draw is one bit of a
 * {@code nextLong()}, 64 draws per call to the generator instead of one {@code nextDouble()} each: a message's
 * ~400 inputs (sparse features and the sentence vector's dimensions) cost 7 calls instead of 400, which was a
 * quarter of a training pass. Other shares fall back to {@code nextDouble() < keep}. Deterministic for a given
 * generator; not thread-safe (one fit owns it).
 */
final class DropoutMask {
    private final Random random;
    private final double keep;
    private final boolean halves;
    private long bits;
    private int left;

    DropoutMask(Random random, double keep) {
        this.random = random;
        this.keep = keep;
        this.halves = keep == 0.5;
    }

    /** Whether the next input is kept. */
    boolean keep() {
        if (!halves) {
            return random.nextDouble() < keep;
        }
        if (left == 0) {
            bits = random.nextLong();
            left = Long.SIZE;
        }
        boolean kept = (bits & 1) != 0;
        bits >>>= 1;
        left--;
        return kept;
    }
}
