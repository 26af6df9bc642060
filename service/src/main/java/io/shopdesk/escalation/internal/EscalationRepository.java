package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.Escalation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Escalations in the database. State changes are conditional updates ({@code WHERE status = …}), so that two agents
 * claiming at once cannot both win: the loser's update changes no row. Waiting is kept per stay in a queue:
 * {@code queued_at} is when the escalation entered the queue it is (or last was) in, {@code wait_ended_at} when an
 * agent took it from there or it closed (null while it waits), {@code earlier_wait_seconds} the earlier stays (before
 * transfers to a team). Each agent's stint holding an escalation is kept in {@code escalation_holds} beside it (the
 * per-agent reports read it), written in the same step as the escalation's change. A held escalation is read with when
 * its shopper began waiting for an answer: since asking for a person until an agent's first message in it, then since
 * their first message after the last agent message. Thread-safe.
 */
@Repository
public class EscalationRepository {
    private static final TypeReference<List<Escalation.Reason>> REASONS = new TypeReference<>() { };
    private static final String SELECT = """
            SELECT e.id, e.conversation_id, e.status, e.priority, e.team, e.reasons, e.language, e.customer_id,
                   c.name, (SELECT m.text FROM conversation_messages m WHERE m.conversation_id = e.conversation_id
                            AND m.role = 'shopper' ORDER BY m.id DESC LIMIT 1),
                   e.created_at, e.held_by, a.display_name, e.claimed_at, e.resolved_at, e.disposition, e.note,
                   e.rule_set_version, e.queued_at, e.wait_ended_at, e.earlier_wait_seconds,
                   (SELECT MAX(h.started_at) FROM escalation_holds h WHERE h.escalation_id = e.id AND h.ended_at IS NULL),
                   CASE WHEN NOT EXISTS (SELECT 1 FROM conversation_messages a WHERE a.conversation_id = e.conversation_id
                                         AND a.role = 'agent' AND a.created_at >= e.created_at) THEN e.created_at
                        ELSE (SELECT MIN(m.created_at) FROM conversation_messages m
                              WHERE m.conversation_id = e.conversation_id AND m.role = 'shopper'
                              AND m.id > (SELECT MAX(a.id) FROM conversation_messages a
                                          WHERE a.conversation_id = e.conversation_id AND a.role = 'agent')) END
            FROM escalations e LEFT JOIN customers c ON c.id = e.customer_id LEFT JOIN agents a ON a.username = e.held_by
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ShopperNeeds needs;

    public EscalationRepository(JdbcClient jdbc, JsonMapper json, Clock clock, ShopperNeeds needs) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.needs = needs;
    }

    public long insert(String conversationId, int priority, String team, List<Escalation.Reason> reasons,
                       String ruleSetVersion, String language, Long customerId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO escalations (conversation_id, status, priority, team, reasons, rule_set_version,
                                                 language, customer_id, created_at, queued_at)
                        VALUES (:cid, 'queued', :priority, :team, :reasons, :version, :lang, :customer, :now, :now)""")
                .param("cid", conversationId).param("priority", priority).param("team", team)
                .param("reasons", json.writeValueAsString(reasons)).param("version", ruleSetVersion)
                .param("lang", language).param("customer", customerId).param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Escalation> find(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(this::map).optional().map(this::withNeed);
    }

    /** Queued and held escalations in the order they are served: most urgent first, then who asked for a person first. */
    public List<Escalation> open() {
        return withNeeds(jdbc.sql(SELECT + " WHERE e.status IN ('queued', 'held') ORDER BY e.priority, e.created_at, e.id")
                .query(this::map).list());
    }

    /** Resolved, returned to the bot and withdrawn by the shopper: the latest first. */
    public List<Escalation> closed(int limit) {
        return jdbc.sql(SELECT + " WHERE e.status IN ('resolved', 'returned', 'withdrawn') ORDER BY e.resolved_at DESC LIMIT :limit")
                .param("limit", limit).query(this::map).list();
    }

    /**
     * Closed escalations matching {@code query} (null: all), latest closed first, skipping {@code offset}, at most
     * {@code limit}. A query matches the customer's name (part of it, any case), the customer's id, the id of one of
     * the customer's orders, the conversation's id, or text (part of any line, any case) in the conversation's
     * transcript. Only escalations closed since {@code since} are searched: the name and text matches have no index to
     * use (a substring), so the window is what bounds the scan; the listing without a query walks
     * {@code escalations_closed_idx} and needs none.
     */
    public List<Escalation> closed(String query, java.time.Instant since, int offset, int limit) {
        if (query == null) {
            return jdbc.sql(SELECT + """
                             WHERE e.status IN ('resolved', 'returned', 'withdrawn')
                            ORDER BY e.resolved_at DESC, e.id DESC LIMIT :limit OFFSET :offset""")
                    .param("limit", limit).param("offset", offset).query(this::map).list();
        }
        String like = "%" + query.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        long customerId = query.matches("\\d{1,18}") ? Long.parseLong(query) : -1;
        return jdbc.sql(SELECT + """
                         WHERE e.status IN ('resolved', 'returned', 'withdrawn') AND e.resolved_at >= :since
                        AND (e.customer_id = :customerId OR e.conversation_id = :exact
                             OR e.customer_id IN (SELECT o.customer_id FROM orders o WHERE o.id = :order)
                             OR LOWER(c.name) LIKE :like ESCAPE '\\'
                             OR EXISTS (SELECT 1 FROM conversation_messages m WHERE m.conversation_id = e.conversation_id
                                        AND LOWER(m.text) LIKE :like ESCAPE '\\'))
                        ORDER BY e.resolved_at DESC, e.id DESC LIMIT :limit OFFSET :offset""")
                .param("since", Timestamp.from(since)).param("customerId", customerId).param("exact", query)
                .param("order", query.toUpperCase(java.util.Locale.ROOT)).param("like", like)
                .param("limit", limit).param("offset", offset).query(this::map).list();
    }

    public List<Escalation> ofConversation(String conversationId) {
        return withNeeds(jdbc.sql(SELECT + " WHERE e.conversation_id = :cid ORDER BY e.id DESC")
                .param("cid", conversationId).query(this::map).list());
    }

    /**
     * Gives {@code customerId} to the conversation's escalations that have no customer (opened before the shopper was
     * identified) and returns their ids; escalations that have one keep it. The caller holds the conversation's lock,
     * so no escalation of it opens meanwhile.
     */
    public List<Long> identify(String conversationId, long customerId) {
        List<Long> ids = jdbc.sql("SELECT id FROM escalations WHERE conversation_id = :cid AND customer_id IS NULL ORDER BY id")
                .param("cid", conversationId).query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE escalations SET customer_id = :customer WHERE conversation_id = :cid AND customer_id IS NULL")
                    .param("cid", conversationId).param("customer", customerId).update();
        }
        return ids;
    }

    /** A queued escalation, as much as its place in the queue needs. */
    public record Queued(long id, String conversationId, int priority, Instant createdAt) {
    }

    /** The queued escalations, in queue order; one light read (no transcript, no customer). */
    public List<Queued> queued() {
        return jdbc.sql("""
                        SELECT id, conversation_id, priority, created_at FROM escalations WHERE status = 'queued'
                        ORDER BY priority, created_at, id""")
                .query((rs, n) -> new Queued(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** 1 for the next to be served among queued escalations, 0 when not queued. */
    public int position(Escalation e) {
        if (!Escalation.QUEUED.equals(e.status())) {
            return 0;
        }
        return position(new Queued(e.id(), e.conversationId(), e.priority(), e.createdAt()));
    }

    /** 1 for the next to be served among queued escalations, for one that is queued. */
    public int position(Queued e) {
        Integer ahead = jdbc.sql("""
                        SELECT COUNT(*) FROM escalations WHERE status = 'queued' AND id <> :id
                        AND (priority < :p OR (priority = :p AND created_at <= :at))""")
                .param("id", e.id()).param("p", e.priority()).param("at", Timestamp.from(e.createdAt()))
                .query(Integer.class).single();
        return ahead + 1;
    }

    /**
     * The place a new escalation of {@code priority} would take in the queue now: behind every queued one as urgent
     * or more (as {@link #position} counts it once stored).
     */
    public int positionOfNew(int priority) {
        Integer ahead = jdbc.sql("SELECT COUNT(*) FROM escalations WHERE status = 'queued' AND priority <= :p")
                .param("p", priority).query(Integer.class).single();
        return ahead + 1;
    }

    /** Queued → held by {@code agent}; false when someone else was faster or it is not queued. */
    public boolean claim(long id, String agent) {
        return jdbc.sql("""
                        UPDATE escalations SET status = 'held', held_by = :agent, claimed_at = COALESCE(claimed_at, :now),
                               wait_ended_at = :now
                        WHERE id = :id AND status = 'queued'""")
                .param("id", id).param("agent", agent).param("now", now()).update() == 1
                && startHold(id, agent, "claim");
    }

    /** Open → held by {@code agent}; false when it is no longer open or {@code expectedHolder} no longer holds it. */
    public boolean assign(long id, String expectedHolder, String agent) {
        return jdbc.sql("""
                        UPDATE escalations SET status = 'held', held_by = :agent, claimed_at = COALESCE(claimed_at, :now),
                               wait_ended_at = COALESCE(wait_ended_at, :now)
                        WHERE id = :id AND status IN ('queued', 'held') AND COALESCE(held_by, '') = :expected""")
                .param("id", id).param("agent", agent).param("expected", expectedHolder == null ? "" : expectedHolder)
                .param("now", now()).update() == 1
                && endHold(id, "transferred") && startHold(id, agent, "transfer");
    }

    /**
     * Open → queued for {@code team}, held by nobody: a new wait starts, the one before counts in the earlier waits.
     * False when it is no longer open, {@code expectedHolder} no longer holds it, or it changed meanwhile.
     */
    public boolean requeue(long id, String expectedHolder, String team) {
        Timestamp now = now();
        Optional<Timestamp[]> wait = jdbc.sql("SELECT queued_at, wait_ended_at FROM escalations WHERE id = :id")
                .param("id", id).query((rs, n) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}).optional();
        if (wait.isEmpty()) {
            return false;
        }
        Timestamp queuedAt = wait.get()[0];
        long finished = seconds(queuedAt.toInstant(), wait.get()[1] == null ? now.toInstant() : wait.get()[1].toInstant());
        return jdbc.sql("""
                        UPDATE escalations SET status = 'queued', held_by = NULL, team = :team, queued_at = :now,
                               wait_ended_at = NULL, earlier_wait_seconds = earlier_wait_seconds + :finished
                        WHERE id = :id AND status IN ('queued', 'held') AND COALESCE(held_by, '') = :expected
                        AND queued_at = :queuedAt""")
                .param("id", id).param("team", team).param("expected", expectedHolder == null ? "" : expectedHolder)
                .param("now", now).param("finished", finished).param("queuedAt", queuedAt).update() == 1
                && endHold(id, "transferred");
    }

    /**
     * Open → resolved, returned or withdrawn (closed), with the disposition and note when resolved; a wait still
     * running ends.
     */
    public boolean close(long id, String expectedHolder, String status, String disposition, String note) {
        return jdbc.sql("""
                        UPDATE escalations SET status = :status, resolved_at = :now, disposition = :disposition, note = :note,
                               wait_ended_at = COALESCE(wait_ended_at, :now)
                        WHERE id = :id AND status IN ('queued', 'held') AND COALESCE(held_by, '') = :expected""")
                .param("id", id).param("status", status).param("disposition", disposition).param("note", note)
                .param("expected", expectedHolder == null ? "" : expectedHolder).param("now", now()).update() == 1
                && (!Escalation.RESOLVED.equals(status) && !Escalation.RETURNED.equals(status) || endHold(id, status));
    }

    /**
     * Marks the agent's first message in their stint holding the escalation (first-response time in the reports);
     * later messages change nothing.
     */
    public void replied(long id, String agent) {
        jdbc.sql("""
                        UPDATE escalation_holds SET first_reply_at = :now
                        WHERE escalation_id = :id AND agent = :agent AND ended_at IS NULL AND first_reply_at IS NULL""")
                .param("id", id).param("agent", agent).param("now", now()).update();
    }

    /** A stint of {@code agent} holding the escalation begins (see V41__escalation_holds.sql); always true. */
    private boolean startHold(long id, String agent, String startedBy) {
        jdbc.sql("""
                        INSERT INTO escalation_holds (escalation_id, agent, started_by, started_at)
                        VALUES (:id, :agent, :by, :now)""")
                .param("id", id).param("agent", agent).param("by", startedBy).param("now", now()).update();
        return true;
    }

    /** The escalation's open stint, if any (a queued one has none), ends with {@code outcome}; always true. */
    private boolean endHold(long id, String outcome) {
        jdbc.sql("""
                        UPDATE escalation_holds SET ended_at = :now, outcome = :outcome
                        WHERE escalation_id = :id AND ended_at IS NULL""")
                .param("id", id).param("outcome", outcome).param("now", now()).update();
        return true;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    /**
     * An open escalation with what its shopper needs ({@link ShopperNeeds}, a query of its own), read after the
     * escalation's row: read inside the row mapper it took a second pooled connection while the first was still held,
     * so enough concurrent listings could wait on each other for the pool.
     */
    private Escalation withNeed(Escalation e) {
        return e.isOpen() ? e.withNeed(needs.of(e.conversationId())) : e;
    }

    private List<Escalation> withNeeds(List<Escalation> escalations) {
        escalations.replaceAll(this::withNeed);
        return escalations;
    }

    private Escalation map(ResultSet rs, int n) throws SQLException {
        Instant created = rs.getTimestamp(11).toInstant();
        Timestamp claimed = rs.getTimestamp(14);
        Timestamp resolved = rs.getTimestamp(15);
        Timestamp waitEnded = rs.getTimestamp(20);
        Instant now = clock.instant();
        long waiting = seconds(rs.getTimestamp(19).toInstant(), waitEnded == null ? now : waitEnded.toInstant());
        String status = rs.getString(3);
        Timestamp holdStarted = rs.getTimestamp(22);
        Long held = Escalation.HELD.equals(status) && holdStarted != null ? seconds(holdStarted.toInstant(), now) : null;
        return new Escalation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                json.readValue(rs.getString(6), REASONS), rs.getString(7),
                rs.getObject(8) == null ? null : rs.getLong(8), rs.getString(9), rs.getString(10), created,
                waiting, rs.getLong(21) + waiting, rs.getString(12), rs.getString(13),
                claimed == null ? null : claimed.toInstant(), resolved == null ? null : resolved.toInstant(),
                rs.getString(16), rs.getString(17), rs.getString(18), held, null,
                Escalation.HELD.equals(status) && rs.getTimestamp(23) != null ? seconds(rs.getTimestamp(23).toInstant(), now) : null);
    }
}
