package io.shopdesk.commerce;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads orders from the shop database: an order with its items, parcels and payments. Thread-safe (JdbcClient is). */
@Repository
public class OrderRepository {
    /**
     * The shop is in China: the day a parcel was delivered is the day there, as the shopper's tracking shows it, and
     * so is "today" when counting the days since.
     */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    public OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrderDetails> find(String orderId) {
        record Row(String id, String status, long customerId, String name, String phone, java.math.BigDecimal total,
                   String currency, OffsetDateTime updatedAt) {
        }
        Optional<Row> row = jdbc.sql("""
                        SELECT o.id, o.status, o.customer_id, c.name, c.phone, o.total, o.currency, o.updated_at
                        FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = :id""")
                .param("id", orderId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        List<OrderDetails.Item> items = jdbc.sql("""
                        SELECT p.name_en, p.name_zh, i.quantity FROM order_items i JOIN products p ON p.id = i.product_id
                        WHERE i.order_id = :id ORDER BY i.id""")
                .param("id", orderId)
                .query((rs, n) -> new OrderDetails.Item(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
        List<OrderDetails.Parcel> parcels = parcels(orderId);
        List<OrderDetails.Payment> payments = jdbc.sql("""
                        SELECT id, amount, currency, method, status, failure_code, instalment_months, created_at
                        FROM payments WHERE order_id = :id ORDER BY created_at, id""")
                .param("id", orderId)
                .query((rs, n) -> payment(rs, 1))
                .list();
        return Optional.of(new OrderDetails(r.id(), r.status(), r.customerId(), r.name(), r.phone(), r.total(),
                r.currency(), items.stream().map(OrderDetails.Item::nameEn).toList(),
                items.stream().map(OrderDetails.Item::nameZh).toList(),
                parcels.isEmpty() ? null : parcels.getLast().shipment(), payments, r.updatedAt(), items, parcels));
    }

    /**
     * The order's parcels, oldest shipment first, each with what it carries (table {@code shipment_items}; none when
     * not recorded).
     */
    private List<OrderDetails.Parcel> parcels(String orderId) {
        return parcels(jdbc, List.of(orderId)).getOrDefault(orderId, List.of());
    }

    /**
     * The parcels of each of {@code orderIds} (not empty), oldest shipment first, each with what it carries (table
     * {@code shipment_items}; none when not recorded); an order without a shipment is absent. Two queries, whatever
     * the number of orders and parcels.
     */
    static Map<String, List<OrderDetails.Parcel>> parcels(JdbcClient jdbc, List<String> orderIds) {
        record Row(long id, String orderId, OrderDetails.Shipment shipment) {
        }
        List<Row> shipments = jdbc.sql("""
                        SELECT id, order_id, carrier, tracking_number, status, eta, delivered_at, shipped_at
                        FROM shipments WHERE order_id IN (:ids) ORDER BY id""")
                .param("ids", orderIds)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), shipment(rs, 3)))
                .list();
        Map<Long, List<OrderDetails.Item>> packed = new HashMap<>();
        jdbc.sql("""
                        SELECT s.shipment_id, p.name_en, p.name_zh, s.quantity
                        FROM shipment_items s JOIN order_items i ON i.id = s.order_item_id
                             JOIN products p ON p.id = i.product_id
                        WHERE s.order_id IN (:ids) ORDER BY s.shipment_id, i.id""")
                .param("ids", orderIds)
                .query(rs -> {
                    packed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new OrderDetails.Item(rs.getString(2), rs.getString(3), rs.getInt(4)));
                });
        Map<String, List<OrderDetails.Parcel>> parcels = new HashMap<>();
        for (Row s : shipments) {
            parcels.computeIfAbsent(s.orderId(), k -> new ArrayList<>())
                    .add(new OrderDetails.Parcel(s.shipment(), packed.getOrDefault(s.id(), List.of())));
        }
        return parcels;
    }

    /**
     * The payment in the columns id, amount, currency, method, status, failure_code, instalment_months, created_at of
     * {@code rs} from column {@code first} on.
     */
    static OrderDetails.Payment payment(ResultSet rs, int first) throws SQLException {
        return new OrderDetails.Payment(rs.getString(first), rs.getBigDecimal(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5),
                rs.getObject(first + 6, Integer.class), rs.getObject(first + 7, OffsetDateTime.class));
    }

    /**
     * The shipment in the columns carrier, tracking_number, status, eta, delivered_at, shipped_at of {@code rs} from
     * column {@code first} on: the days of delivery and of shipping are the shop's.
     */
    static OrderDetails.Shipment shipment(ResultSet rs, int first) throws SQLException {
        Date eta = rs.getDate(first + 3);
        return new OrderDetails.Shipment(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                eta == null ? null : eta.toLocalDate(), shopDay(rs.getObject(first + 4, OffsetDateTime.class)),
                shopDay(rs.getObject(first + 5, OffsetDateTime.class)));
    }

    /** The day of {@code at} in the shop's zone; null stays null. */
    private static java.time.LocalDate shopDay(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(SHOP_ZONE).toLocalDate();
    }
}
