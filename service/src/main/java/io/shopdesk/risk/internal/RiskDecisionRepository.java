package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.RiskReason;
import io.shopdesk.risk.StoredDecision;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores and reads risk decisions with their inputs and fired rules. Thread-safe. */
@Repository
public class RiskDecisionRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public RiskDecisionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(RiskDecision d, Long customerId, String conversationId, Object input, List<String> firedRules) {
        jdbc.sql("""
                        INSERT INTO risk_decisions (id, kind, subject_id, customer_id, conversation_id, decision, score,
                            reasons, input, fired_rules, rule_set_version, model_version, created_at)
                        VALUES (:id, :kind, :subject, :customer, :conversation, :decision, :score, :reasons, :input,
                            :fired, :rules, :model, :at)""")
                .param("id", d.decisionId()).param("kind", d.kind()).param("subject", d.subjectId())
                .param("customer", customerId).param("conversation", conversationId)
                .param("decision", d.decision()).param("score", d.score())
                .param("reasons", json.writeValueAsString(d.reasons())).param("input", json.writeValueAsString(input))
                .param("fired", json.writeValueAsString(firedRules)).param("rules", d.ruleSetVersion())
                .param("model", d.modelVersion()).param("at", Timestamp.from(d.decidedAt()))
                .update();
    }

    public Optional<StoredDecision> find(String id) {
        return jdbc.sql("""
                        SELECT id, kind, subject_id, decision, score, reasons, input, fired_rules, rule_set_version,
                            model_version, created_at FROM risk_decisions WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new StoredDecision(
                        new RiskDecision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                                json.readValue(rs.getString(6), new TypeReference<List<RiskReason>>() { }),
                                rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant()),
                        json.readValue(rs.getString(7), new TypeReference<Map<String, Object>>() { }),
                        json.readValue(rs.getString(8), new TypeReference<List<String>>() { })))
                .optional();
    }

    /** The latest payment decision of a conversation, for the chat ("why did my payment fail?"). */
    public Optional<String> latestDecisionId(String conversationId, String kind) {
        return jdbc.sql("""
                        SELECT id FROM risk_decisions WHERE conversation_id = :cid AND kind = :kind
                        ORDER BY created_at DESC LIMIT 1""")
                .param("cid", conversationId).param("kind", kind).query(String.class).optional();
    }

    /** The ids of a customer's latest decisions, newest first, for the agent's view. */
    public List<String> recentDecisionIds(long customerId, int limit) {
        return jdbc.sql("SELECT id FROM risk_decisions WHERE customer_id = :cid ORDER BY created_at DESC LIMIT :limit")
                .param("cid", customerId).param("limit", limit).query(String.class).list();
    }
}
