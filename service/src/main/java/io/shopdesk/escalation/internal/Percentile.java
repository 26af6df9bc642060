package io.shopdesk.escalation.internal;

import java.util.List;

/**
 * The nearest-rank percentile: the smallest sample such that at least {@code p} percent of the samples are at or
 * below it, so always one of the samples (a median of 10 s and 20 s is 10 s, never 15 s). Stateless.
 */
final class Percentile {
    private Percentile() {
    }

    /** Null when there are no samples; {@code p} in 1..100. */
    static Long of(List<Long> samples, int p) {
        if (samples.isEmpty()) {
            return null;
        }
        List<Long> sorted = samples.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }
}
