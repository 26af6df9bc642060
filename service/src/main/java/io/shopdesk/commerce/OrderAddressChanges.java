package io.shopdesk.commerce;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery address of an order, changed when the shopper confirms a new one in the chat, and the record of each
 * change ({@code order_address_changes}): the agent's context panel lists them, and the risk engine counts a recent one
 * as an address change before paying (reading the table with its own query, beside the chat's messages). The new
 * address and the record are written in one transaction, and only while the order is still in the status the shopper
 * was shown: an order that moved on meanwhile (the warehouse took it) is left as it is. Addresses are personal data:
 * they are never logged. Thread-safe (JdbcClient and TransactionTemplate are).
 */
@Repository
public class OrderAddressChanges {
    private static final Logger log = LoggerFactory.getLogger(OrderAddressChanges.class);

    /**
     * One change: the order's address before and after, the conversation it was confirmed in (null when none) and
     * when.
     */
    public record AddressChange(String orderId, String oldAddress, String newAddress, String conversationId,
                                OffsetDateTime changedAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public OrderAddressChanges(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Gives order {@code orderId} the delivery address {@code newAddress} and records the change, if the order is
     * still in {@code expectedStatus} (the status the rules decided on); empty, with nothing written, when it is not or
     * does not exist. {@code conversationId} may be null.
     */
    public Optional<AddressChange> change(String orderId, String expectedStatus, String newAddress,
                                          String conversationId) {
        if (newAddress == null || newAddress.isBlank()) {
            throw new IllegalArgumentException("A new address is needed");
        }
        // Whole seconds, as the shop's other times: the agent reads it to the minute.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<AddressChange> change = transactions.execute(tx -> {
            record Current(String address, String status) {
            }
            Optional<Current> current = jdbc.sql("SELECT shipping_address, status FROM orders WHERE id = :id FOR UPDATE")
                    .param("id", orderId)
                    .query((rs, n) -> new Current(rs.getString(1), rs.getString(2)))
                    .optional();
            if (current.isEmpty() || !current.get().status().equals(expectedStatus)) {
                return Optional.<AddressChange>empty();
            }
            // An order's updated_at may not fall before its creation (ck_orders_updated_at): a demo order is dated ahead.
            jdbc.sql("""
                            UPDATE orders SET shipping_address = :address, updated_at = GREATEST(updated_at, :now)
                            WHERE id = :id""")
                    .param("address", newAddress).param("now", Timestamp.from(now)).param("id", orderId)
                    .update();
            jdbc.sql("""
                            INSERT INTO order_address_changes (order_id, old_address, new_address, conversation_id, changed_at)
                            VALUES (:order, :old, :new, :conversation, :at)""")
                    .param("order", orderId).param("old", current.get().address()).param("new", newAddress)
                    .param("conversation", conversationId).param("at", Timestamp.from(now))
                    .update();
            return Optional.of(new AddressChange(orderId, current.get().address(), newAddress, conversationId,
                    now.atOffset(ZoneOffset.UTC)));
        });
        if (change.isPresent()) {
            log.info("Delivery address of order {} changed in conversation {}", orderId, conversationId);
        } else {
            log.info("Delivery address of order {} left unchanged: it is no longer {}", orderId, expectedStatus);
        }
        return change;
    }

    /** The address changes of each of {@code orderIds} that has any, oldest first. */
    public Map<String, List<AddressChange>> of(Collection<String> orderIds) {
        Map<String, List<AddressChange>> changes = new HashMap<>();
        if (orderIds.isEmpty()) {
            return changes;
        }
        jdbc.sql("""
                        SELECT order_id, old_address, new_address, conversation_id, changed_at
                        FROM order_address_changes WHERE order_id IN (:ids) ORDER BY changed_at, id""")
                .param("ids", orderIds)
                .query(rs -> {
                    changes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new AddressChange(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class)));
                });
        return changes;
    }
}
