package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.MigratedDatabase;
import io.shopdesk.risk.FinancingConflictException;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.internal.RiskDecisionRepository.AuditRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A financing application is decided once, against a real (H2, Flyway-migrated) audit table and the real audit
 * writer: a retry gets the decision whether its row is pending or stored (or stored before a restart), an id reused
 * for another application is refused naming what differs, two identical requests at once make one decision, and a
 * decision that failed is not remembered.
 */
class OncePerApplicationTest {
    final MigratedDatabase data = new MigratedDatabase("once-fin");
    final JdbcClient jdbc = data.jdbc();
    final RiskDecisionRepository repository = new RiskDecisionRepository(jdbc, data.jdbcTemplate(), data.transactions(),
            JsonMapper.builder().build());
    final DecisionAuditWriter writer = new DecisionAuditWriter(repository);
    final AtomicInteger decided = new AtomicInteger();

    @AfterEach
    void close() {
        writer.close();
        data.close();
    }

    static FinancingRequest application(String id, long customerId, String amount, int termMonths) {
        return new FinancingRequest(id, customerId, new BigDecimal(amount), termMonths, "electronics",
                new BigDecimal("15000"), "7_years_plus", 1, "own", "all_paid", 38, null, null);
    }

    /** Decides as RiskService does: a new decision whose audit row is submitted before it is returned. */
    Supplier<RiskDecision> decide(FinancingRequest request) {
        return () -> {
            RiskDecision made = new RiskDecision("fin-" + decided.incrementAndGet(), "financing",
                    request.applicationId(), "APPROVE", 12, List.of(), "abcdef123456", "none",
                    Instant.parse("2026-12-01T10:00:00Z"));
            writer.submit(new AuditRow(made, request.customerId(), null, request, List.of("ScorecardHomeOwner")));
            return made;
        };
    }

    int stored(String applicationId) {
        writer.flush();
        return jdbc.sql("SELECT count(*) FROM risk_decisions WHERE subject_id = :s").param("s", applicationId)
                .query(Integer.class).single();
    }

    @Test
    void aRetryGetsTheDecisionPendingStoredOrStoredBeforeARestart() {
        OncePerApplication once = new OncePerApplication(writer, repository);
        FinancingRequest request = application("app-1", 7, "6000", 12);
        assertThat(once.decide(request, decide(request)).decisionId()).isEqualTo("fin-1");
        assertThat(once.decide(request, decide(request)).decisionId()).isEqualTo("fin-1");
        writer.flush();
        FinancingRequest sameAmountOtherSpelling = application("app-1", 7, "6000.00", 12);
        assertThat(once.decide(sameAmountOtherSpelling, decide(request)).decisionId()).as("read from the table")
                .isEqualTo("fin-1");
        OncePerApplication restarted = new OncePerApplication(writer, repository);
        assertThat(restarted.decide(request, decide(request)).decisionId()).isEqualTo("fin-1");
        assertThat(decided).hasValue(1);
        assertThat(stored("app-1")).isEqualTo(1);
    }

    @Test
    void anIdReusedForAnotherApplicationIsRefusedNamingWhatDiffersAndNothingIsStored() {
        OncePerApplication once = new OncePerApplication(writer, repository);
        FinancingRequest request = application("app-2", 7, "6000", 12);
        once.decide(request, decide(request));

        FinancingRequest larger = application("app-2", 7, "60000", 12);
        assertThatThrownBy(() -> once.decide(larger, decide(larger)))
                .isInstanceOfSatisfying(FinancingConflictException.class, e -> {
                    assertThat(e.differences()).containsExactly("amount");
                    assertThat(e.kind()).isEqualTo("financing");
                    assertThat(e.applicationId()).isEqualTo("app-2");
                    assertThat(e.getMessage()).isEqualTo("financing application app-2 was decided before with other "
                            + "details (amount); a new application needs a new applicationId");
                });
        writer.flush();
        FinancingRequest otherCustomerLonger = application("app-2", 8, "6000", 24);
        assertThatThrownBy(() -> once.decide(otherCustomerLonger, decide(otherCustomerLonger)))
                .as("against the stored row")
                .isInstanceOfSatisfying(FinancingConflictException.class,
                        e -> assertThat(e.differences()).containsExactly("customerId", "termMonths"));
        assertThat(decided).hasValue(1);
        assertThat(stored("app-2")).isEqualTo(1);
    }

    @Test
    void twoIdenticalRequestsAtOnceMakeOneDecision() throws Exception {
        OncePerApplication once = new OncePerApplication(writer, repository);
        FinancingRequest request = application("app-3", 7, "3000", 6);
        CountDownLatch deciding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<RiskDecision> slow = () -> {
            deciding.countDown();
            await(release);
            return decide(request).get();
        };
        try (ExecutorService callers = Executors.newFixedThreadPool(2)) {
            Future<RiskDecision> first = callers.submit(() -> once.decide(request, slow));
            deciding.await();
            Thread[] secondThread = new Thread[1];
            Future<RiskDecision> second = callers.submit(() -> {
                secondThread[0] = Thread.currentThread();
                return once.decide(request, slow);
            });
            while (secondThread[0] == null || secondThread[0].getState() != Thread.State.WAITING) {
                assertThat(second.isDone()).as("the second request did not wait").isFalse();
                Thread.sleep(5);
            }
            FinancingRequest other = application("app-3", 7, "3000", 12);
            assertThatThrownBy(() -> once.decide(other, decide(other))).as("another application: refused at once")
                    .isInstanceOfSatisfying(FinancingConflictException.class,
                            e -> assertThat(e.differences()).containsExactly("termMonths"));
            release.countDown();
            assertThat(second.get().decisionId()).isEqualTo(first.get().decisionId()).isEqualTo("fin-1");
        }
        assertThat(decided).hasValue(1);
        assertThat(stored("app-3")).isEqualTo(1);
    }

    @Test
    void aDecisionThatFailedIsNotRemembered() throws Exception {
        OncePerApplication once = new OncePerApplication(writer, repository);
        FinancingRequest request = application("app-4", 7, "900", 3);
        Supplier<RiskDecision> rulesNotReady = () -> {
            throw new IllegalStateException("rules not ready");
        };
        assertThatThrownBy(() -> once.decide(request, rulesNotReady)).hasMessage("rules not ready");
        assertThat(once.decide(request, decide(request)).decisionId()).as("the next try decides").isEqualTo("fin-1");

        // A retry waiting for an attempt that fails decides for itself.
        FinancingRequest next = application("app-5", 7, "900", 3);
        CountDownLatch deciding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService callers = Executors.newFixedThreadPool(2)) {
            Future<RiskDecision> failing = callers.submit(() -> once.decide(next, () -> {
                deciding.countDown();
                await(release);
                throw new IllegalStateException("rules not ready");
            }));
            deciding.await();
            Thread[] retryThread = new Thread[1];
            Future<RiskDecision> retry = callers.submit(() -> {
                retryThread[0] = Thread.currentThread();
                return once.decide(next, decide(next));
            });
            while (retryThread[0] == null || retryThread[0].getState() != Thread.State.WAITING) {
                Thread.sleep(5);
            }
            release.countDown();
            assertThatThrownBy(failing::get).hasRootCauseMessage("rules not ready");
            assertThat(retry.get().decisionId()).isEqualTo("fin-2");
        }
        assertThat(stored("app-4")).isEqualTo(1);
        assertThat(stored("app-5")).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
