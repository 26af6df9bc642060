package io.shopdesk.risk.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The most recent stored decisions, newest first, optionally of one decision and one kind: the risk officers' review
 * queue. A read-only query beside {@link RiskDecisionRepository} (which writes and reads single decisions), so the
 * console's list does not grow the audit store. Amount and currency are read from the stored request, since the
 * audit table keeps them only there. Waits for the audit rows already decided ({@link DecisionAuditWriter#flush}),
 * so a decision is listed as soon as it is returned. Thread-safe.
 */
@Component
class RecentDecisions {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DecisionAuditWriter audit;

    RecentDecisions(JdbcClient jdbc, JsonMapper json, DecisionAuditWriter audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    /**
     * What a financing application's amount is in: its request names no currency, the shop lends in yuan (the
     * dialogue's instalment plans and the financing rules, which weigh the amount against a monthly income, are in CNY).
     * Listed with it, an officer reads "CNY 3,000.00" as for a payment, not a bare number.
     */
    static final String FINANCING_CURRENCY = "CNY";

    /**
     * One listed decision; {@code currency} as the payment named it, {@value #FINANCING_CURRENCY} for financing;
     * {@code decidedBy} the rule whose decision stood (null before V57).
     */
    record Summary(String id, String kind, String subjectId, Long customerId, BigDecimal amount, String currency,
                   String decision, int score, Instant createdAt, String ruleSetVersion, String decidedBy) {
    }

    /** Newest first; {@code decision} and {@code kind} null mean any. */
    List<Summary> list(DecisionQuery query) {
        audit.flush();
        // Only fixed fragments are joined; the values are bound parameters.
        String where = (query.decision() == null ? "" : " AND decision = :decision")
                + (query.kind() == null ? "" : " AND kind = :kind");
        var statement = jdbc.sql("""
                        SELECT id, kind, subject_id, customer_id, input, decision, score, created_at, rule_set_version,
                            decided_by
                        FROM risk_decisions WHERE 1 = 1""" + where + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("limit", query.limit());
        if (query.decision() != null) {
            statement = statement.param("decision", query.decision());
        }
        if (query.kind() != null) {
            statement = statement.param("kind", query.kind());
        }
        return statement
                .query((rs, n) -> {
                    JsonNode input = json.readTree(rs.getString(5));
                    long customer = rs.getLong(4);
                    return new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.wasNull() ? null : customer, decimal(input.get("amount")), currency(rs.getString(2), input),
                            rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                            rs.getString(10));
                })
                .list();
    }

    private static String currency(String kind, JsonNode input) {
        String named = text(input.get("currency"));
        return named == null && "financing".equals(kind) ? FINANCING_CURRENCY : named;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }
}
