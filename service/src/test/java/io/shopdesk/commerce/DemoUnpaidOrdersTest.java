package io.shopdesk.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo orders awaiting payment agree with the policy the chat states beside them: an unpaid order is held for 30
 * minutes, then cancelled. SD10000004 was shown as awaiting payment with a WeChat Pay payment pending since
 * 2026-11-25 10:20, days after it would have been cancelled; the demo locations' afterMigrate callback places them
 * minutes before the database is migrated (db/demo/afterMigrate__unpaid_orders_just_placed.sql). The bound compares
 * with the time of the migration, taken before it, not with how long the test runs.
 */
class DemoUnpaidOrdersTest {
    static OrderRepository orders;
    static OffsetDateTime migratedAfter;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo-unpaid-orders;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        migratedAfter = OffsetDateTime.now();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        orders = new OrderRepository(JdbcClient.create(dataSource));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SD10000004", "SD10000024"})
    void anUnpaidDemoOrdersPendingPaymentStartedWithinTheThirtyMinutesItIsHeld(String orderId) {
        OrderDetails order = orders.find(orderId).orElseThrow();
        assertThat(order.status()).isEqualTo("pending_payment");
        assertThat(order.paymentSummary().pending()).hasValueSatisfying(payment -> assertThat(
                        Duration.between(payment.createdAt().toInstant(), migratedAfter.toInstant()))
                .as("how long before the migration its pending payment started")
                .isLessThan(Duration.ofMinutes(30)));
    }

    /**
     * SD10000014's card payment failed (insufficient funds) and it can be paid again: the chat says to pay it in My
     * Orders while the 30 minutes last, which fits only if it failed minutes ago. It showed 2026-11-25 08:51.
     */
    @Test
    void theDemoOrderWhosePaymentFailedFailedWithinTheThirtyMinutesItIsHeld() {
        OrderDetails order = orders.find("SD10000014").orElseThrow();
        assertThat(order.status()).isEqualTo("pending_payment");
        assertThat(order.paymentSummary().latestFailure()).hasValueSatisfying(payment -> assertThat(
                        Duration.between(payment.createdAt().toInstant(), migratedAfter.toInstant()))
                .as("how long before the migration its payment failed")
                .isLessThan(Duration.ofMinutes(30)));
    }
}
