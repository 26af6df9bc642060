package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.risk.DistinctCards;
import io.shopdesk.risk.PaymentContext.Velocity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sliding windows per key: exact counts and sums at the window edges, old events dropped, first-seen things. */
class VelocityTrackerTest {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    /** Sums come back in hundredths (scale 2), so expected sums are written at that scale. */
    static BigDecimal amount(String value) {
        return new BigDecimal(value).setScale(2);
    }

    @Test
    void eachWindowCountsAndSumsTheEventsInsideIt() {
        VelocityTracker tracker = new VelocityTracker();
        // Recorded first: each record drops what is more than a day older than itself.
        tracker.record("card:a", NOW.plusSeconds(1), amount("100"));
        tracker.record("card:a", NOW.minus(Duration.ofMinutes(10)).plusMillis(1), amount("1.50"));
        tracker.record("card:a", NOW.minus(Duration.ofMinutes(10)), amount("2"));
        tracker.record("card:a", NOW.minus(Duration.ofMinutes(60)).plusMillis(1), amount("3"));
        tracker.record("card:a", NOW.minus(Duration.ofMinutes(60)), amount("4"));
        tracker.record("card:a", NOW.minus(Duration.ofHours(24)), amount("5"));

        assertThat(tracker.velocity("card:a", NOW))
                .isEqualTo(new Velocity(1, 3, 5, amount("1.50"), amount("6.50"), amount("15.50")));
        assertThat(tracker.velocity("card:a", NOW.plusMillis(1)))
                .isEqualTo(new Velocity(0, 2, 4, amount("0"), amount("3.50"), amount("10.50")));
    }

    @Test
    void eventsOlderThanADayAreDroppedAndUnknownOrBlankKeysHaveNoVelocity() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record("ip:1", NOW.minus(Duration.ofHours(25)), amount("7"));
        tracker.record("ip:1", NOW, amount("8"));

        assertThat(tracker.velocity("ip:1", NOW.plusSeconds(60)))
                .isEqualTo(new Velocity(1, 1, 1, amount("8"), amount("8"), amount("8")));
        assertThat(tracker.velocity("ip:2", NOW)).isEqualTo(Velocity.NONE);
        assertThat(tracker.velocity(" ", NOW)).isEqualTo(Velocity.NONE);
        assertThat(tracker.velocity(null, NOW)).isEqualTo(Velocity.NONE);
    }

    @Test
    void aLateEventCountsInItsPlaceAndManyEventsAgreeWithCountingThemOneByOne() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record("dev:x", NOW.minusSeconds(60), amount("1"));
        tracker.record("dev:x", NOW.minus(Duration.ofMinutes(30)), amount("2"));
        assertThat(tracker.velocity("dev:x", NOW)).isEqualTo(new Velocity(1, 2, 2, amount("1"), amount("3"), amount("3")));

        // 5,000 events a minute apart (about 3.5 days): only the last day's count, each window checked by brute force.
        VelocityTracker busy = new VelocityTracker();
        Instant start = NOW.minus(Duration.ofMinutes(5000));
        for (int i = 0; i < 5000; i++) {
            busy.record("ip:busy", start.plus(Duration.ofMinutes(i)), BigDecimal.valueOf(i % 7 + 1));
        }
        Instant at = start.plus(Duration.ofMinutes(4999)).plusSeconds(30);
        int c10 = 0;
        int c1h = 0;
        int c24 = 0;
        BigDecimal s10 = BigDecimal.ZERO;
        BigDecimal s1h = BigDecimal.ZERO;
        BigDecimal s24 = BigDecimal.ZERO;
        for (int i = 0; i < 5000; i++) {
            Duration age = Duration.between(start.plus(Duration.ofMinutes(i)), at);
            BigDecimal value = BigDecimal.valueOf(i % 7 + 1);
            if (age.compareTo(Duration.ofHours(24)) <= 0) {
                c24++;
                s24 = s24.add(value);
            }
            if (age.compareTo(Duration.ofHours(1)) < 0) {
                c1h++;
                s1h = s1h.add(value);
            }
            if (age.compareTo(Duration.ofMinutes(10)) < 0) {
                c10++;
                s10 = s10.add(value);
            }
        }
        assertThat(busy.velocity("ip:busy", at))
                .isEqualTo(new Velocity(c10, c1h, c24, s10.setScale(2), s1h.setScale(2), s24.setScale(2)));
        assertThat(c24).isEqualTo(1440);
    }

    @Test
    void amountsAreSummedToTheHundredthRoundingHalfUp() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record("c:1", NOW.minusSeconds(3), new BigDecimal("12.345"));
        tracker.record("c:1", NOW.minusSeconds(2), new BigDecimal("0.004"));
        tracker.record("c:1", NOW.minusSeconds(1), new BigDecimal("99999999.99"));

        assertThat(tracker.velocity("c:1", NOW).sum10m()).isEqualTo(new BigDecimal("100000012.34"));
    }

    @Test
    void aThingIsFirstSeenOncePerCustomer() {
        VelocityTracker tracker = new VelocityTracker();
        assertThat(tracker.known(1, "dev:x")).isFalse();
        assertThat(tracker.firstSeen(1, "dev:x")).isTrue();
        assertThat(tracker.firstSeen(1, "dev:x")).isFalse();
        assertThat(tracker.known(1, "dev:x")).isTrue();
        assertThat(tracker.known(2, "dev:x")).isFalse();
    }

    @Test
    void differentCardsAreCountedPerKeyAtVelocitysWindowEdgesTheCurrentOneIncluded() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.recordCardAndCount("conv:a", "fp-1", NOW.minus(Duration.ofHours(24)));
        tracker.recordCardAndCount("conv:a", "fp-2", NOW.minus(Duration.ofMinutes(60)));
        tracker.recordCardAndCount("conv:a", "fp-3", NOW.minus(Duration.ofMinutes(10)));
        tracker.recordCardAndCount("conv:a", "fp-4", NOW.minus(Duration.ofMinutes(9)));
        assertThat(tracker.recordCardAndCount("conv:a", "fp-4", NOW)).as("the same card again counts once")
                .isEqualTo(new DistinctCards(1, 2, 4));
        assertThat(tracker.recordCardAndCount("conv:a", " fp-2 ", NOW)).as("a card used again is recent again")
                .isEqualTo(new DistinctCards(2, 3, 4));
        assertThat(tracker.recordCardAndCount("conv:a", null, NOW)).as("no card: the others' count")
                .isEqualTo(new DistinctCards(2, 3, 4));
        assertThat(tracker.recordCardAndCount("conv:a", "fp-5", NOW.plusMillis(1))).as("fp-1 is now over a day old")
                .isEqualTo(new DistinctCards(3, 4, 4));
        assertThat(tracker.recordCardAndCount("conv:b", "fp-1", NOW)).as("another key counts its own")
                .isEqualTo(new DistinctCards(1, 1, 1));
        assertThat(tracker.recordCardAndCount(null, "fp-1", NOW)).isEqualTo(DistinctCards.NONE);
        assertThat(tracker.recordCardAndCount("conv:none", "", NOW)).isEqualTo(DistinctCards.NONE);
    }
}
