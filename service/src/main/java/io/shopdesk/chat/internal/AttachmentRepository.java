package io.shopdesk.chat.internal;

import io.shopdesk.chat.Attachment;
import io.shopdesk.chat.AttachmentFile;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The files shoppers sent, bytes and all, in {@code conversation_attachments}. Thread-safe. */
@Repository
public class AttachmentRepository {
    private final JdbcClient jdbc;

    public AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file and returns it as stored. */
    public Attachment add(String conversationId, String name, String contentType, byte[] content, String sha256,
                          Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO conversation_attachments
                            (conversation_id, name, content_type, size_bytes, sha256, content, created_at)
                        VALUES (:cid, :name, :type, :size, :sha, :content, :at)""")
                .param("cid", conversationId).param("name", name).param("type", contentType)
                .param("size", (long) content.length).param("sha", sha256).param("content", content)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return new Attachment(keys.getKey().longValue(), conversationId, name, contentType, content.length, sha256, at);
    }

    /** How many files the conversation holds. */
    public int count(String conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_attachments WHERE conversation_id = :cid")
                .param("cid", conversationId).query(Integer.class).single();
    }

    /** The attachment {@code id} of the conversation with its bytes; empty when the conversation has no such file. */
    public Optional<AttachmentFile> find(String conversationId, long id) {
        return jdbc.sql("""
                        SELECT id, conversation_id, name, content_type, size_bytes, sha256, created_at, content
                        FROM conversation_attachments WHERE conversation_id = :cid AND id = :id""")
                .param("cid", conversationId).param("id", id)
                .query((rs, n) -> new AttachmentFile(new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
                        rs.getBytes(8)))
                .optional();
    }
}
