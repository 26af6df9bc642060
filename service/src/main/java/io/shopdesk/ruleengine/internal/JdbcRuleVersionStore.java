package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule versions in the service's database (table {@code rule_versions}, migration V9): one row per version that
 * went live, with the changed files and the files' content as JSON (every rule file, and the scenario files it was
 * checked against under their {@code scenarios/} paths; rows from before scenarios were recorded hold rule files
 * only) and, since V43, who put it live through the service ({@code origin}), so a restart keeps the history and a rollback can reach a version from before it. Rows are never deleted.
 * Thread-safe (stateless over JDBC).
 */
public final class JdbcRuleVersionStore implements RuleVersionStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcRuleVersionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<RuleVersion> versions(String ruleSet, int limit) {
        return jdbc.sql("""
                        SELECT version, live_since, changed_files, files, origin FROM rule_versions
                        WHERE rule_set = :set ORDER BY id DESC LIMIT :limit""")
                .param("set", ruleSet).param("limit", limit)
                .query((rs, n) -> new RuleVersion(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        json.readValue(rs.getString(3), new TypeReference<List<String>>() { }),
                        json.readValue(rs.getString(4), new TypeReference<Map<String, String>>() { }), rs.getString(5)))
                .list().reversed();
    }

    @Override
    public void add(String ruleSet, RuleVersion version) {
        jdbc.sql("""
                        INSERT INTO rule_versions (rule_set, version, live_since, changed_files, files, origin)
                        VALUES (:set, :version, :since, :changed, :files, :origin)""")
                .param("set", ruleSet).param("version", version.version())
                .param("since", Timestamp.from(version.liveSince()))
                .param("changed", json.writeValueAsString(version.changedFiles()))
                .param("files", json.writeValueAsString(version.files()))
                .param("origin", version.origin())
                .update();
    }
}
