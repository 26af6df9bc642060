package io.shopdesk.risk.internal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lets a scheduled job run on one instance only when several share the database, ShedLock's way with what the
 * database already has: a row per job in {@code job_claims} (V45) whose {@code claimed_until} an instance moves
 * forward, from a time already past, in one conditional UPDATE. The row lock makes that UPDATE succeed for exactly one
 * of several instances trying at once; the others see the new time and skip. A claim is held for a period (a little
 * less than the job's interval) rather than released when the job ends, so that instances whose timers fire minutes
 * apart still run the job once per period; an instance killed mid-job leaves nothing to clean up, as the claim runs
 * out by itself. Chosen over a lock held for the job's length (SELECT … FOR UPDATE in a transaction): that one lets
 * each instance run the job in turn, one after the other. Thread-safe (each claim is one statement).
 */
@Repository
class JobClaims {
    private final JdbcClient jdbc;
    private final String instance;

    JobClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.instance = ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Claims {@code job} from {@code now} for {@code period}; true when this instance may run it now, false when
     * another instance (or this one) claimed it for a period not yet over.
     *
     * @throws IllegalArgumentException for a job with no row in {@code job_claims}
     */
    boolean claim(String job, Instant now, Duration period) {
        int claimed = jdbc.sql("""
                        UPDATE job_claims SET claimed_until = :until, claimed_by = :by
                        WHERE name = :name AND claimed_until <= :now""")
                .param("until", Timestamp.from(now.plus(period))).param("by", instance)
                .param("name", job).param("now", Timestamp.from(now)).update();
        if (claimed == 0 && jdbc.sql("SELECT COUNT(*) FROM job_claims WHERE name = :name").param("name", job)
                .query(Integer.class).single() == 0) {
            throw new IllegalArgumentException("No job '" + job + "' in job_claims");
        }
        return claimed == 1;
    }
}
