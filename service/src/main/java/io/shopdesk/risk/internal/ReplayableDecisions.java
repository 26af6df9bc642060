package io.shopdesk.risk.internal;

import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.PaymentRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored decisions of a window that a rollback preview can replay, read from the audit trail: payments, and
 * financing decisions stored with their model probability (V33), the newest {@code limit} of both kinds together;
 * and how many decisions of each kind the window holds, so that the preview counts what it did not replay. A
 * financing decision stored before V33 has no probability and is not replayable: re-scoring it with today's model
 * would mix a model change into a preview of rules. Stateless and thread-safe.
 */
@Component
class ReplayableDecisions {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReplayableDecisions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One stored decision to replay.
     *
     * @param request            the {@link PaymentRequest} or {@link FinancingRequest} it judged, as stored
     * @param defaultProbability a financing decision's stored model probability (-1: no model); null for a payment
     */
    record Stored(String decisionId, String kind, Instant at, Object request, RollbackPreview.Outcome outcome,
                  String ruleSetVersion, String modelVersion, Double defaultProbability) {

        Long customerId() {
            return request instanceof PaymentRequest p ? p.customerId() : ((FinancingRequest) request).customerId();
        }
    }

    /**
     * @param oldestFirst          the decisions to replay, oldest first
     * @param unreadable           rows among the newest whose input no longer reads as its kind's request, or names
     *                             no customer (skipped)
     * @param financingWithoutScore financing decisions of the window stored without their probability (not replayable)
     */
    record Window(List<Stored> oldestFirst, int unreadable, long payments, long financing,
                  long financingWithoutScore) {

        /** Decisions of the window that could be replayed, whether or not the limit let them. */
        long replayable() {
            return payments + financing - financingWithoutScore;
        }
    }

    Window read(Instant since, Instant until, int limit) {
        long[] counts = new long[3];
        jdbc.sql("""
                        SELECT kind, count(*), count(default_probability) FROM risk_decisions
                        WHERE created_at >= :since AND created_at < :until GROUP BY kind""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((ResultSet rs) -> {
                    if ("payment".equals(rs.getString(1))) {
                        counts[0] = rs.getLong(2);
                    } else if ("financing".equals(rs.getString(1))) {
                        counts[1] = rs.getLong(2);
                        counts[2] = rs.getLong(2) - rs.getLong(3);
                    }
                });
        List<Stored> newestFirst = new ArrayList<>();
        int[] unreadable = {0};
        jdbc.sql("""
                        SELECT id, kind, created_at, input, decision, score, rule_set_version, model_version,
                            default_probability, decided_by
                        FROM risk_decisions
                        WHERE created_at >= :since AND created_at < :until
                            AND (kind = 'payment' OR (kind = 'financing' AND default_probability IS NOT NULL))
                        ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until)).param("limit", limit)
                .query((ResultSet rs) -> {
                    try {
                        Stored stored = stored(rs);
                        if (stored.customerId() == null) {
                            unreadable[0]++;
                        } else {
                            newestFirst.add(stored);
                        }
                    } catch (JacksonException e) {
                        unreadable[0]++;
                    }
                });
        return new Window(newestFirst.reversed(), unreadable[0], counts[0], counts[1], counts[2]);
    }

    private Stored stored(ResultSet rs) throws SQLException {
        String kind = rs.getString(2);
        Class<?> type = "payment".equals(kind) ? PaymentRequest.class : FinancingRequest.class;
        Object request = json.readValue(rs.getString(4), type);
        // Read with its own null check: wasNull() answers for the column read last.
        double probability = rs.getDouble(9);
        Double stored = rs.wasNull() ? null : probability;
        return new Stored(rs.getString(1), kind, rs.getTimestamp(3).toInstant(), request,
                new RollbackPreview.Outcome(rs.getString(5), rs.getInt(6), rs.getString(10)), rs.getString(7), rs.getString(8),
                stored);
    }
}
