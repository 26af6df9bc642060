package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatMessage;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.nlp.Entity;
import io.shopdesk.dialogue.ConversationState;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations, their dialogue state (JSON) and transcripts in the database, so they survive a restart.
 * Every message is stored with its analysis summary (language, intent, confidence, entities). Thread-safe.
 */
@Repository
public class ConversationRepository {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<Entity>> ENTITIES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public ConversationRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void create(String id, ConversationState state) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO conversations (id, language, state, created_at, updated_at) VALUES (:id, :lang, :state, :now, :now)")
                .param("id", id).param("lang", state.getLanguage()).param("state", json.writeValueAsString(state))
                .param("now", now).update();
    }

    /** {@code state} as it is stored, to put it back with {@link #restore} (a snapshot taken before a turn). */
    public String snapshot(ConversationState state) {
        return json.writeValueAsString(state);
    }

    /** Sets every field of {@code state} back to what {@code snapshot} ({@link #snapshot}) holds, in place. */
    public void restore(ConversationState state, String snapshot) {
        json.readerForUpdating(state).readValue(snapshot);
    }

    public Optional<ConversationState> state(String id) {
        return jdbc.sql("SELECT state FROM conversations WHERE id = :id").param("id", id)
                .query(String.class).optional()
                .map(s -> json.readValue(s, ConversationState.class));
    }

    public void saveState(String id, ConversationState state) {
        jdbc.sql("UPDATE conversations SET state = :state, language = :lang, updated_at = :now WHERE id = :id")
                .param("id", id).param("state", json.writeValueAsString(state)).param("lang", state.getLanguage())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /**
     * Records {@code customerId} as the conversation's customer when it has none yet (one conditional update: two
     * writers cannot both set it); true when this call recorded it, false when the conversation already had one (the
     * same or another: the first is kept) or does not exist.
     */
    public boolean identify(String id, long customerId) {
        return jdbc.sql("UPDATE conversations SET customer_id = :customer WHERE id = :id AND customer_id IS NULL")
                .param("id", id).param("customer", customerId).update() == 1;
    }

    /** The customer recorded on the conversation ({@link #identify}), empty when anonymous or unknown. */
    public Optional<Long> customer(String id) {
        return jdbc.sql("SELECT customer_id FROM conversations WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Appends one message and returns it as stored; {@code analysis} fields may be null for bot and agent lines. */
    public TranscriptLine append(String conversationId, ChatMessage message, String language, String intent, Double confidence,
                                 List<Entity> entities) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO conversation_messages
                            (conversation_id, role, type, text, data, language, intent, confidence, entities, created_at)
                        VALUES (:cid, :role, :type, :text, :data, :lang, :intent, :confidence, :entities, :at)""")
                .param("cid", conversationId).param("role", message.role()).param("type", message.type())
                .param("text", message.text())
                .param("data", message.data().isEmpty() ? null : json.writeValueAsString(message.data()))
                .param("lang", language).param("intent", intent).param("confidence", confidence)
                .param("entities", entities == null ? null : json.writeValueAsString(entities))
                .param("at", Timestamp.from(message.at()))
                .update(keys, "id");
        return new TranscriptLine(keys.getKey().longValue(), message.role(), message.type(), message.text(),
                message.data(), message.at(), language, intent, confidence, entities);
    }

    /** The last {@code limit} lines with their analysis, oldest first, for the agent's view. */
    public List<TranscriptLine> transcript(String conversationId, int limit) {
        List<TranscriptLine> newestFirst = new ArrayList<>(jdbc.sql("""
                        SELECT id, role, type, text, data, created_at, language, intent, confidence, entities
                        FROM conversation_messages WHERE conversation_id = :cid ORDER BY id DESC LIMIT :limit""")
                .param("cid", conversationId).param("limit", limit)
                .query((rs, n) -> new TranscriptLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? Map.of() : json.readValue(rs.getString(5), MAP),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getObject(9) == null ? null : rs.getDouble(9),
                        rs.getString(10) == null ? null : json.readValue(rs.getString(10), ENTITIES)))
                .list());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** When the conversation started, or empty for an unknown id. */
    public Optional<Instant> createdAt(String id) {
        return jdbc.sql("SELECT created_at FROM conversations WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** The last {@code limit} messages, oldest first. */
    public List<ChatMessage> history(String conversationId, int limit) {
        List<ChatMessage> newestFirst = new ArrayList<>(jdbc.sql("""
                        SELECT role, type, text, data, created_at FROM conversation_messages
                        WHERE conversation_id = :cid ORDER BY id DESC LIMIT :limit""")
                .param("cid", conversationId).param("limit", limit)
                .query((rs, n) -> new ChatMessage(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? Map.of() : json.readValue(rs.getString(4), MAP),
                        rs.getTimestamp(5).toInstant()))
                .list());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public Instant now() {
        return clock.instant();
    }
}
