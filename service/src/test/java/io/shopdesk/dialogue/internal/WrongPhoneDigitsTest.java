package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Wrong tries per order over a sliding window: exact counts at the window's edge, orders apart, tries at once. */
class WrongPhoneDigitsTest {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    final MovableClock clock = new MovableClock(NOW);
    final WrongPhoneDigits wrong = new WrongPhoneDigits(HOUR, clock);

    @Test
    void eachOrderCountsItsOwnWrongTriesThisOneIncluded() {
        assertThat(wrong.recent("SD10000001")).isZero();
        assertThat(wrong.record("SD10000001")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(wrong.record("SD10000001")).isEqualTo(2);
        assertThat(wrong.record("SD10000002")).isEqualTo(1);

        assertThat(wrong.recent("SD10000001")).isEqualTo(2);
        assertThat(wrong.recent("SD10000002")).isEqualTo(1);
        assertThat(wrong.recent("SD10000003")).isZero();
    }

    @Test
    void aTryCountsForExactlyTheWindowThenNoMore() {
        wrong.record("SD10000001");
        clock.advance(Duration.ofMinutes(30));
        wrong.record("SD10000001");

        clock.advance(Duration.ofMinutes(30).minusMillis(1));
        assertThat(wrong.recent("SD10000001")).as("the first try 1 ms short of an hour old").isEqualTo(2);
        clock.advance(Duration.ofMillis(1));
        assertThat(wrong.recent("SD10000001")).as("the first try an hour old").isEqualTo(1);
        clock.advance(Duration.ofMinutes(30));
        assertThat(wrong.recent("SD10000001")).isZero();
        assertThat(wrong.record("SD10000001")).as("a new try after the window starts again").isEqualTo(1);
    }

    @Test
    void triesAtOnceFromManyConversationsEachCountTheOthers() throws Exception {
        int threads = 8;
        int each = 50;
        Callable<List<Integer>> guesser = () -> IntStream.range(0, each).mapToObj(i -> wrong.record("SD10000026")).toList();
        List<Integer> counts;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<Integer>>> futures = pool.invokeAll(java.util.Collections.nCopies(threads, guesser));
            counts = new java.util.ArrayList<>();
            for (Future<List<Integer>> f : futures) {
                counts.addAll(f.get());
            }
        }
        assertThat(counts).as("no two tries saw the same count").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
        assertThat(wrong.recent("SD10000026")).isEqualTo(threads * each);
    }

    @Test
    void anOrderUnderAttackKeepsABoundedNumberOfTries() {
        IntStream.range(0, WrongPhoneDigits.MAX_TRIES_KEPT + 5).forEach(i -> wrong.record("SD10000026"));
        assertThat(wrong.recent("SD10000026")).isEqualTo(WrongPhoneDigits.MAX_TRIES_KEPT);
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new WrongPhoneDigits(Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the window must be positive, was PT0S");
    }
}
