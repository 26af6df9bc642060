package io.shopdesk.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.commerce.OrderAddressChanges.AddressChange;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A delivery address changed in the chat, on the migrated demo shop (H2 in PostgreSQL mode, as the service runs it):
 * the order's shipping_address and the row of order_address_changes are written together, or neither is.
 */
class OrderAddressChangesTest {
    /**
     * An hour after the test starts, a quarter second past a whole second (the change is stored to the second): the
     * demo data dates the orders still awaiting payment, SD10000004 among them, to a few minutes before each migrate
     * (db/demo's afterMigrate callback), and an order's updated_at never goes back before its creation.
     */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.HOURS).plusMillis(250);
    static final OffsetDateTime CHANGED_AT = OffsetDateTime.ofInstant(NOW.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    static JdbcClient jdbc;
    static OrderAddressChanges changes;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:order-address-changes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        changes = new OrderAddressChanges(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static String address(String orderId) {
        return jdbc.sql("SELECT shipping_address FROM orders WHERE id = :id").param("id", orderId).query(String.class).single();
    }

    static long rows(String orderId) {
        return jdbc.sql("SELECT count(*) FROM order_address_changes WHERE order_id = :id").param("id", orderId)
                .query(Long.class).single();
    }

    @Test
    void theOrdersAddressAndTheRecordOfTheChangeAreWritten() {
        AddressChange change = changes.change("SD10000004", "pending_payment", "上海市浦东新区世纪大道100号", "conv-1").orElseThrow();
        assertThat(change).isEqualTo(new AddressChange("SD10000004", "广州市天河区天河路385号太古汇公寓A座906室",
                "上海市浦东新区世纪大道100号", "conv-1", CHANGED_AT));
        assertThat(address("SD10000004")).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(jdbc.sql("SELECT updated_at FROM orders WHERE id = 'SD10000004'").query(OffsetDateTime.class).single())
                .isAtSameInstantAs(CHANGED_AT);
        var stored = jdbc.sql("""
                        SELECT order_id, old_address, new_address, conversation_id, changed_at
                        FROM order_address_changes WHERE order_id = 'SD10000004'""")
                .query((rs, n) -> new AddressChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().oldAddress()).isEqualTo("广州市天河区天河路385号太古汇公寓A座906室");
        assertThat(stored.getFirst().newAddress()).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(stored.getFirst().conversationId()).isEqualTo("conv-1");
        assertThat(stored.getFirst().changedAt()).isAtSameInstantAs(CHANGED_AT);

        // A second change keeps the first: the agent sees both, oldest first.
        changes.change("SD10000004", "pending_payment", "88 Nanjing Road, Shanghai", null).orElseThrow();
        assertThat(changes.of(List.of("SD10000004", "SD10000001")).get("SD10000004"))
                .extracting(AddressChange::oldAddress, AddressChange::newAddress, AddressChange::conversationId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("广州市天河区天河路385号太古汇公寓A座906室", "上海市浦东新区世纪大道100号", "conv-1"),
                        org.assertj.core.groups.Tuple.tuple("上海市浦东新区世纪大道100号", "88 Nanjing Road, Shanghai", null));
        assertThat(changes.of(List.of("SD10000001"))).isEmpty();
        assertThat(changes.of(List.of())).isEmpty();
    }

    @Test
    void anOrderThatMovedOnSinceTheQuestionIsLeftAsItIs() {
        String before = address("SD10000006");
        assertThat(changes.change("SD10000006", "paid", "上海市浦东新区世纪大道100号", "conv-2")).isEmpty();
        assertThat(address("SD10000006")).isEqualTo(before);
        assertThat(rows("SD10000006")).isZero();
        assertThat(changes.change("SD99999999", "paid", "上海市浦东新区世纪大道100号", "conv-2")).isEmpty();
    }

    @Test
    void whenTheRecordCannotBeWrittenTheAddressIsNotChangedEither() {
        String before = address("SD10000005");
        // conversation_id holds 64 characters: the insert fails after the update, in the same transaction.
        assertThatThrownBy(() -> changes.change("SD10000005", "paid", "上海市浦东新区世纪大道100号", "c".repeat(65)))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(address("SD10000005")).isEqualTo(before);
        assertThat(rows("SD10000005")).isZero();
        assertThatThrownBy(() -> changes.change("SD10000005", "paid", " ", "conv-3"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
