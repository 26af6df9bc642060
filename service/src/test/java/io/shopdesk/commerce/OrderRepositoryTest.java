package io.shopdesk.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An order read from the migrated demo shop (H2 in PostgreSQL mode, as the service runs it) comes with its payments,
 * oldest first, and the time it last changed: what the dialogue answers payment questions from.
 */
class OrderRepositoryTest {
    static OrderRepository orders;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:order-repository;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        orders = new OrderRepository(JdbcClient.create(dataSource));
    }

    @Test
    void anOrderComesWithItsPaymentsOldestFirst() {
        OrderDetails order = orders.find("SD10000019").orElseThrow();
        assertThat(order.payments()).extracting(OrderDetails.Payment::id, OrderDetails.Payment::method,
                        OrderDetails.Payment::status, OrderDetails.Payment::failureCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PAY202611140019", "card", "failed", "card_declined"),
                        org.assertj.core.groups.Tuple.tuple("PAY202611140020", "alipay", "succeeded", null));
        assertThat(order.payments().getLast().amount()).isEqualByComparingTo("728.00");
        assertThat(order.payments().getLast().createdAt()).isAtSameInstantAs(OffsetDateTime.parse("2026-11-14T09:04:00+08:00"));
        assertThat(order.paymentSummary().isDuplicateCharge()).isFalse();
        assertThat(order.updatedAt()).isAtSameInstantAs(OffsetDateTime.parse("2026-11-17T15:40:00+08:00"));
    }

    @Test
    void theDemoOrdersChargedTwiceAreDuplicateCharges() {
        OrderDetails zh = orders.find("SD10000046").orElseThrow();
        assertThat(zh.customerPhone()).isEqualTo("13900001357");
        assertThat(zh.itemsZh()).containsExactly("无线降噪蓝牙耳机");
        assertThat(zh.paymentSummary().duplicatePair().orElseThrow())
                .extracting(OrderDetails.Payment::id).containsExactly("PAY2026112400461", "PAY2026112400462");
        OrderDetails en = orders.find("SD10000047").orElseThrow();
        assertThat(en.phoneEndsWith("0164")).isTrue();
        assertThat(en.paymentSummary().succeeded()).extracting(OrderDetails.Payment::method).containsExactly("card", "card");
        assertThat(en.paymentSummary().isDuplicateCharge()).isTrue();
    }

    @Test
    void aPendingAndARefundedPaymentReadAsStored() {
        assertThat(orders.find("SD10000004").orElseThrow().paymentSummary().pending())
                .map(OrderDetails.Payment::method).contains("wechat_pay");
        OrderDetails refunded = orders.find("SD10000013").orElseThrow();
        assertThat(refunded.paymentSummary().refunded()).hasSize(1);
        assertThat(refunded.paymentSummary().succeeded()).isEmpty();
    }
}
