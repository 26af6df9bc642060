package io.shopdesk.risk.internal;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Which payment ids may have been decided before: a Bloom filter over every payment id in the audit table (read once,
 * in the background, at start-up) and every one decided since. Nearly every payment is new, and looking each up in
 * the audit table took a quarter of a decision's CPU at 2,000 payments/s; a payment the filter has never seen
 * certainly was not decided, so only a possible retry (or one false positive in a thousand) is looked up. Until the
 * start-up read has finished, every payment is looked up. Sized for {@link #EXPECTED} ids at a 0.1 % false-positive
 * rate (about 18 MB); beyond that the rate rises and more payments are looked up, and none is ever missed.
 *
 * <p>Thread-safe: Guava's filter takes concurrent {@code put} and {@code mightContain}.
 */
final class DecidedPaymentIds {
    static final long EXPECTED = 10_000_000;

    private final BloomFilter<CharSequence> seen = BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8),
            EXPECTED, 0.001);
    private volatile boolean loaded;

    /** Reads the ids already stored; {@code reader} hands each to the consumer. Called once, off the request path. */
    void load(Consumer<Consumer<String>> reader) {
        reader.accept(seen::put);
        loaded = true;
    }

    void add(String paymentId) {
        seen.put(paymentId);
    }

    /** False only when the payment id was certainly never decided. */
    boolean mayHaveBeenDecided(String paymentId) {
        return !loaded || seen.mightContain(paymentId);
    }

    boolean loaded() {
        return loaded;
    }
}
