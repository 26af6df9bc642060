package io.shopdesk.dialogue.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong phone digits given for each order from all conversations, over a sliding window: the count the dialogue
 * rules compare with {@code shopdesk.dialogue.wrong-phone-digits-per-order}, so that an attacker who opens new
 * conversations gets no new guesses at an order's 4 digits. Kept in the shop's database (table
 * {@code wrong_phone_digits}), so a restart does not forget the guesses and every instance of the service counts the
 * same tries. Tries older than the window are deleted when the order gets a new one. Thread-safe: each try is its
 * own row, inserted before the tries are counted, so of two wrong tries at once the later count includes both.
 */
public final class WrongPhoneDigits {
    private final JdbcClient jdbc;
    private final Duration window;
    private final Clock clock;

    public WrongPhoneDigits(JdbcClient jdbc, Duration window, Clock clock) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive, was " + window);
        }
        this.jdbc = jdbc;
        this.window = window;
        this.clock = clock;
    }

    /** Records a wrong try for {@code orderId} now, and returns the wrong tries within the window, this one included. */
    public int record(String orderId) {
        Instant now = now();
        jdbc.sql("DELETE FROM wrong_phone_digits WHERE order_id = :order AND tried_at <= :start")
                .param("order", orderId).param("start", Timestamp.from(now.minus(window))).update();
        jdbc.sql("INSERT INTO wrong_phone_digits (order_id, tried_at) VALUES (:order, :now)")
                .param("order", orderId).param("now", Timestamp.from(now)).update();
        return count(orderId, now);
    }

    /** The wrong tries for {@code orderId} within the window that ends now. */
    public int recent(String orderId) {
        return count(orderId, now());
    }

    /**
     * Tries after {@code now} minus the window (a try exactly a window old has expired). No upper bound: a try
     * written by an instance whose clock runs a little ahead still counts.
     */
    private int count(String orderId, Instant now) {
        return jdbc.sql("SELECT count(*) FROM wrong_phone_digits WHERE order_id = :order AND tried_at > :start")
                .param("order", orderId).param("start", Timestamp.from(now.minus(window))).query(Integer.class).single();
    }

    /**
     * The clock's time to the microsecond, the precision the column keeps (H2 and PostgreSQL): a time in nanoseconds
     * would be rounded when stored, and a try rounded up would fall outside the window computed from the exact time.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
