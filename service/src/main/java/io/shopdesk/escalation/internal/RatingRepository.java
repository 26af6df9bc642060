package io.shopdesk.escalation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shoppers' 1-5 ratings after an agent resolved their conversation; one per escalation. Thread-safe. */
@Repository
public class RatingRepository {
    private final JdbcClient jdbc;
    private final Clock clock;

    public RatingRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** False when the escalation was already rated. */
    public boolean insert(String conversationId, long escalationId, int score, String comment) {
        try {
            jdbc.sql("""
                            INSERT INTO conversation_ratings (conversation_id, escalation_id, score, comment, created_at)
                            VALUES (:cid, :eid, :score, :comment, :now)""")
                    .param("cid", conversationId).param("eid", escalationId).param("score", score)
                    .param("comment", comment).param("now", Timestamp.from(clock.instant())).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean rated(long escalationId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_ratings WHERE escalation_id = :eid").param("eid", escalationId)
                .query(Integer.class).single() > 0;
    }
}
