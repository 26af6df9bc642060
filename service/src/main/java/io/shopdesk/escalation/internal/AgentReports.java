package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.Agent;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each agent's and each team's figures over a period, read from the agents' stints holding escalations
 * ({@code escalation_holds}) that started in it: conversations handled (claimed or transferred to the agent), resolved,
 * handed back to the bot, transferred away, first-response time (start of the stint to the agent's first message) and
 * handling time (length of a finished stint) as median and 90th percentile, and CSAT of the escalations they resolved.
 * A team is its agents' figures together (the agent's team as it is now). An agent sees their own row and their
 * team's; a supervisor sees everyone. Read from the database each time (one query over an indexed period). Thread-safe.
 */
@Component
class AgentReports {
    private final JdbcClient jdbc;

    AgentReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of one agent or one team; durations in seconds, null when there is nothing to measure. */
    record Figures(String username, String displayName, String team, int agents, int handled, int resolved,
                   int returned, int transferredAway, Long firstResponseMedianSeconds, Long firstResponseP90Seconds,
                   Long handlingMedianSeconds, Long handlingP90Seconds, Double csat, int ratings) {
    }

    record Report(List<Figures> agents, List<Figures> teams) {
    }

    private record Stint(long escalationId, String agent, Instant started, Instant firstReply, Instant ended,
                         String outcome, Integer score) {
    }

    /** The stints since {@code from} as seen by {@code viewer}. */
    Report report(Instant from, Agent viewer) {
        List<Stint> stints = jdbc.sql("""
                        SELECT h.escalation_id, h.agent, h.started_at, h.first_reply_at, h.ended_at, h.outcome, r.score
                        FROM escalation_holds h
                        LEFT JOIN conversation_ratings r ON r.escalation_id = h.escalation_id AND h.outcome = 'resolved'
                        WHERE h.started_at >= :from""")
                .param("from", Timestamp.from(from))
                .query((rs, n) -> new Stint(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getString(6),
                        rs.getObject(7, Integer.class)))
                .list();
        Map<String, Agent> roster = new LinkedHashMap<>();
        jdbc.sql("SELECT username, display_name, role, team FROM agents WHERE enabled ORDER BY username")
                .query((rs, n) -> new Agent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().forEach(a -> roster.put(a.username(), a));
        Map<String, Tally> byAgent = new LinkedHashMap<>();
        roster.keySet().forEach(u -> byAgent.put(u, new Tally()));
        Map<String, Tally> byTeam = new TreeMap<>();
        roster.values().forEach(a -> byTeam.computeIfAbsent(a.team(), t -> new Tally()).agents++);
        for (Stint s : stints) {
            Agent a = roster.get(s.agent());
            if (a == null) {
                continue; // disabled since: no row to show it in
            }
            byAgent.get(a.username()).add(s);
            byTeam.get(a.team()).add(s);
        }
        List<Figures> agents = new ArrayList<>();
        byAgent.forEach((u, t) -> {
            Agent a = roster.get(u);
            if (viewer.isSupervisor() || viewer.username().equals(u)) {
                agents.add(t.figures(a.username(), a.displayName(), a.team(), 1));
            }
        });
        List<Figures> teams = new ArrayList<>();
        byTeam.forEach((team, t) -> {
            if (viewer.isSupervisor() || viewer.team().equals(team)) {
                teams.add(t.figures(null, null, team, t.agents));
            }
        });
        return new Report(agents, teams);
    }

    /** Counts and samples of some stints; not thread-safe (one per report). */
    private static final class Tally {
        int agents;
        final Set<Long> handled = new HashSet<>();
        int resolved;
        int returned;
        int transferred;
        final List<Long> firstResponses = new ArrayList<>();
        final List<Long> handling = new ArrayList<>();
        int ratingSum;
        int ratings;

        void add(Stint s) {
            handled.add(s.escalationId());
            if (s.firstReply() != null) {
                firstResponses.add(seconds(s.started(), s.firstReply()));
            }
            if (s.ended() != null) {
                handling.add(seconds(s.started(), s.ended()));
            }
            if ("resolved".equals(s.outcome())) {
                resolved++;
            } else if ("returned".equals(s.outcome())) {
                returned++;
            } else if ("transferred".equals(s.outcome())) {
                transferred++;
            }
            if (s.score() != null) {
                ratingSum += s.score();
                ratings++;
            }
        }

        Figures figures(String username, String displayName, String team, int agentCount) {
            return new Figures(username, displayName, team, agentCount, handled.size(), resolved, returned, transferred,
                    Percentile.of(firstResponses, 50), Percentile.of(firstResponses, 90),
                    Percentile.of(handling, 50), Percentile.of(handling, 90),
                    ratings == 0 ? null : Math.round(ratingSum * 100.0 / ratings) / 100.0, ratings);
        }
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
