package io.shopdesk.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers and their orders from the shop database, for the agent's view and the escalation rules. Thread-safe. */
@Repository
public class CustomerRepository {
    private final JdbcClient jdbc;

    /** A customer as an agent may see them: the phone is masked but for its last four digits. */
    public record Customer(long id, String name, String tier, String phone) {
        public boolean isVip() {
            return "vip".equals(tier);
        }
    }

    /**
     * An order as the agent's context panel lists it: what was bought and, once there is one, its latest shipment
     * (null before), so that an agent handling a late or missing parcel or a faulty item has the carrier, the tracking
     * number and the dates without asking the shopper; and its payments, every attempt oldest first, so that one
     * handling a double charge or a payment question has the amounts, methods, outcomes and times.
     */
    public record OrderSummary(String id, String status, BigDecimal total, String currency, Instant createdAt,
                               List<Item> items, OrderDetails.Shipment shipment, List<OrderDetails.Payment> payments) {
        public OrderSummary {
            payments = payments == null ? List.of() : List.copyOf(payments);
        }

        /** What the order's payments say (a duplicate charge among them): see {@link OrderPayments}. */
        public OrderPayments paymentSummary() {
            return new OrderPayments(payments);
        }

        /** Whole days the order is past its estimated delivery on {@code today}: see {@link OrderDetails#daysLate}. */
        public int daysLate(LocalDate today) {
            return OrderDetails.daysLate(status, shipment, today);
        }
    }

    /** A line of an order: the product's name in both languages and how many. */
    public record Item(String nameEn, String nameZh, int quantity) {
    }

    public CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Customer> find(long customerId) {
        return jdbc.sql("SELECT id, name, tier, phone FROM customers WHERE id = :id").param("id", customerId)
                .query((rs, n) -> new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), mask(rs.getString(4))))
                .optional();
    }

    /** The customer's latest orders, newest first, with their items, latest shipments and payments (four queries in all). */
    public List<OrderSummary> orders(long customerId, int limit) {
        record Row(String id, String status, BigDecimal total, String currency, Instant createdAt) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, status, total, currency, created_at FROM orders WHERE customer_id = :id
                        ORDER BY created_at DESC LIMIT :limit""")
                .param("id", customerId).param("limit", limit)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(Row::id).toList();
        Map<String, List<Item>> items = new HashMap<>();
        jdbc.sql("""
                        SELECT i.order_id, p.name_en, p.name_zh, i.quantity
                        FROM order_items i JOIN products p ON p.id = i.product_id
                        WHERE i.order_id IN (:ids) ORDER BY i.id""")
                .param("ids", ids)
                .query(rs -> {
                    items.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Item(rs.getString(2), rs.getString(3), rs.getInt(4)));
                });
        // The latest shipment of each order, as OrderRepository.find takes it.
        Map<String, OrderDetails.Shipment> shipments = new HashMap<>();
        jdbc.sql("""
                        SELECT order_id, carrier, tracking_number, status, eta, delivered_at
                        FROM shipments WHERE order_id IN (:ids) ORDER BY id DESC""")
                .param("ids", ids)
                .query(rs -> {
                    shipments.putIfAbsent(rs.getString(1), OrderRepository.shipment(rs, 2));
                });
        Map<String, List<OrderDetails.Payment>> payments = new HashMap<>();
        jdbc.sql("""
                        SELECT order_id, id, amount, currency, method, status, failure_code, instalment_months, created_at
                        FROM payments WHERE order_id IN (:ids) ORDER BY created_at, id""")
                .param("ids", ids)
                .query(rs -> {
                    payments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(OrderRepository.payment(rs, 2));
                });
        return rows.stream().map(r -> new OrderSummary(r.id(), r.status(), r.total(), r.currency(), r.createdAt(),
                List.copyOf(items.getOrDefault(r.id(), List.of())), shipments.get(r.id()),
                payments.getOrDefault(r.id(), List.of()))).toList();
    }

    static String mask(String phone) {
        return phone == null || phone.length() <= 4 ? phone : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
