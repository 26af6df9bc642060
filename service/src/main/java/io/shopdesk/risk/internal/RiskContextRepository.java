package io.shopdesk.risk.internal;

import io.shopdesk.commerce.OrderAddressChanges;
import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.RiskSettings;
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
 * What the shop database says about a customer (account age, tier, orders, failed payments) and what the chat says
 * about a conversation (failed-payment messages, an address change asked for or made, a complaint, urgency).
 * Thread-safe.
 */
@Repository
public class RiskContextRepository {
    private static final Pattern URGENCY = Pattern.compile("(?i)urgent|asap|right now|immediately|hurry|急|马上|立刻|赶紧|快点");
    private static final int RECENT_MESSAGES = 20;

    public record Customer(long accountAgeDays, String tier, int orderCount, int failedPaymentsLast24h) {
        static final Customer UNKNOWN = new Customer(0, "unknown", 0, 0);
    }

    private final JdbcClient jdbc;
    private final OrderAddressChanges addressChanges;
    private final Duration addressChangeWindow;

    public RiskContextRepository(JdbcClient jdbc, OrderAddressChanges addressChanges, RiskSettings settings) {
        this.jdbc = jdbc;
        this.addressChanges = addressChanges;
        this.addressChangeWindow = settings.chatAddressChangeWindow();
    }

    /**
     * The customer's history in one round trip (it sits on every decision's path). Not cached: the failed-payment
     * count must see a failure from a second ago.
     */
    public Customer customer(long customerId, Instant now) {
        record Row(Timestamp createdAt, String tier, int orders, int failed) {
        }
        var row = jdbc.sql("""
                        SELECT c.created_at, c.tier,
                            (SELECT count(*) FROM orders o WHERE o.customer_id = c.id),
                            (SELECT count(*) FROM payments p WHERE p.customer_id = c.id AND p.status = 'failed'
                                AND p.created_at > :since)
                        FROM customers c WHERE c.id = :id""")
                .param("id", customerId).param("since", Timestamp.from(now.minus(Duration.ofHours(24))))
                .query((rs, n) -> new Row(rs.getTimestamp(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).optional();
        if (row.isEmpty()) {
            return Customer.UNKNOWN;
        }
        long age = Math.max(0, Duration.between(row.get().createdAt().toInstant(), now).toDays());
        return new Customer(age, row.get().tier(), row.get().orders(), row.get().failed());
    }

    /** Customers read per query by {@link #customers}: an IN list of this many ids. */
    static final int BATCH = 500;

    /**
     * What {@link #customer} would say about each of {@code customerIds} at any time from {@code from} on, for a
     * replay of many decisions: two queries per {@value #BATCH} customers (the customers with their order counts, and
     * their failed payments since 24 hours before {@code from}) instead of one per decision. Ids the shop does not
     * know are answered as {@link #customer} answers them.
     */
    public CustomerTimelines customers(Collection<Long> customerIds, Instant from) {
        Map<Long, CustomerTimelines.Timeline> found = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(customerIds));
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<Long> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            jdbc.sql("""
                            SELECT c.id, c.created_at, c.tier, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id)
                            FROM customers c WHERE c.id IN (:ids)""")
                    .param("ids", batch)
                    .query((java.sql.ResultSet rs) -> {
                        found.put(rs.getLong(1), new CustomerTimelines.Timeline(rs.getTimestamp(2).toInstant(),
                                rs.getString(3), rs.getInt(4), new ArrayList<>()));
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
        }
        return new CustomerTimelines(found);
    }

    /**
     * What the chat says about conversation {@code conversationId} for a payment of order {@code orderId} (either may be
     * null) decided at {@code now}, from its last 20 shopper messages: failed-payment messages, a complaint, urgency,
     * and an address change: one of the last 5 asked for it (intent change_address), or the chat changed a delivery
     * address in this conversation or of this order within {@code shopdesk.risk.chat-address-change-window} before
     * {@code now} (a payment replayed at its own time does not see a change made after it), which counts also for a
     * payment without a conversation.
     */
    public ConversationSignals conversation(String conversationId, String orderId, Instant now) {
        String conversation = conversationId == null || conversationId.isBlank() ? null : conversationId;
        String order = orderId == null || orderId.isBlank() ? null : orderId;
        boolean changed = addressChanges.changedWithin(conversation, order, now.minus(addressChangeWindow), now);
        ConversationSignals chat = messages(conversation);
        return changed ? chat.withAddressChange() : chat;
    }

    private ConversationSignals messages(String conversationId) {
        if (conversationId == null) {
            return ConversationSignals.NONE;
        }
        record Message(String intent, String text) {
        }
        List<Message> recent = jdbc.sql("""
                        SELECT intent, text FROM conversation_messages
                        WHERE conversation_id = :id AND role = 'shopper' ORDER BY id DESC LIMIT :limit""")
                .param("id", conversationId).param("limit", RECENT_MESSAGES)
                .query((rs, n) -> new Message(rs.getString(1), rs.getString(2))).list();
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
