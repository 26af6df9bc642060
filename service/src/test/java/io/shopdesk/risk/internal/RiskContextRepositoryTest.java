package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderAddressChanges;
import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.RiskSettings;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the risk rules read from the shop database, on the migrated demo shop (H2). The chat's address-change signal
 * (ConversationSignals.addressChangeRequested): asked for in one of the conversation's last 5 messages, as before, or
 * made by the chat (a row of order_address_changes) within shopdesk.risk.chat-address-change-window before the
 * payment, in its conversation or for its order. And what a replay at a decision's time reads: nothing written after
 * it (a message, a failed payment, an order, an address change).
 */
class RiskContextRepositoryTest {
    static final Instant CHANGED = Instant.parse("2026-12-06T10:00:00Z");
    static JdbcClient jdbc;
    static RiskContextRepository context;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:risk-context;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        OrderAddressChanges changes = new OrderAddressChanges(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.fixed(CHANGED, ZoneOffset.UTC));
        RiskSettings settings = new RiskSettings("risk", Path.of("rules/risk/lists"), List.of("k"), List.of("o"),
                Path.of("nlp-models/financing-model"), Duration.ofHours(24), Duration.ofMinutes(5), Duration.ofDays(90),
                Duration.ofHours(24), Duration.ofDays(14), null, 0);
        context = new RiskContextRepository(jdbc, settings);
        conversation("conv-changed", "我想改一下收货地址", "change_address");
        conversation("conv-asked", "can I change the delivery address", "change_address");
        conversation("conv-other", "how long does shipping take", "shipping_time");
        changes.change("SD10000004", "pending_payment", "上海市浦东新区世纪大道100号", "conv-changed").orElseThrow();
        // Five later messages push the request out of the last 5: only the change itself still counts.
        for (int i = 0; i < 5; i++) {
            message("conv-changed", "好的", "thanks");
        }
    }

    static void conversation(String id, String text, String intent) {
        jdbc.sql("INSERT INTO conversations (id, language, state, created_at, updated_at) VALUES (:id, 'zh', '{}', :at, :at)")
                .param("id", id).param("at", Timestamp.from(CHANGED.minusSeconds(600))).update();
        message(id, text, intent);
    }

    static void message(String conversationId, String text, String intent) {
        message(conversationId, text, intent, CHANGED.minusSeconds(300));
    }

    static void message(String conversationId, String text, String intent, Instant at) {
        jdbc.sql("""
                        INSERT INTO conversation_messages (conversation_id, role, type, text, intent, created_at)
                        VALUES (:id, 'shopper', 'text', :text, :intent, :at)""")
                .param("id", conversationId).param("text", text).param("intent", intent)
                .param("at", Timestamp.from(at)).update();
    }

    @Test
    void anAddressTheChatChangedCountsForItsConversationAndItsOrderWithinTheWindow() {
        Instant hourLater = CHANGED.plus(Duration.ofHours(1));
        ConversationSignals same = context.conversation("conv-changed", "SD10000004", hourLater);
        assertThat(same.addressChangeRequested()).isTrue();
        assertThat(same.present()).isTrue();
        assertThat(same.messages()).isEqualTo(6);
        assertThat(context.conversation("conv-changed", null, hourLater).addressChangeRequested()).isTrue();
        // The checkout paying for the order from another conversation, or none at all.
        assertThat(context.conversation("conv-other", "SD10000004", hourLater).addressChangeRequested()).isTrue();
        ConversationSignals noChat = context.conversation(null, "SD10000004", hourLater);
        assertThat(noChat).isEqualTo(ConversationSignals.NONE.withAddressChange());
        assertThat(noChat.present()).isFalse();
    }

    @Test
    void anotherOrderOrConversationOrALaterPaymentDoesNotCount() {
        Instant hourLater = CHANGED.plus(Duration.ofHours(1));
        assertThat(context.conversation("conv-other", "SD10000005", hourLater).addressChangeRequested()).isFalse();
        assertThat(context.conversation(null, "SD10000005", hourLater)).isEqualTo(ConversationSignals.NONE);
        assertThat(context.conversation(" ", null, hourLater)).isEqualTo(ConversationSignals.NONE);
        Instant dayLater = CHANGED.plus(Duration.ofHours(25));
        assertThat(context.conversation("conv-changed", "SD10000004", dayLater).addressChangeRequested()).isFalse();
        // A payment decided (or replayed) before the change does not see it.
        assertThat(context.conversation(null, "SD10000004", CHANGED.minusSeconds(60)).addressChangeRequested()).isFalse();
    }

    @Test
    void anAddressChangeAskedForInTheLastMessagesStillCounts() {
        ConversationSignals asked = context.conversation("conv-asked", "SD10000005", CHANGED);
        assertThat(asked).isEqualTo(new ConversationSignals(true, 0, true, false, false, 1));
    }

    @Test
    void aWindowEndsExactlyItsLengthAfterTheChange() {
        Instant windowEnd = CHANGED.plus(Duration.ofHours(24));
        assertThat(context.conversation(null, "SD10000004", CHANGED).addressChangeRequested()).isTrue();
        assertThat(context.conversation(null, "SD10000004", windowEnd.minusMillis(1)).addressChangeRequested()).isTrue();
        assertThat(context.conversation(null, "SD10000004", windowEnd).addressChangeRequested()).isFalse();
    }

    @Test
    void messagesWrittenAfterTheDecisionsTimeDoNotCount() {
        Instant decided = CHANGED.plusSeconds(60);
        conversation("conv-failing", "支付失败了", "payment_failed");
        message("conv-failing", "还是付不了款", "payment_failed", decided);
        // Written after the payment was decided: a replay at its time must not see them.
        message("conv-failing", "又失败了，急", "payment_failed", decided.plusMillis(1));
        message("conv-failing", "I want to change the address", "change_address", decided.plusSeconds(30));
        assertThat(context.conversationAsOf("conv-failing", null, decided))
                .isEqualTo(new ConversationSignals(true, 2, false, false, false, 2));
        assertThat(context.conversationAsOf("conv-failing", null, decided.plusSeconds(30)))
                .isEqualTo(new ConversationSignals(true, 3, true, false, true, 4));
        assertThat(context.conversationAsOf("conv-failing", null, CHANGED.minusSeconds(301)))
                .isEqualTo(ConversationSignals.NONE);
    }

    @Test
    void aCustomerReplayedAtADecisionsTimeHasOnlyTheOrdersAndFailedPaymentsBeforeIt() {
        Instant decided = Instant.parse("2026-12-06T12:00:00Z");
        jdbc.sql("INSERT INTO customers (name, phone, tier, created_at) VALUES ('Replay', '13900009901', 'silver', :at)")
                .param("at", Timestamp.from(decided.minus(Duration.ofDays(400)))).update();
        long id = jdbc.sql("SELECT id FROM customers WHERE phone = '13900009901'").query(Long.class).single();
        order("SD19990001", id, decided.minus(Duration.ofDays(30)));
        order("SD19990002", id, decided.minus(Duration.ofDays(2)));
        order("SD19990003", id, decided.plusSeconds(1));
        failedPayment("PAYREPLAY1", "SD19990002", id, decided.minus(Duration.ofHours(25)));
        failedPayment("PAYREPLAY2", "SD19990002", id, decided.minus(Duration.ofHours(3)));
        failedPayment("PAYREPLAY3", "SD19990002", id, decided);
        failedPayment("PAYREPLAY4", "SD19990003", id, decided.plusMillis(1));

        CustomerTimelines timelines = context.customers(List.of(id, 987654L), decided.minus(Duration.ofHours(1)));
        assertThat(timelines.at(id, decided)).isEqualTo(new RiskContextRepository.Customer(400, "silver", 2, 2));
        assertThat(timelines.at(id, decided.plusSeconds(1)))
                .isEqualTo(new RiskContextRepository.Customer(400, "silver", 3, 3));
        assertThat(timelines.at(id, decided.minus(Duration.ofHours(1))))
                .isEqualTo(new RiskContextRepository.Customer(399, "silver", 2, 1));
        assertThat(timelines.at(987654L, decided)).isEqualTo(RiskContextRepository.Customer.UNKNOWN);
    }

    @Test
    void aReportedTakeoverCountsFromWhenItWasTheCustomersForTheWindowLiveAndReplayedAlike() {
        Instant reported = Instant.parse("2026-12-01T08:00:00Z");
        Instant identified = reported.plus(Duration.ofMinutes(10));
        jdbc.sql("INSERT INTO customers (name, phone, tier, created_at) VALUES ('Taken', '13900009902', 'gold', :at)")
                .param("at", Timestamp.from(reported.minus(Duration.ofDays(400)))).update();
        long id = jdbc.sql("SELECT id FROM customers WHERE phone = '13900009902'").query(Long.class).single();
        jdbc.sql("INSERT INTO conversations (id, language, state, created_at, updated_at) VALUES ('conv-taken', 'zh', '{}', :at, :at)")
                .param("at", Timestamp.from(reported)).update();
        // Said anonymously, then the chat identified the customer ten minutes later.
        jdbc.sql("""
                        INSERT INTO account_takeover_reports (conversation_id, customer_id, reported_at, identified_at)
                        VALUES ('conv-taken', :customer, :reported, :identified)""")
                .param("customer", id).param("reported", Timestamp.from(reported))
                .param("identified", Timestamp.from(identified)).update();

        Instant windowEnd = reported.plus(Duration.ofDays(14));
        CustomerTimelines timelines = context.customers(List.of(id), reported.minus(Duration.ofDays(1)));
        for (Instant at : List.of(reported.minusSeconds(1), identified.minusMillis(1), identified,
                windowEnd.minusMillis(1), windowEnd)) {
            boolean expected = !at.isBefore(identified) && at.isBefore(windowEnd);
            assertThat(context.customer(id, at).takeoverReported()).as("live at %s", at).isEqualTo(expected);
            assertThat(timelines.at(id, at).takeoverReported()).as("replayed at %s", at).isEqualTo(expected);
        }
        assertThat(context.customer(id, identified).signals(ConversationSignals.NONE))
                .isEqualTo(ConversationSignals.NONE.withTakeoverReported());
    }

    static void order(String id, long customerId, Instant at) {
        jdbc.sql("""
                        INSERT INTO orders (id, customer_id, status, total, shipping_address, created_at, updated_at)
                        VALUES (:id, :customer, 'paid', 100, '上海市', :at, :at)""")
                .param("id", id).param("customer", customerId).param("at", Timestamp.from(at)).update();
    }

    static void failedPayment(String id, String orderId, long customerId, Instant at) {
        jdbc.sql("""
                        INSERT INTO payments (id, order_id, customer_id, amount, method, status, failure_code, created_at)
                        VALUES (:id, :order, :customer, 100, 'card', 'failed', 'card_declined', :at)""")
                .param("id", id).param("order", orderId).param("customer", customerId).param("at", Timestamp.from(at))
                .update();
    }
}
