package io.shopdesk.escalation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agents' private notes on conversations ({@code conversation_notes}), kept apart from the transcript the shopper's
 * history is read from. Thread-safe.
 */
@Repository
class NoteRepository {
    private static final String SELECT = """
            SELECT n.id, n.conversation_id, n.author, a.display_name, n.text, n.created_at
            FROM conversation_notes n JOIN agents a ON a.username = n.author""";

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ConversationNote insert(String conversationId, String author, String text, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO conversation_notes (conversation_id, author, text, created_at)
                        VALUES (:cid, :author, :text, :at)""")
                .param("cid", conversationId).param("author", author).param("text", text)
                .param("at", Timestamp.from(at)).update(keys, "id");
        long id = keys.getKey().longValue();
        return jdbc.sql(SELECT + " WHERE n.id = :id").param("id", id).query(this::map).single();
    }

    /** The conversation's notes, oldest first. */
    List<ConversationNote> of(String conversationId) {
        return jdbc.sql(SELECT + " WHERE n.conversation_id = :cid ORDER BY n.created_at, n.id")
                .param("cid", conversationId).query(this::map).list();
    }

    private ConversationNote map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ConversationNote(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
