package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.MigratedDatabase;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.RiskReason;
import io.shopdesk.risk.internal.RiskDecisionRepository.AuditRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background audit writer against a real (H2, Flyway-migrated) database: a decision is readable right after
 * it is submitted, nothing is lost when the table is unavailable for a while (the rows wait and the callers are
 * held back), a row the database rejects does not take its batch with it, and closing drains the queue.
 */
class DecisionAuditWriterTest {
    /**
     * A pooled data source as in the service. (It was first chosen because H2 2.4.240 binds a CHECK constraint to the
     * session that created it; the project now pins H2 2.3.232, and {@code MigratedSchemaTest} guards against that.)
     */
    final MigratedDatabase data = new MigratedDatabase("audit");
    final JdbcClient jdbc = data.jdbc();
    final RiskDecisionRepository repository = new RiskDecisionRepository(jdbc, data.jdbcTemplate(), data.transactions(),
            JsonMapper.builder().build());

    static AuditRow row(String id, String decision) {
        return new AuditRow(new RiskDecision(id, "payment", "pay-" + id, decision, 45,
                List.of(new RiskReason("NEW_DEVICE", "FirstSeenDevice", "First payment from this device.", "首次使用该设备付款。", 20)),
                "abcdef123456", "none", Instant.parse("2026-12-01T10:00:00Z")),
                7L, "conv-1", Map.of("paymentId", "pay-" + id, "amount", 299), List.of("FirstSeenDevice", "ReviewFrom40"));
    }

    @AfterEach
    void close() {
        data.close();
    }

    int stored() {
        return jdbc.sql("SELECT count(*) FROM risk_decisions").query(Integer.class).single();
    }

    @Test
    void aSubmittedDecisionIsReadableAfterAFlush() {
        try (DecisionAuditWriter writer = new DecisionAuditWriter(repository)) {
            writer.submit(row("d-1", "REVIEW"));
            writer.flush();
            var stored = repository.find("d-1").orElseThrow();
            assertThat(stored.decision().decision()).isEqualTo("REVIEW");
            assertThat(stored.decision().reasons()).extracting(RiskReason::code).containsExactly("NEW_DEVICE");
            assertThat(stored.input()).containsEntry("paymentId", "pay-d-1");
            assertThat(stored.firedRules()).containsExactly("FirstSeenDevice", "ReviewFrom40");
        }
    }

    @Test
    void rowsFromManyThreadsAreAllWrittenInBatches() throws Exception {
        try (DecisionAuditWriter writer = new DecisionAuditWriter(repository, 64);
             ExecutorService callers = Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(callers.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        writer.submit(row("t" + thread + "-" + i, "APPROVE"));
                    }
                }));
            }
            for (var d : done) {
                d.get();
            }
            writer.flush();
            assertThat(stored()).isEqualTo(2000);
            assertThat(writer.pending()).isZero();
        }
    }

    @Test
    void whileTheTableIsUnavailableRowsWaitAndCallersAreHeldBack() throws Exception {
        try (DecisionAuditWriter writer = new DecisionAuditWriter(repository, 2)) {
            jdbc.sql("ALTER TABLE risk_decisions RENAME TO risk_decisions_away").update();
            Thread caller = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 10; i++) {
                    writer.submit(row("held-" + i, "APPROVE"));
                }
            });
            // The writer holds at most one batch and the queue two rows: the caller must end up waiting.
            while (caller.getState() != Thread.State.WAITING || writer.pending() < 4) {
                assertThat(caller.isAlive()).as("the caller got through a full queue").isTrue();
                Thread.sleep(10);
            }
            assertThat(jdbc.sql("SELECT count(*) FROM risk_decisions_away").query(Integer.class).single()).isZero();
            jdbc.sql("ALTER TABLE risk_decisions_away RENAME TO risk_decisions").update();
            caller.join();
            writer.flush();
            assertThat(stored()).isEqualTo(10);
        }
    }

    @Test
    void aRowTheDatabaseRejectsDoesNotTakeItsBatchWithIt() {
        try (DecisionAuditWriter writer = new DecisionAuditWriter(repository)) {
            writer.submit(row("good-1", "APPROVE"));
            writer.submit(row("bad", "MAYBE"));
            writer.submit(row("good-2", "DECLINE"));
            writer.flush();
            assertThat(jdbc.sql("SELECT id FROM risk_decisions ORDER BY id").query(String.class).list())
                    .containsExactly("good-1", "good-2");
        }
    }

    /**
     * A payment has one decision: until its row is written the writer hands it to a retry, and the database refuses a
     * second row for the payment id (two service instances deciding it at once) without losing the first.
     */
    @Test
    void aPaymentsDecisionIsFoundBeforeItIsWrittenAndAPaymentHasOneRow() {
        try (DecisionAuditWriter writer = new DecisionAuditWriter(repository)) {
            AuditRow first = row("once-1", "APPROVE");
            writer.submit(first);
            assertThat(writer.pendingPaymentRow("pay-once-1").map(AuditRow::decision).or(() -> repository.paymentDecisionId("pay-once-1")
                    .flatMap(repository::find).map(io.shopdesk.risk.StoredDecision::decision)))
                    .contains(first.decision());
            writer.flush();
            assertThat(writer.pendingPaymentRow("pay-once-1")).as("written: read from the table from now on").isEmpty();
            assertThat(repository.paymentDecisionId("pay-once-1")).contains("once-1");
            AuditRow second = new AuditRow(new RiskDecision("once-2", "payment", "pay-once-1", "REVIEW", 50, List.of(),
                    "abcdef123456", "none", Instant.parse("2026-12-01T10:00:01Z")), 7L, null, Map.of(), List.of());
            writer.submit(second);
            writer.submit(row("once-3", "APPROVE"));
            writer.flush();
            assertThat(jdbc.sql("SELECT id FROM risk_decisions ORDER BY id").query(String.class).list())
                    .containsExactly("once-1", "once-3");
        }
    }

    /**
     * A financing application has one decision, as a payment has: its pending row is found by its application id, and
     * a second row for the id (another service instance) is rejected and logged while the rows around it are written.
     */
    @Test
    void anApplicationsDecisionIsFoundBeforeItIsWrittenAndAnApplicationHasOneRow() {
        try (DecisionAuditWriter writer = new DecisionAuditWriter(repository)) {
            AuditRow first = financing("app-1", "fin-1", "APPROVE");
            writer.submit(first);
            assertThat(writer.pendingApplicationRow("app-1").map(AuditRow::decision)
                    .or(() -> repository.applicationDecisionId("app-1").flatMap(repository::find)
                            .map(io.shopdesk.risk.StoredDecision::decision)))
                    .contains(first.decision());
            assertThat(writer.pendingPaymentRow("app-1")).as("a payment id is another id").isEmpty();
            writer.flush();
            assertThat(writer.pendingApplicationRow("app-1")).as("written: read from the table from now on").isEmpty();
            assertThat(repository.applicationDecisionId("app-1")).contains("fin-1");
            assertThat(repository.paymentDecisionId("app-1")).isEmpty();
            writer.submit(financing("app-1", "fin-2", "REVIEW"));
            writer.submit(financing("app-2", "fin-3", "APPROVE"));
            writer.submit(new AuditRow(new RiskDecision("pay-1", "payment", "app-1", "APPROVE", 0, List.of(),
                    "abcdef123456", "none", Instant.parse("2026-12-01T10:00:02Z")), 7L, null, Map.of(), List.of()));
            writer.flush();
            assertThat(jdbc.sql("SELECT id FROM risk_decisions ORDER BY id").query(String.class).list())
                    .as("a payment id spelt like the application id is another id").containsExactly("fin-1", "fin-3", "pay-1");
        }
    }

    static AuditRow financing(String applicationId, String id, String decision) {
        return new AuditRow(new RiskDecision(id, "financing", applicationId, decision, 10, List.of(), "abcdef123456",
                "none", Instant.parse("2026-12-01T10:00:00Z")), 7L, null,
                Map.of("applicationId", applicationId, "customerId", 7, "amount", 6000, "termMonths", 12), List.of());
    }

    /**
     * A payment decided before the service started (a row in the table) is found after the start-up read of the stored
     * ids; a new payment id is decided without an audit-table look-up, and its retry then gets its decision.
     */
    @Test
    void paymentsStoredBeforeStartAreFoundAndNewOnesAreDecidedOnce() {
        try (DecisionAuditWriter writer = new DecisionAuditWriter(repository)) {
            AuditRow before = new AuditRow(new RiskDecision("old-1", "payment", "pay-old", "REVIEW", 50, List.of(),
                    "abcdef123456", "none", Instant.parse("2026-12-01T10:00:00Z")), 7L, null,
                    Map.of("paymentId", "pay-old", "customerId", 7, "amount", 299, "currency", "CNY", "method", "card"),
                    List.of());
            writer.submit(before);
            writer.flush();

            OncePerPayment once = new OncePerPayment(writer, repository);
            once.awaitLoaded();
            java.util.concurrent.atomic.AtomicInteger decided = new java.util.concurrent.atomic.AtomicInteger();
            java.util.function.Supplier<RiskDecision> decide = () -> {
                RiskDecision made = new RiskDecision("new-" + decided.incrementAndGet(), "payment", "pay-new", "APPROVE",
                        0, List.of(), "abcdef123456", "none", Instant.parse("2026-12-01T10:00:00Z"));
                writer.submit(new AuditRow(made, 7L, null, payment("pay-new"), List.of())); // as RiskService does
                return made;
            };
            assertThat(once.decide(payment("pay-old"), decide).decisionId()).isEqualTo("old-1");
            assertThat(decided).hasValue(0);
            assertThat(once.decide(payment("pay-new"), decide).decisionId()).isEqualTo("new-1");
            writer.flush();
            assertThat(once.decide(payment("pay-new"), decide).decisionId()).as("its retry, read from the table").isEqualTo("new-1");
            assertThat(decided).hasValue(1);
        }
    }

    private static io.shopdesk.risk.PaymentRequest payment(String id) {
        return new io.shopdesk.risk.PaymentRequest(id, 7L, new java.math.BigDecimal("299"), "CNY", "card", null, null,
                null, null, null, null, null, null);
    }

    /** V12 on a table that already holds a payment decided twice: the first decision becomes the payment's. */
    @Test
    void theMigrationGivesAPaymentDecidedTwiceBeforeItsFirstDecision() {
        HikariDataSource old = new HikariDataSource();
        old.setJdbcUrl("jdbc:h2:mem:audit-old-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (old) {
            Flyway.configure().dataSource(old).locations("classpath:db/migration").target("10").load().migrate();
            JdbcClient before = JdbcClient.create(old);
            for (String[] d : new String[][] {{"b", "2026-12-01 10:00:05+00"}, {"a", "2026-12-01 10:00:01+00"},
                    {"c", "2026-12-01 10:00:09+00"}}) {
                before.sql("""
                        INSERT INTO risk_decisions (id, kind, subject_id, decision, score, reasons, input, fired_rules,
                            rule_set_version, model_version, created_at)
                        VALUES (:id, :kind, :subject, 'APPROVE', 0, '[]', '{}', '[]', 'v', 'none', CAST(:at AS TIMESTAMP WITH TIME ZONE))""")
                        .param("id", d[0]).param("kind", d[0].equals("c") ? "financing" : "payment")
                        .param("subject", d[0].equals("c") ? "app-1" : "pay-twice").param("at", d[1]).update();
            }
            Flyway.configure().dataSource(old).locations("classpath:db/migration").load().migrate();
            assertThat(before.sql("SELECT id, payment_id FROM risk_decisions ORDER BY id").query().listOfRows())
                    .extracting(r -> r.get("id") + "=" + r.get("payment_id"))
                    .containsExactly("a=pay-twice", "b=null", "c=null");
        }
    }

    /**
     * V15 on a table that already holds financing applications scored twice (before they were decided once): the first
     * decision becomes the application's (the lower id when two share their time), the later ones keep no application
     * id so the unique index can be built, and payments keep none.
     */
    @Test
    void theMigrationGivesAnApplicationDecidedTwiceBeforeItsFirstDecision() {
        HikariDataSource old = new HikariDataSource();
        old.setJdbcUrl("jdbc:h2:mem:audit-old-fin-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (old) {
            Flyway.configure().dataSource(old).locations("classpath:db/migration").target("13").load().migrate();
            JdbcClient before = JdbcClient.create(old);
            for (String[] d : new String[][] {
                    {"f2", "financing", "app-twice", "2026-12-01 10:00:05+00"},
                    {"f1", "financing", "app-twice", "2026-12-01 10:00:01+00"},
                    {"g2", "financing", "app-same-time", "2026-12-01 10:00:07+00"},
                    {"g1", "financing", "app-same-time", "2026-12-01 10:00:07+00"},
                    {"h1", "financing", "app-once", "2026-12-01 10:00:08+00"},
                    {"p1", "payment", "app-twice", "2026-12-01 10:00:00+00"}}) {
                before.sql("""
                        INSERT INTO risk_decisions (id, kind, subject_id, decision, score, reasons, input, fired_rules,
                            rule_set_version, model_version, created_at, payment_id)
                        VALUES (:id, :kind, :subject, 'APPROVE', 0, '[]', '{}', '[]', 'v', 'none',
                            CAST(:at AS TIMESTAMP WITH TIME ZONE), :payment)""")
                        .param("id", d[0]).param("kind", d[1]).param("subject", d[2]).param("at", d[3])
                        .param("payment", d[1].equals("payment") ? d[2] : null).update();
            }
            Flyway.configure().dataSource(old).locations("classpath:db/migration").load().migrate();
            assertThat(before.sql("SELECT id, application_id, payment_id FROM risk_decisions ORDER BY id").query().listOfRows())
                    .extracting(r -> r.get("id") + "=" + r.get("application_id") + "/" + r.get("payment_id"))
                    .containsExactly("f1=app-twice/null", "f2=null/null", "g1=app-same-time/null", "g2=null/null",
                            "h1=app-once/null", "p1=null/app-twice");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> before.sql("""
                            UPDATE risk_decisions SET application_id = 'app-twice' WHERE id = 'f2'""").update())
                    .as("the unique index holds").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }

    @Test
    void closingDrainsTheQueueAndLaterRowsAreWrittenDirectly() {
        DecisionAuditWriter writer = new DecisionAuditWriter(repository);
        for (int i = 0; i < 1000; i++) {
            writer.submit(row("drain-" + i, "APPROVE"));
        }
        writer.close();
        assertThat(stored()).isEqualTo(1000);
        writer.submit(row("late", "REVIEW"));
        assertThat(repository.find("late")).isPresent();
    }
}
