package io.shopdesk.escalation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agents present on each instance of the service, in the shared database (table {@code agent_heartbeats}, V50):
 * presence is kept in memory per instance ({@code AgentPresence}), so without this an instance that restarted, or
 * whose console of an agent closed, took every agent connected to another instance for gone and requeued their chats.
 * Each instance renews a row per agent present on it at every heartbeat; a row older than {@code expiry} (three
 * heartbeats) is from an instance that stopped without saying so and no longer counts. Thread-safe: every method is
 * one or two statements; two beats of one agent at once end with one row (the loser of the insert updates).
 */
public final class AgentHeartbeats {
    /** How long after its last beat a row is deleted rather than only not counted ({@link #forgetDeadInstances}). */
    static final Duration DEAD_AFTER = Duration.ofHours(1);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration expiry;
    private final String instance = UUID.randomUUID().toString();

    public AgentHeartbeats(JdbcClient jdbc, Clock clock, Duration expiry) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** This instance has {@code agent} (away or not) now. */
    public void beat(String agent, boolean away) {
        Timestamp now = Timestamp.from(clock.instant());
        if (update(agent, away, now) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO agent_heartbeats (username, instance_id, away, beat_at) VALUES (:agent, :instance, "
                            + ":away, :now)")
                    .param("agent", agent).param("instance", instance).param("away", away).param("now", now).update();
        } catch (DuplicateKeyException raced) {
            update(agent, away, now);
        }
    }

    /** This instance no longer has {@code agent}. */
    public void gone(String agent) {
        jdbc.sql("DELETE FROM agent_heartbeats WHERE username = :agent AND instance_id = :instance")
                .param("agent", agent).param("instance", instance).update();
    }

    /** This instance stops: it has nobody. */
    public void goneAll() {
        jdbc.sql("DELETE FROM agent_heartbeats WHERE instance_id = :instance").param("instance", instance).update();
    }

    /**
     * Deletes the rows of instances gone for an hour or more (or three expiries, if longer), which already count for
     * nobody: an instance that died never deletes its own, so without this every crash left its agents' rows for good.
     * Any instance may do it; an instance paused that long writes its rows again at its next beat.
     *
     * @return how many rows were deleted
     */
    public int forgetDeadInstances() {
        Duration dead = expiry.multipliedBy(3).compareTo(DEAD_AFTER) > 0 ? expiry.multipliedBy(3) : DEAD_AFTER;
        return jdbc.sql("DELETE FROM agent_heartbeats WHERE beat_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(dead))).update();
    }

    /**
     * Whether {@code agent} is present on another instance: empty when on none (no row renewed within the expiry),
     * else whether they are away there (false when available on any of them).
     */
    public Optional<Boolean> awayElsewhere(String agent) {
        List<Boolean> away = jdbc.sql("SELECT away FROM agent_heartbeats WHERE username = :agent AND instance_id <> "
                        + ":instance AND beat_at > :since")
                .param("agent", agent).param("instance", instance)
                .param("since", Timestamp.from(clock.instant().minus(expiry))).query(Boolean.class).list();
        return away.isEmpty() ? Optional.empty() : Optional.of(away.stream().allMatch(Boolean::booleanValue));
    }

    /**
     * Every agent present on another instance (a row renewed within the expiry), with whether they are away on all of
     * them (true) or available on one (false): one read for all agents, on each heartbeat.
     */
    public Map<String, Boolean> elsewhere() {
        Map<String, Boolean> away = new HashMap<>();
        jdbc.sql("SELECT username, away FROM agent_heartbeats WHERE instance_id <> :instance AND beat_at > :since")
                .param("instance", instance).param("since", Timestamp.from(clock.instant().minus(expiry)))
                .query((RowCallbackHandler) rs -> away.merge(rs.getString(1), rs.getBoolean(2), Boolean::logicalAnd));
        return away;
    }

    private int update(String agent, boolean away, Timestamp now) {
        return jdbc.sql("UPDATE agent_heartbeats SET away = :away, beat_at = :now WHERE username = :agent AND "
                        + "instance_id = :instance")
                .param("agent", agent).param("instance", instance).param("away", away).param("now", now).update();
    }
}
