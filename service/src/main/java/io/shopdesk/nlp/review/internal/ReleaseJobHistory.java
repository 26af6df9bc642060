package io.shopdesk.nlp.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finished and running train-and-release jobs in {@code nlu_release_jobs}, so a restart keeps who trained what on
 * which data, the gate's figures and verdict, and what went live. A job is inserted when it starts (its id is the
 * row's) and updated when it ends. At start-up a row still {@code running} was cut short by a stop (the job runs
 * in this service's memory) and is marked {@code failed}, {@code interrupted}. One service per database is assumed,
 * as for the release folder. Thread-safe (the database is the state).
 */
@Component
class ReleaseJobHistory {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReleaseJobHistory(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        jdbc.sql("""
                        UPDATE nlu_release_jobs SET status = 'failed', reason = 'interrupted', finished_at = :at,
                               outcome = 'The service stopped while the job ran; nothing was released by it'
                        WHERE status = 'running'""")
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** Records a job starting now; its id. */
    long started(String username, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO nlu_release_jobs (started_by, started_at, status) VALUES (:by, :at, 'running')")
                .param("by", username).param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Records how the job ended, with everything it measured. */
    void finished(ReleaseJob.View job) {
        jdbc.sql("""
                        UPDATE nlu_release_jobs SET finished_at = :finished, status = :status, reason = :reason,
                               inputs_hash = :hash, examples = :examples, floor_from = :floorFrom, recipe = :recipe,
                               gate = :gate, outcome = :outcome, released_version = :released, warnings = :warnings
                        WHERE id = :id""")
                .param("finished", job.finishedAt() == null ? null : Timestamp.from(job.finishedAt()))
                .param("status", job.status()).param("reason", job.reason()).param("hash", job.inputsHash())
                .param("examples", job.examples()).param("floorFrom", job.floorFrom())
                .param("recipe", job.recipe() == null ? null : json.writeValueAsString(job.recipe()))
                .param("gate", json.writeValueAsString(Map.of("comparisons", job.comparisons(), "checks", job.checks())))
                .param("outcome", abbreviate(job.outcome())).param("released", job.released())
                .param("warnings", json.writeValueAsString(job.warnings()))
                .param("id", job.id()).update();
    }

    /**
     * Records a reviewer's release of a job's candidate that {@code below_floor} alone refused: the job becomes
     * {@code released} ({@code below_floor_overridden}) with the new version, and keeps its figures.
     */
    void overridden(long id, ReleaseJob.ReleaseOverride override, String version, String outcome) {
        jdbc.sql("""
                        UPDATE nlu_release_jobs SET status = 'released', reason = 'below_floor_overridden',
                               released_version = :released, outcome = :outcome, override_by = :by,
                               override_at = :at, override_reason = :reason
                        WHERE id = :id""")
                .param("released", version).param("outcome", abbreviate(outcome)).param("by", override.by())
                .param("at", Timestamp.from(override.at())).param("reason", override.reason()).param("id", id)
                .update();
    }

    Optional<ReleaseJob.View> find(long id) {
        return jdbc.sql("SELECT * FROM nlu_release_jobs WHERE id = :id").param("id", id).query(this::view).optional();
    }

    /** The newest {@code limit} jobs, newest first. */
    List<ReleaseJob.View> recent(int limit) {
        return jdbc.sql("SELECT * FROM nlu_release_jobs ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query(this::view).list();
    }

    private ReleaseJob.View view(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        int examples = rs.getInt("examples");
        Integer exampleCount = rs.wasNull() ? null : examples;
        String recipe = rs.getString("recipe");
        String gate = rs.getString("gate");
        List<ReleaseGate.Comparison> comparisons = List.of();
        List<GateCheck> checks = List.of();
        if (gate != null) {
            var tree = json.readTree(gate);
            comparisons = json.convertValue(tree.get("comparisons"), new TypeReference<List<ReleaseGate.Comparison>>() {
            });
            checks = json.convertValue(tree.get("checks"), new TypeReference<List<GateCheck>>() {
            });
        }
        String warnings = rs.getString("warnings");
        String status = rs.getString("status");
        Timestamp overrideAt = rs.getTimestamp("override_at");
        ReleaseJob.ReleaseOverride override = overrideAt == null ? null : new ReleaseJob.ReleaseOverride(rs.getString("override_by"),
                overrideAt.toInstant(), rs.getString("override_reason"));
        return new ReleaseJob.View(rs.getLong("id"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(), status,
                rs.getString("reason"), status.equals("running") ? "running" : "done", status.equals("released") ? 1 : 0,
                null, recipe == null ? null : json.readValue(recipe, ReleaseJob.Recipe.class), rs.getString("floor_from"),
                rs.getString("inputs_hash"), exampleCount, comparisons, checks, rs.getString("outcome"),
                rs.getString("released_version"),
                warnings == null ? List.of() : json.readValue(warnings, new TypeReference<List<String>>() {
                }), override, null);
    }

    private static String abbreviate(String outcome) {
        return outcome == null || outcome.length() <= 2000 ? outcome : outcome.substring(0, 1997) + "...";
    }
}
