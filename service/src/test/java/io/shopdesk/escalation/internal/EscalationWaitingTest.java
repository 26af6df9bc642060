package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.MovableClock;
import io.shopdesk.escalation.Escalation;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Waiting time over a transfer, on the real schema (H2, the Flyway migrations) with a clock the test moves: an
 * escalation queued again for a team counts its new wait from the transfer, its total waiting counts both queues,
 * and the report's averages are built on those.
 */
class EscalationWaitingTest {
    static final Instant START = Instant.parse("2026-11-25T02:00:00Z");

    final MovableClock clock = new MovableClock(START);
    JdbcClient jdbc;
    EscalationRepository escalations;
    EscalationReports reports;


    @BeforeEach
    void database(org.junit.jupiter.api.TestInfo test) {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:waiting-" + test.getDisplayName().hashCode()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        jdbc = JdbcClient.create(db);
        escalations = new EscalationRepository(jdbc, JsonMapper.builder().build(), clock, new ShopperNeeds(jdbc, JsonMapper.builder().build()));
        reports = new EscalationReports(jdbc, clock);
    }

    long escalate(String conversationId) {
        jdbc.sql("INSERT INTO conversations (id, language, state, created_at, updated_at) VALUES (:id, 'zh', '{}', :now, :now)")
                .param("id", conversationId).param("now", Timestamp.from(clock.instant())).update();
        return escalations.insert(conversationId, 2, "general",
                List.of(new Escalation.Reason("EXPLICIT_REQUEST", "EscalateOnExplicitRequest", "顾客要求人工客服",
                        "顾客要求人工客服", "The shopper asked for a person", 2, "general", false)),
                "test", "zh", null);
    }

    Escalation find(long id) {
        return escalations.find(id).orElseThrow();
    }

    @Test
    void aTransferredEscalationCountsItsNewWaitAndTheTotalCountsBothQueues() {
        long id = escalate("c-transfer");
        clock.advanceSeconds(60);
        assertThat(find(id).waitingSeconds()).isEqualTo(60);
        assertThat(escalations.claim(id, "agent1")).isTrue();
        clock.advanceSeconds(120);
        assertThat(find(id).waitingSeconds()).as("held: the wait ended at the claim").isEqualTo(60);

        assertThat(escalations.requeue(id, "agent1", "payments")).isTrue();
        clock.advanceSeconds(30);
        Escalation requeued = find(id);
        assertThat(requeued.status()).isEqualTo("queued");
        assertThat(requeued.waitingSeconds()).as("the wait in the payments queue").isEqualTo(30);
        assertThat(requeued.totalWaitingSeconds()).isEqualTo(90);
        clock.advanceSeconds(15);
        assertThat(find(id).waitingSeconds()).as("still counting").isEqualTo(45);
        assertThat(find(id).totalWaitingSeconds()).isEqualTo(105);

        assertThat(escalations.claim(id, "agent2")).isTrue();
        clock.advanceSeconds(100);
        Escalation held = find(id);
        assertThat(held.waitingSeconds()).isEqualTo(45);
        assertThat(held.totalWaitingSeconds()).isEqualTo(105);
        assertThat(held.claimedAt()).as("the first claim").isEqualTo(START.plusSeconds(60));
        assertThat(escalations.close(id, "agent2", Escalation.RESOLVED, "solved", null)).isTrue();
        clock.advanceSeconds(5);
        assertThat(find(id).totalWaitingSeconds()).as("closed: no more waiting").isEqualTo(105);

        Map<?, ?> totals = (Map<?, ?>) reports.report(1, ZoneOffset.UTC).get("totals");
        assertThat(totals.get("avgWaitSeconds")).as("both queues").isEqualTo(105.0);
        assertThat(totals.get("avgHandleSeconds")).as("held by agent1, then by agent2").isEqualTo(220.0);
    }

    @Test
    void aWithdrawnEscalationIsClosedAsSuchAndCountedApart() {
        long served = escalate("c-served");
        clock.advanceSeconds(40);
        escalations.claim(served, "agent1");
        clock.advanceSeconds(20);
        escalations.close(served, "agent1", Escalation.RESOLVED, "solved", null);
        long withdrawn = escalate("c-withdrawn");
        clock.advanceSeconds(300);
        assertThat(escalations.close(withdrawn, null, Escalation.WITHDRAWN, null, null)).isTrue();
        assertThat(escalations.claim(withdrawn, "agent1")).as("closed").isFalse();

        Escalation closed = find(withdrawn);
        assertThat(closed.status()).isEqualTo("withdrawn");
        assertThat(closed.waitingSeconds()).isEqualTo(300);
        assertThat(escalations.closed(10)).extracting(Escalation::id).containsExactly(withdrawn, served);
        assertThat(escalations.open()).isEmpty();
        Map<?, ?> totals = (Map<?, ?>) reports.report(1, ZoneOffset.UTC).get("totals");
        assertThat(totals.get("escalated")).isEqualTo(2);
        assertThat(totals.get("withdrawn")).isEqualTo(1);
        assertThat(totals.get("resolved")).isEqualTo(1);
        assertThat(totals.get("avgWaitSeconds")).as("only waits an agent ended").isEqualTo(40.0);
        assertThat(Duration.ofSeconds(closed.totalWaitingSeconds())).isEqualTo(Duration.ofMinutes(5));
    }

    /**
     * A held chat says how long its agent has had it, counting on, and a transfer to a colleague starts it again: before,
     * the console showed the wait before the claim for a held chat, frozen, so a chat held for an hour read "0:12".
     */
    @Test
    void aHeldEscalationCountsHowLongItsAgentHasHadIt() {
        long id = escalate("c-held");
        clock.advanceSeconds(12);
        assertThat(find(id).heldSeconds()).as("queued: nobody holds it").isNull();
        assertThat(escalations.claim(id, "agent1")).isTrue();
        clock.advanceSeconds(90);
        assertThat(find(id).heldSeconds()).isEqualTo(90);
        clock.advanceSeconds(3600);
        assertThat(find(id).heldSeconds()).as("still counting").isEqualTo(3690);
        assertThat(find(id).waitingSeconds()).as("the wait ended at the claim").isEqualTo(12);

        assertThat(escalations.assign(id, "agent1", "agent2")).isTrue();
        clock.advanceSeconds(7);
        assertThat(find(id).heldSeconds()).as("transferred to agent2 7 s ago").isEqualTo(7);

        assertThat(escalations.requeue(id, "agent2", "payments")).isTrue();
        assertThat(find(id).heldSeconds()).as("back in a queue").isNull();
        assertThat(escalations.claim(id, "agent1")).isTrue();
        clock.advanceSeconds(5);
        assertThat(escalations.close(id, "agent1", Escalation.RESOLVED, "solved", null)).isTrue();
        assertThat(find(id).heldSeconds()).as("closed").isNull();
    }

    void line(String conversationId, String role, String text) {
        jdbc.sql("""
                        INSERT INTO conversation_messages (conversation_id, role, type, text, created_at)
                        VALUES (:cid, :role, 'text', :text, :at)""")
                .param("cid", conversationId).param("role", role).param("text", text)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /**
     * A held chat says since when its shopper waits for an answer: since asking until the agent's first message, then
     * since their first message after the agent's last one; nothing while the agent wrote last. An agent with several
     * chats saw only "New message" while one was not open, and nothing once it was opened and left unanswered.
     */
    @Test
    void aHeldEscalationSaysSinceWhenItsShopperWaitsForAnAnswer() {
        long id = escalate("c-answer");
        clock.advanceSeconds(30);
        assertThat(escalations.claim(id, "agent1")).isTrue();
        assertThat(find(id).unansweredSeconds()).as("no answer since asking").isEqualTo(30);
        clock.advanceSeconds(10);
        line("c-answer", "agent", "Hello, I am looking into it.");
        assertThat(find(id).unansweredSeconds()).as("the agent wrote last").isNull();
        clock.advanceSeconds(20);
        line("c-answer", "shopper", "thanks, it is SD10000001");
        clock.advanceSeconds(15);
        line("c-answer", "shopper", "hello?");
        clock.advanceSeconds(5);
        assertThat(find(id).unansweredSeconds()).as("since the first line not answered").isEqualTo(20);
        line("c-answer", "agent", "Found it.");
        assertThat(find(id).unansweredSeconds()).isNull();
        assertThat(escalations.requeue(id, "agent1", "payments")).isTrue();
        line("c-answer", "shopper", "anyone?");
        assertThat(find(id).unansweredSeconds()).as("queued: the queue's wait says it").isNull();
    }
}
