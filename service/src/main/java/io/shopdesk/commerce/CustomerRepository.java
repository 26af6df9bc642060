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
     * An order as the agent's context panel lists it: what was bought and, once it has shipped, its parcels, oldest
     * first, each with what it carries when the shop recorded it (its latest one is {@code shipment}, null before),
     * so that an agent handling a late or missing parcel or a faulty item has the carriers, the tracking numbers and
     * the dates without asking the shopper; and its payments, every attempt oldest first, so that one handling a double
     * charge or a payment question has the amounts, methods, outcomes and times.
     */
    public record OrderSummary(String id, String status, BigDecimal total, String currency, Instant createdAt,
                               List<Item> items, List<OrderDetails.Parcel> parcels, List<OrderDetails.Payment> payments) {
        public OrderSummary {
            items = items == null ? List.of() : List.copyOf(items);
            parcels = parcels == null ? List.of() : List.copyOf(parcels);
            payments = payments == null ? List.of() : List.copyOf(payments);
        }

        /** Its latest shipment (the one the chat's status speaks of), or null before it ships. */
        public OrderDetails.Shipment shipment() {
            return parcels.isEmpty() ? null : parcels.getLast().shipment();
        }

        /**
         * What of the order no recorded parcel carries, each line with the quantity left over (an order of two pillows
         * whose parcel carries one lists one pillow): all of it before it ships. Empty when every item is in a parcel,
         * and unknown ({@link Optional#empty()}) when one of its parcels' contents were not recorded: the item may be
         * in it.
         */
        public Optional<List<Item>> itemsNotInParcels() {
            if (parcels.stream().anyMatch(p -> !p.isListed())) {
                return Optional.empty();
            }
            Map<List<String>, Integer> packed = new HashMap<>();
            parcels.forEach(p -> p.items().forEach(i -> packed.merge(List.of(i.nameEn(), i.nameZh()), i.quantity(), Integer::sum)));
            List<Item> left = new ArrayList<>();
            for (Item item : items) {
                List<String> key = List.of(item.nameEn(), item.nameZh());
                int inParcels = Math.min(item.quantity(), packed.getOrDefault(key, 0));
                packed.merge(key, -inParcels, Integer::sum);
                if (item.quantity() > inParcels) {
                    left.add(new Item(item.nameEn(), item.nameZh(), item.quantity() - inParcels));
                }
            }
            return Optional.of(List.copyOf(left));
        }

        /** What the order's payments say (a duplicate charge among them): see {@link OrderPayments}. */
        public OrderPayments paymentSummary() {
            return new OrderPayments(payments);
        }

        /**
         * Whole days the order is past its estimated delivery on {@code today}, by its latest shipment, as
         * {@link OrderDetails#daysLate} counts it; each parcel's own is {@link OrderDetails.Parcel#daysLate}.
         */
        public int daysLate(LocalDate today) {
            return OrderDetails.daysLate(status, shipment(), today);
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

    /** The customer's latest orders, newest first, with their items, parcels and payments (five queries in all). */
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
        Map<String, List<OrderDetails.Parcel>> parcels = OrderRepository.parcels(jdbc, ids);
        Map<String, List<OrderDetails.Payment>> payments = new HashMap<>();
        jdbc.sql("""
                        SELECT order_id, id, amount, currency, method, status, failure_code, instalment_months, created_at
                        FROM payments WHERE order_id IN (:ids) ORDER BY created_at, id""")
                .param("ids", ids)
                .query(rs -> {
                    payments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(OrderRepository.payment(rs, 2));
                });
        return rows.stream().map(r -> new OrderSummary(r.id(), r.status(), r.total(), r.currency(), r.createdAt(),
                items.getOrDefault(r.id(), List.of()), parcels.getOrDefault(r.id(), List.of()),
                payments.getOrDefault(r.id(), List.of()))).toList();
    }

    static String mask(String phone) {
        return phone == null || phone.length() <= 4 ? phone : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
