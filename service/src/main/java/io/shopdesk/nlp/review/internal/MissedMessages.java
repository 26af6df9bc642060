package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.review.ReviewSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shopper messages of a period that the bot did not place, grouped by {@link MessageKey}: classified out of scope,
 * answered by a fallback (a reply of type {@code fallback}: the rules {@code Fallback}, {@code DeclineOffTopic}…), or
 * placed with less confidence than {@link ReviewSettings#confidenceBar()}. A message's answer is the bot's first line
 * after it and before the shopper's next one. Left out: a message that answered the bot's question (its last line
 * before was an {@code ask}) and was not answered by a fallback: phone digits, an order number, a yes. The intent
 * model reads those as out of scope by design, and labelling them would teach it to place bare numbers. Read from the
 * transcripts ({@code conversation_messages}) each time, at most the newest {@link #MAX_ROWS} messages. Thread-safe
 * (stateless).
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

    private record Row(long id, String conversationId, String text, String language, String intent,
                       Double confidence, Instant at, String replyType, String replyData) {
    }

    /**
     * The groups of messages since {@code since}, most frequent first, then most recent. One ordered pass over the
     * shopper and bot lines of the conversations with a shopper message in the period: each message's answer and the
     * bot's line before it are the neighbours met in that pass (a correlated lookup per message cost seconds at
     * 50,000 messages). Only the newest {@link #MAX_ROWS} missed messages are kept while reading.
     */
    List<MissedMessage> since(Instant since) {
        Missed found = new Missed(settings.confidenceBar());
        jdbc.sql("""
                        SELECT m.id, m.conversation_id, m.role, m.type, m.language, m.intent, m.confidence, m.created_at,
                               CASE WHEN m.created_at >= :since THEN 1 ELSE 0 END AS in_period,
                               CASE WHEN m.role = 'shopper' THEN m.text END AS text,
                               CASE WHEN m.role = 'bot' THEN m.data END AS data
                        FROM conversation_messages m
                        WHERE m.conversation_id IN (SELECT s.conversation_id FROM conversation_messages s
                                                    WHERE s.created_at >= :since AND s.role = 'shopper'
                                                      AND s.type = 'text')
                          AND m.role IN ('shopper', 'bot')
                        ORDER BY m.conversation_id, m.id""")
                .param("since", Timestamp.from(since))
                .query((RowCallbackHandler) found::line);
        found.endConversation();
        List<Row> rows = found.newestFirst();
        Map<String, String> keys = new HashMap<>();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = keys.computeIfAbsent(row.text(), MessageKey::of);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<MissedMessage> missed = new ArrayList<>(groups.size());
        groups.forEach((key, group) -> missed.add(group(key, group)));
        missed.sort(java.util.Comparator.comparingInt(MissedMessage::count).reversed()
                .thenComparing(MissedMessage::lastSeen, java.util.Comparator.reverseOrder()));
        return missed;
    }

    /**
     * The pass over one period's lines, ordered by conversation then id. A shopper text message of the period waits
     * for its answer: the next bot line, unless a shopper line comes first (then it had none). The bot's line before
     * it is the last bot line seen in the conversation. It is missed when it was classified out of scope, below the
     * confidence bar, or answered by a fallback; not when it answered the bot's {@code ask} and was not answered by a
     * fallback. As SQL reads that rule, a message with no bot line before it is kept only when answered by a
     * fallback. Not thread-safe (one per request).
     */
    private static final class Missed {
        private final double bar;
        /** The newest {@link #MAX_ROWS} missed messages, oldest at the head. */
        private final PriorityQueue<Row> kept = new PriorityQueue<>(java.util.Comparator.comparingLong(Row::id));
        private String conversation;
        private String botBefore;
        private Row waiting;
        private String waitingBotBefore;
        private Double waitingConfidence;

        Missed(double bar) {
            this.bar = bar;
        }

        void line(ResultSet rs) throws SQLException {
            String conversationId = rs.getString("conversation_id");
            if (!conversationId.equals(conversation)) {
                endConversation();
                conversation = conversationId;
            }
            String type = rs.getString("type");
            if ("bot".equals(rs.getString("role"))) {
                if (waiting != null) {
                    answered(type, rs.getString("data"));
                }
                botBefore = type;
                return;
            }
            if (waiting != null) {
                answered(null, null);
            }
            // The period compared in SQL, as the column's precision compares it.
            if ("text".equals(type) && rs.getInt("in_period") == 1) {
                double confidence = rs.getDouble("confidence");
                Double stored = rs.wasNull() ? null : confidence;
                String intent = rs.getString("intent");
                // As the inbox has always shown it (the row mapper asked wasNull after reading the intent): no
                // recorded confidence when the intent is missing, 0 when only the confidence is.
                Double shown = intent == null ? null : stored == null ? 0.0 : stored;
                waiting = new Row(rs.getLong("id"), conversationId, rs.getString("text"), rs.getString("language"),
                        intent, shown, rs.getTimestamp("created_at").toInstant(), null, null);
                waitingBotBefore = botBefore;
                waitingConfidence = stored;
            }
        }

        void endConversation() {
            if (waiting != null) {
                answered(null, null);
            }
            conversation = null;
            botBefore = null;
        }

        private void answered(String replyType, String replyData) {
            Row m = waiting;
            waiting = null;
            boolean fallback = "fallback".equals(replyType);
            boolean unplaced = IntentPrediction.OUT_OF_SCOPE.equals(m.intent())
                    || waitingConfidence != null && waitingConfidence < bar || fallback;
            boolean notAnAnswerToAsk = waitingBotBefore != null && !"ask".equals(waitingBotBefore) || fallback;
            if (unplaced && notAnAnswerToAsk) {
                kept.add(new Row(m.id(), m.conversationId(), m.text(), m.language(), m.intent(), m.confidence(),
                        m.at(), replyType, replyData));
                if (kept.size() > MAX_ROWS) {
                    kept.poll();
                }
            }
        }

        List<Row> newestFirst() {
            List<Row> rows = new ArrayList<>(kept);
            rows.sort(java.util.Comparator.comparingLong(Row::id).reversed());
            return rows;
        }
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
}
