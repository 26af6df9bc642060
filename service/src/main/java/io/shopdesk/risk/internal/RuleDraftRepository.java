package io.shopdesk.risk.internal;

import io.shopdesk.ruleengine.RuleProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule drafts in the service's database (table {@code rule_drafts}, V43): a draft survives a restart, and once
 * published or refused it stays as the record of who proposed and who published which change and why. Published
 * and refused rows are never deleted; open ones older than {@code shopdesk.risk.drafts.keep-days} are
 * ({@link DraftExpiry}). Thread-safe (stateless over JDBC).
 */
@Repository
class RuleDraftRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, rule_set, base_version, changes, deletions, base_files, reason, proposed_by, proposed_at, status,
            published_by, published_at, published_version, problems""";

    private final JdbcClient jdbc;

    RuleDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new open draft and returns it with its id. */
    RuleDraft add(String ruleSet, String baseVersion, Map<String, String> changes, List<String> deletions,
                  Map<String, String> baseFiles, String reason, String proposedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO rule_drafts (rule_set, base_version, changes, deletions, base_files, reason,
                                                 proposed_by, proposed_at, status)
                        VALUES (:set, :base, :changes, :deletions, :baseFiles, :reason, :by, :at, 'open')""")
                .param("set", ruleSet).param("base", baseVersion)
                .param("changes", JSON.writeValueAsString(changes))
                .param("deletions", JSON.writeValueAsString(deletions))
                .param("baseFiles", JSON.writeValueAsString(baseFiles))
                .param("reason", reason).param("by", proposedBy).param("at", Timestamp.from(at))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    Optional<RuleDraft> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_drafts WHERE id = :id").param("id", id)
                .query(RuleDraftRepository::draft).optional();
    }

    /** The newest drafts of a rule set, newest first. */
    List<RuleDraft> recent(String ruleSet, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_drafts WHERE rule_set = :set ORDER BY id DESC LIMIT :limit")
                .param("set", ruleSet).param("limit", limit).query(RuleDraftRepository::draft).list();
    }

    void published(long id, String by, Instant at, String version) {
        jdbc.sql("""
                        UPDATE rule_drafts SET status = 'published', published_by = :by, published_at = :at,
                               published_version = :version, problems = NULL WHERE id = :id""")
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).param("version", version).update();
    }

    void refused(long id, String by, Instant at, List<RuleProblem> problems) {
        jdbc.sql("""
                        UPDATE rule_drafts SET status = 'refused', published_by = :by, published_at = :at,
                               problems = :problems WHERE id = :id""")
                .param("id", id).param("by", by).param("at", Timestamp.from(at))
                .param("problems", JSON.writeValueAsString(problems)).update();
    }

    /** Deletes the rule set's open drafts proposed before {@code cutoff}; returns their ids, oldest first. */
    List<Long> deleteOpenBefore(String ruleSet, Instant cutoff) {
        List<Long> expired = jdbc.sql("""
                        SELECT id FROM rule_drafts WHERE rule_set = :set AND status = 'open' AND proposed_at < :cutoff
                        ORDER BY id""")
                .param("set", ruleSet).param("cutoff", Timestamp.from(cutoff)).query(Long.class).list();
        // The status is asked again: a draft published since the SELECT stays.
        return expired.stream().filter(id -> jdbc.sql("DELETE FROM rule_drafts WHERE id = :id AND status = 'open'")
                .param("id", id).update() == 1).toList();
    }

    private static RuleDraft draft(ResultSet rs, int row) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        String problems = rs.getString("problems");
        return new RuleDraft(rs.getLong("id"), rs.getString("rule_set"), rs.getString("base_version"),
                JSON.readValue(rs.getString("changes"), new TypeReference<Map<String, String>>() { }),
                JSON.readValue(rs.getString("deletions"), new TypeReference<List<String>>() { }),
                JSON.readValue(rs.getString("base_files"), new TypeReference<Map<String, String>>() { }),
                rs.getString("reason"), rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("status"), rs.getString("published_by"),
                publishedAt == null ? null : publishedAt.toInstant(), rs.getString("published_version"),
                problems == null ? List.of() : JSON.readValue(problems, new TypeReference<List<RuleProblem>>() { }));
    }
}
