package io.shopdesk.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A customer's earlier escalated conversations, latest first ({@link PastConversation}). Only conversations handed to
 * a person are listed: the escalation is what records the customer (a chat the bot answered alone keeps them in its
 * state only), and it is what the agent wants to know about ("was this solved last time, by whom, how did they rate
 * it"). One indexed look-up ({@code escalations_customer_idx}) bounded by {@code limit}; the first line and the rating
 * are read per row through their own indexes. Thread-safe.
 */
@Repository
class PastConversations {
    private final JdbcClient jdbc;

    PastConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's escalations outside {@code exceptConversation}, latest first, at most {@code limit}. */
    List<PastConversation> of(long customerId, String exceptConversation, int limit) {
        return jdbc.sql("""
                        SELECT e.id, e.conversation_id, e.language, e.created_at, e.resolved_at, e.status, e.disposition,
                               a.display_name,
                               (SELECT m.text FROM conversation_messages m WHERE m.conversation_id = e.conversation_id
                                AND m.role = 'shopper' ORDER BY m.id LIMIT 1),
                               (SELECT r.score FROM conversation_ratings r WHERE r.escalation_id = e.id)
                        FROM escalations e LEFT JOIN agents a ON a.username = e.held_by
                        WHERE e.customer_id = :customer AND e.conversation_id <> :except
                        ORDER BY e.created_at DESC, e.id DESC LIMIT :limit""")
                .param("customer", customerId).param("except", exceptConversation).param("limit", limit)
                .query(PastConversations::map).list();
    }

    private static PastConversation map(ResultSet rs, int n) throws SQLException {
        Timestamp resolved = rs.getTimestamp(5);
        return new PastConversation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                resolved == null ? null : resolved.toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getObject(10) == null ? null : rs.getInt(10));
    }
}
