package io.shopdesk.risk.internal;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.risk.ShopOrder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the shop database says about a customer (account age, tier, orders, failed payments, a takeover of the account
 * they reported in a chat) and what the chat says about a conversation (failed-payment messages, an address change asked for or made, a complaint, urgency). The risk
 * module's one reader of the shop's tables (customers, orders, payments, conversation_messages,
 * order_address_changes, account_takeover_reports): it reads them with its own SQL rather than through the modules that write them, as it
 * always read the customers, orders and payments, so that the queries can be shaped for the decision's path and
 * replays can bound every read by the decision's time. Thread-safe.
 */
@Repository
public class RiskContextRepository {
    private static final Pattern URGENCY = Pattern.compile("(?i)urgent|asap|right now|immediately|hurry|急|马上|立刻|赶紧|快点");
    private static final int RECENT_MESSAGES = 20;

    /**
     * @param takeoverReported the customer said in a chat within {@code shopdesk.risk.takeover-report-window} that
     *                         someone else got into their account ({@code account_takeover_reports})
     */
    public record Customer(long accountAgeDays, String tier, int orderCount, int failedPaymentsLast24h,
                           boolean takeoverReported) {
        static final Customer UNKNOWN = new Customer(0, "unknown", 0, 0);

        /** A customer who reported no takeover. */
        public Customer(long accountAgeDays, String tier, int orderCount, int failedPaymentsLast24h) {
            this(accountAgeDays, tier, orderCount, failedPaymentsLast24h, false);
        }

        /** {@code chat} with this customer's reported takeover, if any: what the rules read. */
        public ConversationSignals signals(ConversationSignals chat) {
            return takeoverReported ? chat.withTakeoverReported() : chat;
        }
    }

    private final JdbcClient jdbc;
    private final Duration addressChangeWindow;
    private final Duration takeoverWindow;

    public RiskContextRepository(JdbcClient jdbc, RiskSettings settings) {
        this.jdbc = jdbc;
        this.addressChangeWindow = settings.chatAddressChangeWindow();
        this.takeoverWindow = settings.takeoverReportWindow();
    }

    /**
     * The customer's history at {@code now} in one round trip (it sits on every decision's path): account age, tier,
     * the orders placed by then, the payments that failed in the 24 hours before, and whether they reported a
     * takeover of their account in a chat within {@code shopdesk.risk.takeover-report-window} (a report counts from
     * when it became theirs: an anonymous chat's once it identified them). Nothing after {@code now} counts
     * (live there is nothing after it; a replay must not see what came since). Not cached: the failed-payment count
     * must see a failure from a second ago, a takeover a report from a second ago. The reports are one more indexed
     * subquery (account_takeover_reports (customer_id, reported_at)) in the same round trip.
     */
    public Customer customer(long customerId, Instant now) {
        record Row(Timestamp createdAt, String tier, int orders, int failed, boolean takeover) {
        }
        var row = jdbc.sql("""
                        SELECT c.created_at, c.tier,
                            (SELECT count(*) FROM orders o WHERE o.customer_id = c.id AND o.created_at <= :now),
                            (SELECT count(*) FROM payments p WHERE p.customer_id = c.id AND p.status = 'failed'
                                AND p.created_at > :since AND p.created_at <= :now),
                            EXISTS (SELECT 1 FROM account_takeover_reports t WHERE t.customer_id = c.id
                                AND t.reported_at > :takeoverSince AND t.reported_at <= :now
                                AND t.identified_at <= :now)
                        FROM customers c WHERE c.id = :id""")
                .param("id", customerId).param("since", Timestamp.from(now.minus(Duration.ofHours(24))))
                .param("takeoverSince", Timestamp.from(now.minus(takeoverWindow)))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Row(rs.getTimestamp(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getBoolean(5))).optional();
        if (row.isEmpty()) {
            return Customer.UNKNOWN;
        }
        long age = Math.max(0, Duration.between(row.get().createdAt().toInstant(), now).toDays());
        return new Customer(age, row.get().tier(), row.get().orders(), row.get().failed(), row.get().takeover());
    }

    /**
     * The order a payment names ({@code PaymentRequest.orderId}) as the shop holds it: whose it is, its total and
     * currency; empty for none given or an id the shop does not know. One look-up by primary key, only for a payment
     * naming an order. Today's total: a replay compares with it too (an order's total is not kept over time; the
     * shop does not change it once placed).
     */
    public java.util.Optional<ShopOrder> order(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("SELECT id, customer_id, total, currency FROM orders WHERE id = :id").param("id", orderId.strip())
                .query((rs, n) -> new ShopOrder(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4)))
                .optional();
    }

    /** {@link #order} for many ids at once (a replay's), {@value #BATCH} per query; ids the shop does not know are left out. */
    public Map<String, ShopOrder> orders(Collection<String> orderIds) {
        List<String> ids = orderIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct()
                .toList();
        Map<String, ShopOrder> found = new HashMap<>();
        for (int start = 0; start < ids.size(); start += BATCH) {
            jdbc.sql("SELECT id, customer_id, total, currency FROM orders WHERE id IN (:ids)")
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + BATCH)))
                    .query((java.sql.ResultSet rs) -> {
                        found.put(rs.getString(1), new ShopOrder(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3),
                                rs.getString(4)));
                    });
        }
        return found;
    }

    /** Customers read per query by {@link #customers}: an IN list of this many ids. */
    static final int BATCH = 500;

    /**
     * What {@link #customer} would say about each of {@code customerIds} at any time from {@code from} on, for a
     * replay of many decisions: three queries per {@value #BATCH} customers (the customers with the times of their
     * orders, their failed payments since 24 hours before {@code from}, their takeover reports since the takeover
     * window before it) instead of one per decision. Ids the shop
     * does not know are answered as {@link #customer} answers them.
     */
    public CustomerTimelines customers(Collection<Long> customerIds, Instant from) {
        Map<Long, CustomerTimelines.Timeline> found = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(customerIds));
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<Long> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            jdbc.sql("""
                            SELECT c.id, c.created_at, c.tier, o.created_at
                            FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE c.id IN (:ids)""")
                    .param("ids", batch)
                    .query((java.sql.ResultSet rs) -> {
                        CustomerTimelines.Timeline customer = found.get(rs.getLong(1));
                        if (customer == null) {
                            customer = new CustomerTimelines.Timeline(rs.getTimestamp(2).toInstant(), rs.getString(3),
                                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                            found.put(rs.getLong(1), customer);
                        }
                        Timestamp ordered = rs.getTimestamp(4);
                        if (ordered != null) {
                            customer.orders().add(ordered.toInstant());
                        }
                    });
            jdbc.sql("""
                            SELECT customer_id, created_at FROM payments
                            WHERE customer_id IN (:ids) AND status = 'failed' AND created_at > :since""")
                    .param("ids", batch).param("since", Timestamp.from(from.minus(Duration.ofHours(24))))
                    .query((java.sql.ResultSet rs) -> {
                        CustomerTimelines.Timeline customer = found.get(rs.getLong(1));
                        if (customer != null) {
                            customer.failedPayments().add(rs.getTimestamp(2).toInstant());
                        }
                    });
            jdbc.sql("""
                            SELECT customer_id, reported_at, identified_at FROM account_takeover_reports
                            WHERE customer_id IN (:ids) AND reported_at > :since""")
                    .param("ids", batch).param("since", Timestamp.from(from.minus(takeoverWindow)))
                    .query((java.sql.ResultSet rs) -> {
                        CustomerTimelines.Timeline customer = found.get(rs.getLong(1));
                        if (customer != null) {
                            customer.takeoverReports().add(new CustomerTimelines.TakeoverReport(
                                    rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
                        }
                    });
        }
        return new CustomerTimelines(found, takeoverWindow);
    }

    /**
     * What the chat says about conversation {@code conversationId} for a payment of order {@code orderId} (either may be
     * null) decided at {@code at}, from its last 20 shopper messages (live: those written by now): failed-payment
     * messages, a complaint, urgency, and an address change: one of the last 5 asked for it (intent change_address), or
     * the chat changed a delivery address in this conversation or of this order within
     * {@code shopdesk.risk.chat-address-change-window} before {@code at}, which counts also for a payment without a
     * conversation; an address change after {@code at} does not count ({@link #conversationAsOf} bounds the messages
     * too, for a replay). Two indexed queries when a conversation is
     * given (the address changes, the messages), one when only an order is, none when neither is.
     */
    public ConversationSignals conversation(String conversationId, String orderId, Instant at) {
        return conversation(conversationId, orderId, at, false);
    }

    /**
     * {@link #conversation} for a replay at {@code at}, a decision's time: also the messages count only when written
     * by then. Not on the live path: the time condition on every message tripled the query's cost on H2
     * (RiskContextBenchmark), and live nothing is written after now.
     */
    public ConversationSignals conversationAsOf(String conversationId, String orderId, Instant at) {
        return conversation(conversationId, orderId, at, true);
    }

    private ConversationSignals conversation(String conversationId, String orderId, Instant at, boolean replay) {
        String conversation = conversationId == null || conversationId.isBlank() ? null : conversationId;
        String order = orderId == null || orderId.isBlank() ? null : orderId;
        if (conversation == null && order == null) {
            return ConversationSignals.NONE;
        }
        // One condition per key given: a NULL parameter's type is unknown to PostgreSQL.
        String changedWhere = conversation == null ? "order_id = :order"
                : order == null ? "conversation_id = :conversation"
                : "(conversation_id = :conversation OR order_id = :order)";
        // Two queries, not one: every single-query form tried (a UNION of the two, with the messages as a derived table
        // or a parenthesised branch; the count as a scalar subquery over a one-row table left-joined to the
        // messages) took 10-100 times as long as these two together on H2 (RiskContextBenchmark, docs/benchmarks.md).
        var changed = jdbc.sql("SELECT count(*) FROM order_address_changes WHERE " + changedWhere
                        + " AND changed_at > :from AND changed_at <= :at")
                .param("from", Timestamp.from(at.minus(addressChangeWindow))).param("at", Timestamp.from(at));
        if (conversation != null) {
            changed = changed.param("conversation", conversation);
        }
        if (order != null) {
            changed = changed.param("order", order);
        }
        long changes = changed.query(Long.class).single();
        List<Message> recent = List.of();
        if (conversation != null) {
            var messages = jdbc.sql("SELECT intent, text FROM conversation_messages WHERE conversation_id = :id "
                            + "AND role = 'shopper'" + (replay ? " AND created_at <= :at" : "")
                            + " ORDER BY id DESC LIMIT :limit")
                    .param("id", conversation).param("limit", RECENT_MESSAGES);
            if (replay) {
                messages = messages.param("at", Timestamp.from(at));
            }
            recent = messages.query((rs, n) -> new Message(rs.getString(1), rs.getString(2))).list();
        }
        ConversationSignals chat = signals(recent);
        return changes > 0 ? chat.withAddressChange() : chat;
    }

    /** A shopper message of the conversation. */
    private record Message(String intent, String text) {
    }

    private static ConversationSignals signals(List<Message> recent) {
        if (recent.isEmpty()) {
            return ConversationSignals.NONE;
        }
        int failed = (int) recent.stream().filter(m -> "payment_failed".equals(m.intent())).count();
        boolean address = recent.stream().limit(5).anyMatch(m -> "change_address".equals(m.intent()));
        boolean complaint = recent.stream().anyMatch(m -> "complaint".equals(m.intent()));
        boolean urgency = recent.stream().anyMatch(m -> m.text() != null && URGENCY.matcher(m.text().toLowerCase(Locale.ROOT)).find());
        return new ConversationSignals(true, failed, address, complaint, urgency, recent.size());
    }
}
