package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A recording of the dialogue's decisions judges the demo shop's dated orders on the day they were dated, whenever it
 * runs: the demo database is migrated (the real scripts of db/migration and db/demo) as if at 23:59:50 in Shanghai,
 * and the recording decides after midnight. Before, the chat's "today" was the wall clock's, so SD10000041, delivered
 * "2 days before", was 3 days old by then and a damaged parcel reported in time was recorded as late.
 */
class RecordingClockTest {
    /** 23:59:50 in Shanghai: ten seconds before the shop's date changes. */
    static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-12-07T15:59:50Z");

    static JdbcClient demoShopMigratedAt(Instant at, String name) {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        data.setUser("sa");
        Flyway.configure().dataSource(data).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        // As V26 would have written it at that instant: installed then, the parcel delivered two days before.
        Timestamp installed = jdbc.sql("SELECT installed_on FROM flyway_schema_history WHERE version = '26'")
                .query(Timestamp.class).single();
        Duration shift = Duration.between(installed.toInstant(), at);
        jdbc.sql("UPDATE flyway_schema_history SET installed_on = :at WHERE version = '26'")
                .param("at", Timestamp.from(at)).update();
        Timestamp delivered = jdbc.sql("SELECT delivered_at FROM shipments WHERE order_id = 'SD10000041'")
                .query(Timestamp.class).single();
        jdbc.sql("UPDATE shipments SET delivered_at = :at WHERE order_id = 'SD10000041'")
                .param("at", Timestamp.from(delivered.toInstant().plus(shift))).update();
        return jdbc;
    }

    static long daysSinceDelivery(JdbcClient jdbc, Clock clock) {
        LocalDate deliveredOn = new OrderRepository(jdbc).find("SD10000041").orElseThrow().shipment().deliveredOn();
        return ChronoUnit.DAYS.between(deliveredOn, LocalDate.now(clock.withZone(OrderRepository.SHOP_ZONE)));
    }

    @Test
    void aRecordingAfterMidnightJudgesTheDemoOrdersOnTheDayTheyWereDated() {
        JdbcClient jdbc = demoShopMigratedAt(BEFORE_MIDNIGHT, "recording-clock");
        Clock recording = new RecordingClock.DemoDataClock(jdbc, ZoneOffset.UTC);

        assertThat(recording.instant()).isEqualTo(BEFORE_MIDNIGHT);
        assertThat(recording.withZone(OrderRepository.SHOP_ZONE).instant()).isEqualTo(BEFORE_MIDNIGHT);
        assertThat(daysSinceDelivery(jdbc, recording)).as("day 2: within the 48 hours").isEqualTo(2);
        assertThat(daysSinceDelivery(jdbc, Clock.fixed(BEFORE_MIDNIGHT.plusSeconds(20), ZoneOffset.UTC)))
                .as("the wall clock 20 s later, as a recording read it before").isEqualTo(3);
    }

    @Test
    void withoutAMigrationHistoryTheRecordingIsDatedWhenItFirstAsks() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:recording-clock-no-history;DB_CLOSE_DELAY=-1");
        Instant before = Instant.now();
        Clock recording = new RecordingClock.DemoDataClock(JdbcClient.create(data), ZoneOffset.UTC);

        Instant first = recording.instant();
        assertThat(first).isBetween(before, Instant.now());
        assertThat(recording.instant()).as("fixed from then on").isEqualTo(first);
    }

    @Test
    void onlyARecordingRunHasTheFixedClock() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withBean(JdbcClient.class, () -> JdbcClient.create(new JdbcDataSource()))
                .withUserConfiguration(RecordingClock.class);
        runner.run(context -> assertThat(context).doesNotHaveBean(Clock.class));
        runner.withPropertyValues("shopdesk.dialogue.record-decisions=").run(context ->
                assertThat(context).doesNotHaveBean(Clock.class));
        runner.withPropertyValues("shopdesk.dialogue.record-decisions=rules/dialogue/gate/decisions.yml").run(context ->
                assertThat(context.getBean(Clock.class)).isInstanceOf(RecordingClock.DemoDataClock.class));
    }
}
