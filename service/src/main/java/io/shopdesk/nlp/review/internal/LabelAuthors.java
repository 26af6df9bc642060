package io.shopdesk.nlp.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who labelled a reviewed example and when ({@code nlu_review_labels}); the example itself is in the reviewed CSV
 * file, which takes no comments. Thread-safe (the database is the state).
 */
@Component
class LabelAuthors {
    /** Who labelled a text, and when. */
    record Author(String username, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LabelAuthors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Author record(String text, String language, String intent, String file, String username) {
        String key = MessageKey.of(text);
        forget(text, language);
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO nlu_review_labels (text_key, language, text, intent, file, labelled_by, labelled_at)
                        VALUES (:key, :language, :text, :intent, :file, :by, :at)""")
                .param("key", key).param("language", language).param("text", text).param("intent", intent)
                .param("file", file).param("by", username).param("at", Timestamp.from(now)).update();
        return new Author(username, now);
    }

    void forget(String text, String language) {
        jdbc.sql("DELETE FROM nlu_review_labels WHERE language = :language AND text_key = :key")
                .param("language", language).param("key", MessageKey.of(text)).update();
    }

    /** Every author by the text's {@link MessageKey}. */
    Map<String, Author> all() {
        Map<String, Author> authors = new HashMap<>();
        jdbc.sql("SELECT text_key, labelled_by, labelled_at FROM nlu_review_labels ORDER BY id")
                .query((RowCallbackHandler) rs -> authors.put(rs.getString(1),
                        new Author(rs.getString(2), rs.getTimestamp(3).toInstant())));
        return authors;
    }
}
