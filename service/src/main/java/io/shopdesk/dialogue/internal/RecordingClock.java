package io.shopdesk.dialogue.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clock of a recording run ({@code --shopdesk.dialogue.record-decisions=FILE}, {@link DecisionRecording}): fixed
 * at the instant the demo shop's dated orders were written. Those orders are dated relative to the database's creation
 * (SD10000041 delivered "2 days before", {@code db/demo/V26__recent_deliveries.sql}), and the chat judges them on
 * today's date in the shop's zone; a recording started before midnight in Shanghai (16:00 UTC) and deciding after it
 * judged a damaged parcel reported on day 2 (in time) as reported on day 3 (late), and recorded that. With this clock
 * every decision of a recording is made on the day the data was created, whenever it runs. The instant is read once,
 * after the migrations, from Flyway's history: when the migration that dated the recent deliveries (version 26) was
 * applied, else the last migration; without a history (no Flyway), the instant of the first read. Only in a recording
 * run: the service and its reload gate read the system clock (the gate decides each message with the candidate and the
 * live rules at the same moment, so a date that moves moves both). Thread-safe (the instant is read under a lock).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${shopdesk.dialogue.record-decisions:}'.isBlank()")
class RecordingClock {
    private static final Logger log = LoggerFactory.getLogger(RecordingClock.class);

    @Bean
    @Primary
    Clock demoDataClock(JdbcClient jdbc) {
        return new DemoDataClock(jdbc, ZoneId.systemDefault());
    }

    /** The instant the demo data was dated from, as Flyway's history has it; empty without a history. */
    static Optional<Instant> demoDataDatedAt(JdbcClient jdbc) {
        try {
            Optional<Timestamp> at = jdbc.sql("SELECT installed_on FROM flyway_schema_history WHERE version = '26'")
                    .query(Timestamp.class).optional();
            if (at.isEmpty()) {
                at = jdbc.sql("SELECT MAX(installed_on) FROM flyway_schema_history").query(Timestamp.class).optional();
            }
            return at.map(Timestamp::toInstant);
        } catch (RuntimeException e) {
            log.warn("No migration history to date the recording from ({}): it reads the time of its first decision",
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** A clock fixed at {@link #demoDataDatedAt}, read on first use (after the migrations ran), in any zone. */
    static final class DemoDataClock extends Clock {
        private final Anchor anchor;
        private final ZoneId zone;

        DemoDataClock(JdbcClient jdbc, ZoneId zone) {
            this(new Anchor(jdbc), zone);
        }

        private DemoDataClock(Anchor anchor, ZoneId zone) {
            this.anchor = anchor;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return anchor.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new DemoDataClock(anchor, other);
        }
    }

    /** The fixed instant, shared by a clock and its other zones' copies. */
    private static final class Anchor {
        private final JdbcClient jdbc;
        private Instant fixed;

        Anchor(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        synchronized Instant instant() {
            if (fixed == null) {
                fixed = demoDataDatedAt(jdbc).orElseGet(Instant::now);
                log.info("Recording the dialogue's decisions as of {}, when the demo shop's orders were dated", fixed);
            }
            return fixed;
        }
    }
}
