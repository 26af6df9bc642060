package io.shopdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the {@link ShopDeskTest} context: the system's, unless a test sets it to another time of day (business
 * hours: 05:00 Beijing time) or moves it on (an agent's grace after a dropped console), and releases it after. Time
 * keeps flowing from the set instant, so waits measured in a test still grow. One for the shared context, hence
 * static; tests run one at a time. Thread-safe (the offset is volatile).
 */
public final class PinnableClock extends Clock {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static volatile Duration offset = Duration.ZERO;
    /** When set, the clock stands still at this instant (a recording's fixed clock); null while it runs. */
    private static volatile Instant frozen;

    private final ZoneId zone;

    private PinnableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on the context's clock reads {@code instant}, and runs on from there. */
    public static void setTo(Instant instant) {
        frozen = null;
        offset = Duration.between(Instant.now(), instant);
    }

    /**
     * From now on the context's clock reads {@code instant} and stands still there, as the clock of a recording of the
     * dialogue's decisions does ({@code RecordingClock}), until {@link #release}.
     */
    public static void freezeAt(Instant instant) {
        frozen = instant;
    }

    /** {@code time} Beijing time on the day (in Beijing) of {@code instant}. */
    public static Instant beijingDayOf(Instant instant, LocalTime time) {
        return LocalDate.ofInstant(instant, BEIJING).atTime(time).atZone(BEIJING).toInstant();
    }

    /**
     * Today (in Beijing, the shop's and the desk's zone, so dates the chat computes stay the same) at {@code time}
     * Beijing time.
     */
    public static Instant todayInBeijingAt(LocalTime time) {
        return LocalDate.now(BEIJING).atTime(time).atZone(BEIJING).toInstant();
    }

    public static void advance(Duration by) {
        Instant still = frozen;
        if (still != null) {
            frozen = still.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to the system's time. */
    public static void release() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant still = frozen;
        return still != null ? still : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new PinnableClock(other);
    }

    /** Puts the pinnable clock in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        Clock pinnableClock() {
            return new PinnableClock(ZoneId.systemDefault());
        }
    }
}
