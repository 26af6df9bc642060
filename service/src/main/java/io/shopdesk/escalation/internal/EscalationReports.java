package io.shopdesk.escalation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supervisor's figures over the last days: conversation volume, escalations (and how many the shopper withdrew
 * while queued), waiting time, handling time, CSAT (mean 1-5 rating) and bot containment (share of conversations that
 * never escalated), per day and in total. Waiting is the time an escalation spent queued in all, the first queue and
 * every team queue after a transfer (a wait still running counts until now), over the escalations an agent claimed;
 * handling is the rest of a resolved escalation's life (resolution minus creation, less all waiting). Read from the
 * database each time. Thread-safe.
 */
@Component
class EscalationReports {
    private final JdbcClient jdbc;
    private final Clock clock;

    EscalationReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record EscalationRow(Instant created, Instant claimed, Instant resolved, String status, long waitSeconds) {
    }

    private static final class Day {
        int conversations;
        int escalatedConversations;
        int escalations;
        int resolved;
        int withdrawn;
        long waitSeconds;
        int waits;
        long handleSeconds;
        int handles;
        int ratingSum;
        int ratings;
    }

    /** The first day of a report of {@code days} days ending today in {@code zone}. */
    static LocalDate firstDay(Instant now, int days, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).minusDays(Math.max(1, days) - 1L);
    }

    Map<String, Object> report(int days, ZoneId zone) {
        Instant to = clock.instant();
        LocalDate firstDay = firstDay(to, days, zone);
        Timestamp from = Timestamp.from(firstDay.atStartOfDay(zone).toInstant());
        TreeMap<LocalDate, Day> byDay = new TreeMap<>();
        for (LocalDate d = firstDay; !d.isAfter(LocalDate.ofInstant(to, zone)); d = d.plusDays(1)) {
            byDay.put(d, new Day());
        }
        jdbc.sql("""
                        SELECT c.created_at, (SELECT COUNT(*) FROM escalations e WHERE e.conversation_id = c.id)
                        FROM conversations c WHERE c.created_at >= :from""")
                .param("from", from)
                .query((rs, n) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getInt(2)}).list()
                .forEach(r -> {
                    Day day = byDay.get(LocalDate.ofInstant((Instant) r[0], zone));
                    if (day != null) {
                        day.conversations++;
                        day.escalatedConversations += ((Integer) r[1]) > 0 ? 1 : 0;
                    }
                });
        jdbc.sql("""
                        SELECT created_at, claimed_at, resolved_at, status, queued_at, wait_ended_at, earlier_wait_seconds
                        FROM escalations WHERE created_at >= :from""")
                .param("from", from)
                .query((rs, n) -> {
                    Instant waitEnd = rs.getTimestamp(6) == null ? to : rs.getTimestamp(6).toInstant();
                    long wait = rs.getLong(7) + Math.max(0, Duration.between(rs.getTimestamp(5).toInstant(), waitEnd).toSeconds());
                    return new EscalationRow(rs.getTimestamp(1).toInstant(), instant(rs.getTimestamp(2)),
                            instant(rs.getTimestamp(3)), rs.getString(4), wait);
                }).list()
                .forEach(e -> {
                    Day day = byDay.get(LocalDate.ofInstant(e.created(), zone));
                    if (day == null) {
                        return;
                    }
                    day.escalations++;
                    if (e.claimed() != null) {
                        day.waitSeconds += e.waitSeconds();
                        day.waits++;
                    }
                    if ("withdrawn".equals(e.status())) {
                        day.withdrawn++;
                    }
                    if ("resolved".equals(e.status())) {
                        day.resolved++;
                        if (e.claimed() != null && e.resolved() != null) {
                            day.handleSeconds += Math.max(0,
                                    Duration.between(e.created(), e.resolved()).toSeconds() - e.waitSeconds());
                            day.handles++;
                        }
                    }
                });
        int[] ratingCounts = new int[6];
        jdbc.sql("SELECT created_at, score FROM conversation_ratings WHERE created_at >= :from").param("from", from)
                .query((rs, n) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getInt(2)}).list()
                .forEach(r -> {
                    Day day = byDay.get(LocalDate.ofInstant((Instant) r[0], zone));
                    int score = (Integer) r[1];
                    ratingCounts[score]++;
                    if (day != null) {
                        day.ratingSum += score;
                        day.ratings++;
                    }
                });
        Day total = new Day();
        List<Map<String, Object>> daily = new ArrayList<>();
        byDay.forEach((date, d) -> {
            Map<String, Object> m = figures(d);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", date.toString());
            row.putAll(m);
            daily.add(row);
            total.conversations += d.conversations;
            total.escalatedConversations += d.escalatedConversations;
            total.escalations += d.escalations;
            total.resolved += d.resolved;
            total.withdrawn += d.withdrawn;
            total.waitSeconds += d.waitSeconds;
            total.waits += d.waits;
            total.handleSeconds += d.handleSeconds;
            total.handles += d.handles;
            total.ratingSum += d.ratingSum;
            total.ratings += d.ratings;
        });
        Map<String, Object> totals = figures(total);
        totals.put("ratings", total.ratings);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int s = 1; s <= 5; s++) {
            counts.put(String.valueOf(s), ratingCounts[s]);
        }
        totals.put("ratingCounts", counts);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("from", firstDay.toString());
        report.put("to", LocalDate.ofInstant(to, zone).toString());
        report.put("totals", totals);
        report.put("daily", daily);
        return report;
    }

    private static Map<String, Object> figures(Day d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conversations", d.conversations);
        m.put("escalated", d.escalations);
        m.put("resolved", d.resolved);
        m.put("withdrawn", d.withdrawn);
        m.put("avgWaitSeconds", d.waits == 0 ? null : round(d.waitSeconds / (double) d.waits));
        m.put("avgHandleSeconds", d.handles == 0 ? null : round(d.handleSeconds / (double) d.handles));
        m.put("csat", d.ratings == 0 ? null : round(d.ratingSum / (double) d.ratings));
        m.put("containment", d.conversations == 0 ? null
                : round(1 - d.escalatedConversations / (double) d.conversations));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
