package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.Escalation;
import io.shopdesk.escalation.EscalationException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The console's search of closed escalations ({@code GET /api/agent/escalations?status=resolved&q=…&page=…}): checks
 * the parameters (a clear 400 for each bad one) and reads one page, latest closed first, asking for one row more than
 * the page to tell whether another page follows without counting them all. Limits: {@value #MAX_SIZE} a page
 * ({@value #DEFAULT_SIZE} by default), a query of {@value #MIN_QUERY} to {@value #MAX_QUERY} characters, searched in
 * the escalations closed within {@code days} ({@value #DEFAULT_DAYS} by default, at most {@value #MAX_DAYS}; see
 * {@link EscalationRepository#closed(String, java.time.Instant, int, int)}), pages up to {@value #MAX_PAGE}.
 * Thread-safe.
 */
@Component
class ClosedEscalationSearch {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;
    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 100;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;
    static final int MAX_PAGE = 1000;

    private final EscalationRepository escalations;
    private final Clock clock;

    ClosedEscalationSearch(EscalationRepository escalations, Clock clock) {
        this.escalations = escalations;
        this.clock = clock;
    }

    /** One page of the search; {@code hasMore} when a next page has at least one escalation. */
    record Page(List<Escalation> items, int page, int size, boolean hasMore) {
    }

    /** The parameters as the request gave them (null: not given). */
    Page search(String query, String page, String size, String days) {
        String q = query == null || query.isBlank() ? null : query.strip();
        if (q != null && (q.length() < MIN_QUERY || q.length() > MAX_QUERY)) {
            throw new EscalationException(400, "invalid_query", "The search needs " + MIN_QUERY + " to " + MAX_QUERY
                    + " characters; got " + q.length(), Map.of("min", MIN_QUERY, "max", MAX_QUERY));
        }
        int p = number("page", page, 0, 0, MAX_PAGE);
        int n = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        int d = number("days", days, DEFAULT_DAYS, 1, MAX_DAYS);
        List<Escalation> rows = escalations.closed(q, clock.instant().minus(Duration.ofDays(d)), p * n, n + 1);
        return new Page(rows.size() > n ? rows.subList(0, n) : rows, p, n, rows.size() > n);
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new EscalationException(400, "invalid_" + name, "'" + name + "' must be a whole number from " + min
                + " to " + max + "; got '" + value + "'", Map.of("min", min, "max", max));
    }
}
