package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.review.ReviewSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shopper messages of a period that the bot did not place, grouped by {@link MessageKey}: classified out of scope,
 * answered by a fallback (a reply of type {@code fallback}: the rules {@code Fallback}, {@code DeclineOffTopic}…), or
 * placed with less confidence than {@link ReviewSettings#confidenceBar()}. A message's answer is the bot's first line
 * after it and before the shopper's next one. Left out: a message that answered the bot's question (its last line
 * before was an {@code ask}) and was not answered by a fallback: phone digits, an order number, a yes. The intent
 * model reads those as out of scope by design, and labelling them would teach it to place bare numbers. Read from the transcripts ({@code conversation_messages}) each time,
 * newest first and at most {@link #MAX_ROWS} messages. Thread-safe (stateless).
 */
@Component
class MissedMessages {
    /** Messages read at most per request; the inbox of 90 busy days is still a few groups per row shown. */
    static final int MAX_ROWS = 50_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ReviewSettings settings;

    MissedMessages(JdbcClient jdbc, ReviewSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    private record Row(String conversationId, String text, String language, String intent, Double confidence,
                       Instant at, String replyType, String replyData) {
    }

    /** The groups of messages since {@code since}, most frequent first, then most recent. */
    List<MissedMessage> since(Instant since) {
        List<Row> rows = jdbc.sql("""
                        SELECT m.conversation_id, m.text, m.language, m.intent, m.confidence, m.created_at,
                               b.type AS reply_type, b.data AS reply_data
                        FROM conversation_messages m
                        LEFT JOIN conversation_messages b ON b.id = (
                            SELECT MIN(n.id) FROM conversation_messages n
                            WHERE n.conversation_id = m.conversation_id AND n.id > m.id AND n.role = 'bot'
                              AND n.id < COALESCE((SELECT MIN(s.id) FROM conversation_messages s
                                                   WHERE s.conversation_id = m.conversation_id AND s.id > m.id
                                                     AND s.role = 'shopper'), 9223372036854775807))
                        LEFT JOIN conversation_messages q ON q.id = (
                            SELECT MAX(n.id) FROM conversation_messages n
                            WHERE n.conversation_id = m.conversation_id AND n.id < m.id AND n.role = 'bot')
                        WHERE m.role = 'shopper' AND m.type = 'text' AND m.created_at >= :since
                          AND (m.intent = 'oos' OR m.confidence < :bar OR b.type = 'fallback')
                          AND NOT (q.type = 'ask' AND COALESCE(b.type, '') <> 'fallback')
                        ORDER BY m.id DESC
                        LIMIT :rows""")
                .param("since", Timestamp.from(since))
                .param("bar", settings.confidenceBar())
                .param("rows", MAX_ROWS)
                .query(MissedMessages::row).list();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(MessageKey.of(row.text()), k -> new ArrayList<>()).add(row);
        }
        List<MissedMessage> missed = new ArrayList<>(groups.size());
        groups.forEach((key, group) -> missed.add(group(key, group)));
        missed.sort(java.util.Comparator.comparingInt(MissedMessage::count).reversed()
                .thenComparing(MissedMessage::lastSeen, java.util.Comparator.reverseOrder()));
        return missed;
    }

    /** {@code group} is newest first. */
    private MissedMessage group(String key, List<Row> group) {
        Row newest = group.getFirst();
        TreeSet<String> reasons = new TreeSet<>();
        group.forEach(r -> reasons.addAll(reasons(r)));
        return new MissedMessage(key, newest.text().strip(), newest.language(), group.size(), group.getLast().at(),
                newest.at(), reasons, newest.conversationId(), rule(newest.replyData()), newest.replyType(),
                newest.intent(), newest.confidence());
    }

    private List<String> reasons(Row row) {
        List<String> reasons = new ArrayList<>(3);
        if (IntentPrediction.OUT_OF_SCOPE.equals(row.intent())) {
            reasons.add("out_of_scope");
        } else if (row.confidence() != null && row.confidence() < settings.confidenceBar()) {
            reasons.add("low_confidence");
        }
        if ("fallback".equals(row.replyType())) {
            reasons.add("fallback");
        }
        return reasons;
    }

    private static String rule(String data) {
        if (data == null || data.isBlank()) {
            return null;
        }
        Object rule = JSON.readValue(data, Map.class).get("rule");
        return rule == null ? null : rule.toString();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("created_at");
        double confidence = rs.getDouble("confidence");
        return new Row(rs.getString("conversation_id"), rs.getString("text"), rs.getString("language"),
                rs.getString("intent"), rs.wasNull() ? null : confidence, at.toInstant(), rs.getString("reply_type"),
                rs.getString("reply_data"));
    }
}
