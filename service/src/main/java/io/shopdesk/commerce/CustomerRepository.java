package io.shopdesk.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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

    public record OrderSummary(String id, String status, BigDecimal total, String currency, Instant createdAt) {
    }

    public CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Customer> find(long customerId) {
        return jdbc.sql("SELECT id, name, tier, phone FROM customers WHERE id = :id").param("id", customerId)
                .query((rs, n) -> new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), mask(rs.getString(4))))
                .optional();
    }

    /** The customer's latest orders, newest first. */
    public List<OrderSummary> orders(long customerId, int limit) {
        return jdbc.sql("""
                        SELECT id, status, total, currency, created_at FROM orders WHERE customer_id = :id
                        ORDER BY created_at DESC LIMIT :limit""")
                .param("id", customerId).param("limit", limit)
                .query((rs, n) -> new OrderSummary(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    static String mask(String phone) {
        return phone == null || phone.length() <= 4 ? phone : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
