package io.shopdesk.risk.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which stored decisions to list: one decision (APPROVE, REVIEW, DECLINE) or any, one kind (payment, financing) or
 * any, at most {@code limit} (1-{@value #MAX_LIMIT}). Built from the request's raw parameters by {@link #parse}, which
 * collects every bad one, so a caller learns all its mistakes in one 400. Immutable.
 */
record DecisionQuery(String decision, String kind, int limit) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final Set<String> DECISIONS = Set.of("APPROVE", "REVIEW", "DECLINE");
    private static final Set<String> KINDS = Set.of("payment", "financing");

    /** Thrown by {@link #parse} with one message per bad parameter. */
    static final class Invalid extends IllegalArgumentException {
        private final Map<String, String> fields;

        Invalid(Map<String, String> fields) {
            super("invalid parameters " + fields.keySet());
            this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        Map<String, String> fields() {
            return fields;
        }
    }

    /** Blank or absent parameters mean "any" (and the default limit); decision and kind are case-insensitive. */
    static DecisionQuery parse(String decision, String kind, String limit) {
        Map<String, String> errors = new LinkedHashMap<>();
        String d = blank(decision) ? null : decision.trim().toUpperCase(Locale.ROOT);
        if (d != null && !DECISIONS.contains(d)) {
            errors.put("decision", "one of APPROVE, REVIEW, DECLINE");
        }
        String k = blank(kind) ? null : kind.trim().toLowerCase(Locale.ROOT);
        if (k != null && !KINDS.contains(k)) {
            errors.put("kind", "one of payment, financing");
        }
        int n = DEFAULT_LIMIT;
        if (!blank(limit)) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                errors.put("limit", "a whole number from 1 to " + MAX_LIMIT);
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new DecisionQuery(d, k, n);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
