package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.MigratedDatabase;
import io.shopdesk.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong tries per order over a sliding window, against the migrated schema in H2: exact counts at the window's edge,
 * orders apart, tries at once, and counts that outlive the object (a restart) and are shared by two (two instances).
 */
class WrongPhoneDigitsTest {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    final MovableClock clock = new MovableClock(NOW);
    final MigratedDatabase data = new MigratedDatabase("digits");
    final JdbcClient jdbc = data.jdbc();
    final WrongPhoneDigits wrong = new WrongPhoneDigits(jdbc, HOUR, clock);

    @AfterEach
    void close() {
        data.close();
    }

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
    void expiredTriesAreDeletedWhenTheOrderGetsANewOne() {
        IntStream.range(0, 5).forEach(i -> wrong.record("SD10000001"));
        wrong.record("SD10000002");
        clock.advance(HOUR);
        wrong.record("SD10000001");
        assertThat(rows("SD10000001")).isEqualTo(1);
        assertThat(rows("SD10000002")).as("another order's rows wait for its own next try").isEqualTo(1);
    }

    @Test
    void theCountsOutliveARestartAndAreSharedBetweenInstances() {
        wrong.record("SD10000001");
        wrong.record("SD10000001");
        WrongPhoneDigits restartedOrOther = new WrongPhoneDigits(jdbc, HOUR, clock);
        assertThat(restartedOrOther.recent("SD10000001")).isEqualTo(2);
        assertThat(restartedOrOther.record("SD10000001")).isEqualTo(3);
        assertThat(wrong.recent("SD10000001")).isEqualTo(3);
    }

    @Test
    void triesAtOnceFromManyConversationsAllCountAndTheLastSeesThemAll() throws Exception {
        int threads = 8;
        int each = 25;
        Callable<List<Integer>> guesser = () -> IntStream.range(0, each).mapToObj(i -> wrong.record("SD10000026")).toList();
        List<Integer> counts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Future<List<Integer>> f : pool.invokeAll(Collections.nCopies(threads, guesser))) {
                counts.addAll(f.get());
            }
        }
        assertThat(counts).as("every try saw itself and all before it").allMatch(c -> c >= 1 && c <= threads * each)
                .contains(threads * each);
        assertThat(wrong.recent("SD10000026")).isEqualTo(threads * each);
    }

    @Test
    void aClockInNanosecondsCountsEveryTryThoughTheColumnKeepsMicroseconds() {
        MovableClock nanos = new MovableClock(Instant.parse("2026-11-25T12:00:00.000000999Z"));
        WrongPhoneDigits counted = new WrongPhoneDigits(jdbc, HOUR, nanos);
        assertThat(counted.record("SD10000001")).as("stored rounded up to .000001").isEqualTo(1);
        nanos.advance(Duration.ofNanos(1_700));
        assertThat(counted.record("SD10000001")).isEqualTo(2);
        assertThat(counted.recent("SD10000001")).isEqualTo(2);
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new WrongPhoneDigits(jdbc, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the window must be positive, was PT0S");
    }

    int rows(String orderId) {
        return jdbc.sql("SELECT count(*) FROM wrong_phone_digits WHERE order_id = :o").param("o", orderId)
                .query(Integer.class).single();
    }
}
