package io.shopdesk.risk.internal;

import io.shopdesk.risk.ListsConsulted;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.RiskReason;
import io.shopdesk.risk.StoredDecision;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores and reads risk decisions with their inputs and fired rules. Decisions are written by the
 * {@link DecisionAuditWriter}, in batches. Thread-safe.
 */
@Repository
public class RiskDecisionRepository {
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public RiskDecisionRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions,
                                  JsonMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * One decision's audit row as it waits to be written: the decision, who and what it judged, the rules that fired.
     *
     * @param defaultProbability a financing decision's model probability (-1: no model), what a replay of it needs
     *                           besides its input (V33); null for a payment
     */
    public record AuditRow(RiskDecision decision, Long customerId, String conversationId, Object input,
                           List<String> firedRules, Double defaultProbability, ListsConsulted lists, Object facts) {

        /** A row without the facts the rules saw (V51). */
        public AuditRow(RiskDecision decision, Long customerId, String conversationId, Object input,
                        List<String> firedRules, Double defaultProbability, ListsConsulted lists) {
            this(decision, customerId, conversationId, input, firedRules, defaultProbability, lists, null);
        }

        /** A row without a model probability: a payment's. */
        public AuditRow(RiskDecision decision, Long customerId, String conversationId, Object input,
                        List<String> firedRules) {
            this(decision, customerId, conversationId, input, firedRules, null, null, null);
        }
    }

    private static final String INSERT = """
            INSERT INTO risk_decisions (id, kind, subject_id, customer_id, conversation_id, decision, score,
                reasons, input, fired_rules, rule_set_version, model_version, created_at, payment_id, application_id,
                device_id, ip, default_probability, lists, facts, decided_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    public void save(AuditRow row) {
        saveAll(List.of(row));
    }

    /** Inserts the rows in one JDBC batch and one transaction: all of them are stored or none. */
    public void saveAll(List<AuditRow> rows) {
        List<Object[]> values = rows.stream().map(this::values).toList();
        transactions.executeWithoutResult(status -> jdbcTemplate.batchUpdate(INSERT, values));
    }

    private Object[] values(AuditRow row) {
        RiskDecision d = row.decision();
        return new Object[] {d.decisionId(), d.kind(), d.subjectId(), row.customerId(), row.conversationId(),
                d.decision(), d.score(), json.writeValueAsString(d.reasons()), json.writeValueAsString(row.input()),
                json.writeValueAsString(row.firedRules()), d.ruleSetVersion(), d.modelVersion(),
                Timestamp.from(d.decidedAt()), paymentId(d), applicationId(d),
                row.input() instanceof PaymentRequest p ? orEmpty(p.deviceId()) : null,
                row.input() instanceof PaymentRequest p ? orEmpty(p.ip()) : null, row.defaultProbability(),
                row.lists() == null ? null : json.writeValueAsString(row.lists()),
                row.facts() == null ? null : json.writeValueAsString(row.facts()), d.decidedBy()};
    }

    /** A payment's device or IP as its column holds it (V21): '' for none, so that NULL means "not recorded". */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The payment id a decision holds unique (V12): a payment's subject; none for financing. */
    static String paymentId(RiskDecision d) {
        return "payment".equals(d.kind()) ? d.subjectId() : null;
    }

    /** The application id a decision holds unique (V15): a financing decision's subject; none for payments. */
    static String applicationId(RiskDecision d) {
        return "financing".equals(d.kind()) ? d.subjectId() : null;
    }

    public Optional<StoredDecision> find(String id) {
        return jdbc.sql("""
                        SELECT id, kind, subject_id, decision, score, reasons, input, fired_rules, rule_set_version,
                            model_version, created_at, lists, default_probability, facts, decided_by FROM risk_decisions
                        WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new StoredDecision(
                        new RiskDecision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                                json.readValue(rs.getString(6), new TypeReference<List<RiskReason>>() { }),
                                rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(15)),
                        json.readValue(rs.getString(7), new TypeReference<Map<String, Object>>() { }),
                        json.readValue(rs.getString(8), new TypeReference<List<String>>() { }),
                        rs.getString(12) == null ? null : json.readValue(rs.getString(12), ListsConsulted.class),
                        rs.getObject(13) == null ? null : rs.getDouble(13),
                        rs.getString(14) == null ? null
                                : json.readValue(rs.getString(14), new TypeReference<Map<String, Object>>() { })))
                .optional();
    }

    /** Hands every stored payment id to {@code each}, row by row (the table may be large). */
    public void eachPaymentId(java.util.function.Consumer<String> each) {
        jdbc.sql("SELECT payment_id FROM risk_decisions WHERE payment_id IS NOT NULL")
                .query((java.sql.ResultSet rs) -> each.accept(rs.getString(1)));
    }

    /**
     * Each payment decided at or after {@code since} and before {@code until}, oldest first, with its time and the
     * request as stored; a row whose input does not read as a payment request (written by an older version, edited
     * by hand) goes to {@code unreadable} with its decision id instead. Streams the rows: none is kept here.
     */
    public void eachPaymentBetween(Instant since, Instant until, BiConsumer<Instant, PaymentRequest> each,
                                   Consumer<String> unreadable) {
        jdbc.sql("""
                        SELECT id, created_at, input FROM risk_decisions
                        WHERE kind = 'payment' AND created_at >= :since AND created_at < :until
                        ORDER BY created_at, id""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((java.sql.ResultSet rs) -> {
                    PaymentRequest request;
                    try {
                        request = json.readValue(rs.getString(3), PaymentRequest.class);
                    } catch (JacksonException e) {
                        unreadable.accept(rs.getString(1));
                        return;
                    }
                    each.accept(rs.getTimestamp(2).toInstant(), request);
                });
    }

    /**
     * Each distinct customer, device and IP of the payments decided at or after {@code since} and before
     * {@code until} (device and IP null when the payment had none), counted by the database from their columns; the
     * payments stored before those columns existed (V21) are read from their input and passed on one by one.
     */
    public void eachDeviceAndIpBetween(Instant since, Instant until, DeviceAndIp each, Consumer<String> unreadable) {
        jdbc.sql("""
                        SELECT DISTINCT customer_id, device_id, ip FROM risk_decisions
                        WHERE kind = 'payment' AND created_at >= :since AND created_at < :until
                        AND device_id IS NOT NULL""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((java.sql.ResultSet rs) -> each.accept(rs.getLong(1), blankAsNull(rs.getString(2)),
                        blankAsNull(rs.getString(3))));
        jdbc.sql("""
                        SELECT id, input FROM risk_decisions
                        WHERE kind = 'payment' AND created_at >= :since AND created_at < :until AND device_id IS NULL""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((java.sql.ResultSet rs) -> {
                    try {
                        PaymentRequest request = json.readValue(rs.getString(2), PaymentRequest.class);
                        each.accept(request.customerId(), request.deviceId(), request.ip());
                    } catch (JacksonException e) {
                        unreadable.accept(rs.getString(1));
                    }
                });
    }

    /** Receives a customer's device and IP (either may be null). */
    @FunctionalInterface
    public interface DeviceAndIp {
        void accept(long customerId, String deviceId, String ip);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The id of the decision stored for a payment id, if it was decided. */
    public Optional<String> paymentDecisionId(String paymentId) {
        return jdbc.sql("SELECT id FROM risk_decisions WHERE payment_id = :pid")
                .param("pid", paymentId).query(String.class).optional();
    }

    /** The id of the decision stored for a financing application id, if it was decided. */
    public Optional<String> applicationDecisionId(String applicationId) {
        return jdbc.sql("SELECT id FROM risk_decisions WHERE application_id = :aid")
                .param("aid", applicationId).query(String.class).optional();
    }

    /** The latest payment decision of a conversation, for the chat ("why did my payment fail?"). */
    public Optional<String> latestDecisionId(String conversationId, String kind) {
        return jdbc.sql("""
                        SELECT id FROM risk_decisions WHERE conversation_id = :cid AND kind = :kind
                        ORDER BY created_at DESC LIMIT 1""")
                .param("cid", conversationId).param("kind", kind).query(String.class).optional();
    }

    /** The id of a customer's latest decision of {@code kind} made after {@code since}. */
    public Optional<String> latestCustomerDecisionId(long customerId, String kind, Instant since) {
        return jdbc.sql("""
                        SELECT id FROM risk_decisions WHERE customer_id = :cid AND kind = :kind AND created_at > :since
                        ORDER BY created_at DESC LIMIT 1""")
                .param("cid", customerId).param("kind", kind).param("since", Timestamp.from(since))
                .query(String.class).optional();
    }

    /** The ids of a customer's latest decisions, newest first, for the agent's view. */
    public List<String> recentDecisionIds(long customerId, int limit) {
        return jdbc.sql("SELECT id FROM risk_decisions WHERE customer_id = :cid ORDER BY created_at DESC LIMIT :limit")
                .param("cid", customerId).param("limit", limit).query(String.class).list();
    }

    /** The ids of a conversation's decisions (payments made while chatting), newest first, for the agent's view. */
    public List<String> conversationDecisionIds(String conversationId, int limit) {
        return jdbc.sql("SELECT id FROM risk_decisions WHERE conversation_id = :cid ORDER BY created_at DESC LIMIT :limit")
                .param("cid", conversationId).param("limit", limit).query(String.class).list();
    }
}
