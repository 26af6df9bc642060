package io.shopdesk.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An order read from the migrated demo shop (H2 in PostgreSQL mode, as the service runs it) comes with its payments,
 * oldest first, and the time it last changed: what the dialogue answers payment questions from; and with its parcels
 * and what each carries, what it answers "I only got one of my two items" from.
 */
class OrderRepositoryTest {
    static OrderRepository orders;
    static JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:order-repository;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        orders = new OrderRepository(jdbc);
    }

    @Test
    void anOrderSentInTwoParcelsSaysWhatEachCarries() {
        OrderDetails order = orders.find("SD10000048").orElseThrow();
        assertThat(order.items()).containsExactly(new OrderDetails.Item("Egyptian Cotton Bedding Set", "埃及长绒棉床品四件套", 1),
                new OrderDetails.Item("Memory Foam Pillow", "记忆棉护颈枕", 2));
        assertThat(order.isSplit()).isTrue();
        assertThat(order.parcels()).extracting(p -> p.shipment().trackingNumber(), p -> p.shipment().status(),
                        OrderDetails.Parcel::items)
                .containsExactly(
                        Tuple.tuple("SF1486420000481", "delivered",
                                List.of(new OrderDetails.Item("Egyptian Cotton Bedding Set", "埃及长绒棉床品四件套", 1))),
                        Tuple.tuple("JDVA28642000482", "in_transit",
                                List.of(new OrderDetails.Item("Memory Foam Pillow", "记忆棉护颈枕", 2))));
        assertThat(order.parcelsDelivered()).hasSize(1);
        assertThat(order.parcelsOnTheirWay()).singleElement().satisfies(p -> {
            assertThat(p.shipment().carrier()).isEqualTo("JD Logistics");
            assertThat(p.shipment().eta()).isAfter(order.parcelsDelivered().getFirst().shipment().deliveredOn());
        });
        assertThat(order.shipment()).as("the latest parcel, as before parcels were read")
                .isEqualTo(order.parcels().getLast().shipment());
        assertThat(order.phoneEndsWith("8642")).isTrue();
    }

    /** The agent's list of a customer's orders reads the same parcels, with the days they left the warehouse. */
    @Test
    void aCustomersOrdersComeWithTheirParcels() {
        OrderDetails details = orders.find("SD10000048").orElseThrow();
        CustomerRepository.OrderSummary order = new CustomerRepository(jdbc).orders(details.customerId(), 10).getFirst();
        assertThat(order.id()).isEqualTo("SD10000048");
        assertThat(order.parcels()).isEqualTo(details.parcels());
        assertThat(order.shipment()).isEqualTo(details.shipment());
        assertThat(order.parcels()).allSatisfy(p -> assertThat(p.shipment().shippedOn()).isNotNull());
        assertThat(order.parcels().getFirst().shipment().shippedOn())
                .isEqualTo(order.parcels().getFirst().shipment().deliveredOn().minusDays(2));
        assertThat(order.itemsNotInParcels()).contains(List.of());
    }

    @Test
    void anOrderWithoutRecordedContentsHasItsOneParcelUnlisted() {
        OrderDetails order = orders.find("SD10000002").orElseThrow();
        assertThat(order.items()).extracting(OrderDetails.Item::nameEn, OrderDetails.Item::quantity)
                .containsExactly(Tuple.tuple("StormShield Waterproof Jacket", 1), Tuple.tuple("Cashmere Scarf", 1));
        assertThat(order.parcels()).singleElement().satisfies(p -> {
            assertThat(p.shipment().trackingNumber()).isEqualTo("JDVA27483910562");
            assertThat(p.isDelivered()).isTrue();
            assertThat(p.isListed()).isFalse();
        });
        assertThat(orders.find("SD10000015").orElseThrow().parcels()).as("paid, not shipped").isEmpty();
        assertThat(orders.find("SD10000018").orElseThrow().items()).extracting(OrderDetails.Item::quantity)
                .containsExactly(3, 1);
    }

    @Test
    void aParcelCanOnlyCarryItemsOfItsOwnOrder() {
        long parcelOf48 = jdbc.sql("SELECT id FROM shipments WHERE tracking_number = 'SF1486420000481'")
                .query(Long.class).single();
        long itemOf2 = jdbc.sql("SELECT min(id) FROM order_items WHERE order_id = 'SD10000002'").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO shipment_items (shipment_id, order_item_id, order_id, quantity) "
                        + "VALUES (:s, :i, 'SD10000048', 1)").param("s", parcelOf48).param("i", itemOf2).update())
                .as("the item belongs to SD10000002").isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("fk_shipment_items_order_item");
        long itemOf48 = jdbc.sql("SELECT min(id) FROM order_items WHERE order_id = 'SD10000048'").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO shipment_items (shipment_id, order_item_id, order_id, quantity) "
                        + "VALUES (:s, :i, 'SD10000048', 0)").param("s", parcelOf48).param("i", itemOf48).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_shipment_items_quantity");
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
