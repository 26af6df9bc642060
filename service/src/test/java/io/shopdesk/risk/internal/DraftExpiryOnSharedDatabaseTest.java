package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.shopdesk.MovableClock;
import io.shopdesk.risk.RiskSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Two service instances share one database (an H2 file migrated by the service's own Flyway scripts, each instance
 * with its own connection pool, its own repository and its own expiry job) and their hourly draft expiries fire at
 * the same moment: once, both deleted (each logging its ids, the second finding some gone), and with N instances the
 * job ran N times an hour. Now exactly one of them runs it per period, whichever claims it first; a run within the
 * period on either is skipped; after the period the next run, on either, expires what has aged meanwhile.
 */
class DraftExpiryOnSharedDatabaseTest {
    static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path folder;

    final List<HikariDataSource> pools = new ArrayList<>();
    final MovableClock clock = new MovableClock(START);

    /** One instance's pool on the shared file. */
    JdbcClient instance() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + folder.resolve("shopdesk") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        pool.setUsername("sa");
        pools.add(pool);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(pool);
    }

    static final RuleDraftSettings HOURLY = new RuleDraftSettings(30, Duration.ofHours(1));

    DraftExpiry expiry(JdbcClient jdbc) {
        return expiry(jdbc, HOURLY);
    }

    DraftExpiry expiry(JdbcClient jdbc, RuleDraftSettings drafts) {
        RiskSettings settings = new RiskSettings("risk", Path.of("rules/risk/lists"), List.of("k"), List.of("o"),
                Path.of("no-model"), Duration.ofHours(24), Duration.ofMinutes(5), Duration.ofDays(90),
                Duration.ofHours(24), Duration.ofDays(14), null, 0);
        return new DraftExpiry(new RuleDraftRepository(jdbc), drafts, settings, clock,
                new JobClaims(jdbc));
    }

    long openDraft(JdbcClient jdbc, Instant proposedAt) {
        return new RuleDraftRepository(jdbc).add("risk", "abc123", Map.of("lists/blocked-ips.csv", "value\n"),
                List.of(), Map.of(), "abandoned", "officer:1a2b3c4d", proposedAt).id();
    }

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void twoInstancesExpiringAtOnceRunItOnceBetweenThem() throws Exception {
        JdbcClient first = instance();
        JdbcClient second = instance();
        DraftExpiry one = expiry(first);
        DraftExpiry two = expiry(second);
        long old = openDraft(first, START.minus(Duration.ofDays(31)));
        long older = openDraft(second, START.minus(Duration.ofDays(40)));
        long recent = openDraft(first, START.minus(Duration.ofDays(3)));

        List<List<Long>> runs = atOnce(one::expire, two::expire);

        assertThat(runs).as("one instance ran it, the other skipped").containsExactlyInAnyOrder(List.of(old, older),
                List.of());
        assertThat(first.sql("SELECT claimed_until FROM job_claims WHERE name = 'risk-draft-expiry'")
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(START.plus(Duration.ofMinutes(55)));

        // Within the period neither runs it again, although a draft has aged past 30 days meanwhile.
        clock.advance(Duration.ofMinutes(54));
        long aged = openDraft(second, clock.instant().minus(Duration.ofDays(30)).minusSeconds(1));
        assertThat(atOnce(one::expire, two::expire)).containsExactly(List.of(), List.of());

        // After it, the next run, on whichever instance claims it, expires it; the recent draft stays.
        clock.advance(Duration.ofMinutes(1));
        assertThat(atOnce(one::expire, two::expire)).containsExactlyInAnyOrder(List.of(aged), List.of());
        assertThat(second.sql("SELECT id FROM rule_drafts").query(Long.class).list()).containsExactly(recent);
    }

    @Test
    void anInstanceAloneRunsItEveryPeriod() throws Exception {
        JdbcClient only = instance();
        DraftExpiry expiry = expiry(only);
        long old = openDraft(only, START.minus(Duration.ofDays(31)));
        assertThat(expiry.expire()).containsExactly(old);
        long next = openDraft(only, START.minus(Duration.ofDays(31)));
        assertThat(expiry.expire()).as("the same period").isEmpty();
        clock.advance(Duration.ofMinutes(55));
        assertThat(expiry.expire()).containsExactly(next);
    }

    /**
     * The job runs every {@code expiry-interval} and each run claims it for eleven twelfths of that: with the claim
     * fixed at 55 minutes, an expiry set to run every 10 minutes skipped five runs of six on a shared database.
     */
    @Test
    void theRunsIntervalAndItsClaimFollowTheSetting() throws Exception {
        JdbcClient first = instance();
        JdbcClient second = instance();
        RuleDraftSettings tenMinutes = new RuleDraftSettings(30, Duration.ofMinutes(10));
        DraftExpiry one = expiry(first, tenMinutes);
        DraftExpiry two = expiry(second, tenMinutes);

        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        one.configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(10));
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(10));
        });
        assertThat(registrar.getFixedRateTaskList()).isEmpty();
        assertThat(registrar.getCronTaskList()).isEmpty();

        long old = openDraft(first, START.minus(Duration.ofDays(31)));
        assertThat(atOnce(one::expire, two::expire)).containsExactlyInAnyOrder(List.of(old), List.of());
        assertThat(first.sql("SELECT claimed_until FROM job_claims WHERE name = 'risk-draft-expiry'")
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(START.plus(Duration.ofMinutes(9)).plusSeconds(10));

        long aged = openDraft(second, START.minus(Duration.ofDays(31)));
        clock.advance(Duration.ofMinutes(9));
        assertThat(atOnce(one::expire, two::expire)).as("within the claim").containsExactly(List.of(), List.of());
        clock.advance(Duration.ofSeconds(10));
        assertThat(atOnce(one::expire, two::expire)).as("the next ten-minute run")
                .containsExactlyInAnyOrder(List.of(aged), List.of());
    }

    @Test
    void anIntervalUnderAMinuteOrNoneStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> new RuleDraftSettings(30, Duration.ofSeconds(30)))
                .hasMessage("shopdesk.risk.drafts.expiry-interval must be at least 1m (say 1h, 30m), not PT30S");
        assertThatThrownBy(() -> new RuleDraftSettings(30, null))
                .hasMessageStartingWith("shopdesk.risk.drafts.expiry-interval must be at least 1m");
        assertThat(new RuleDraftSettings(30, Duration.ofHours(1)).claimPeriod()).isEqualTo(Duration.ofMinutes(55));
    }

    /** Runs both at the same moment, each on a thread of its own; their results in the order given. */
    @SafeVarargs
    static List<List<Long>> atOnce(Callable<List<Long>>... runs) throws Exception {
        CyclicBarrier start = new CyclicBarrier(runs.length);
        ExecutorService threads = Executors.newFixedThreadPool(runs.length);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (Callable<List<Long>> run : runs) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return run.call();
                }));
            }
            List<List<Long>> results = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
