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
 * The chat's address-change signal (ConversationSignals.addressChangeRequested) on the migrated demo shop (H2): asked
 * for in one of the conversation's last 5 messages, as before, or made by the chat (a row of order_address_changes)
 * within shopdesk.risk.chat-address-change-window before the payment, in its conversation or for its order.
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
                Duration.ofHours(24), null);
        context = new RiskContextRepository(jdbc, changes, settings);
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
        jdbc.sql("""
                        INSERT INTO conversation_messages (conversation_id, role, type, text, intent, created_at)
                        VALUES (:id, 'shopper', 'text', :text, :intent, :at)""")
                .param("id", conversationId).param("text", text).param("intent", intent)
                .param("at", Timestamp.from(CHANGED.minusSeconds(300))).update();
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
}
