package io.shopdesk.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A customer's earlier conversations, latest started first ({@link PastConversation}): every conversation recorded as
 * theirs (the conversation's {@code customer_id}, set by the chat when the shop signed them in or an order of theirs
 * was verified, V40), the ones the bot handled alone too, each with its latest escalation when it was handed to a
 * person. An anonymous chat is not theirs and is not listed. One indexed look-up ({@code conversations_customer_idx})
 * bounded by {@code limit}; the latest escalation, the first line and the rating are read per row through their own
 * indexes. For agents only: the shopper's endpoints never read it. Thread-safe.
 */
@Repository
class PastConversations {
    private final JdbcClient jdbc;

    PastConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's conversations other than {@code exceptConversation}, latest started first, at most {@code limit}. */
    List<PastConversation> of(long customerId, String exceptConversation, int limit) {
        return jdbc.sql("""
                        SELECT c.id, c.language, c.created_at,
                               (SELECT m.text FROM conversation_messages m WHERE m.conversation_id = c.id
                                AND m.role = 'shopper' ORDER BY m.id LIMIT 1),
                               e.id, e.created_at, e.resolved_at, e.status, e.disposition, a.display_name,
                               (SELECT r.score FROM conversation_ratings r WHERE r.escalation_id = e.id)
                        FROM conversations c
                        LEFT JOIN escalations e
                               ON e.id = (SELECT MAX(x.id) FROM escalations x WHERE x.conversation_id = c.id)
                        LEFT JOIN agents a ON a.username = e.held_by
                        WHERE c.customer_id = :customer AND c.id <> :except
                        ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""")
                .param("customer", customerId).param("except", exceptConversation).param("limit", limit)
                .query(PastConversations::map).list();
    }

    private static PastConversation map(ResultSet rs, int n) throws SQLException {
        boolean escalated = rs.getObject(5) != null;
        return new PastConversation(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                escalated, escalated ? rs.getLong(5) : null, instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11) == null ? null : rs.getInt(11));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
