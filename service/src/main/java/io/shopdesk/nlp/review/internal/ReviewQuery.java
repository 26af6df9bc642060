package io.shopdesk.nlp.review.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@code GET /api/nlu/review} asks for, checked: every bad parameter is named at once (400). Immutable.
 *
 * @param language null for both
 * @param reason   null for any
 * @param fixed    null for both; true: only messages the live model now places, false: only those it still does not
 * @param labelled null for both
 */
record ReviewQuery(int days, String language, String reason, Boolean fixed, Boolean labelled, int page, int size) {
    static final int MAX_DAYS = 90;
    /** The period the page asks for first. */
    static final int DEFAULT_DAYS = 7;
    static final int MAX_SIZE = 100;
    static final Set<String> REASONS = Set.of("out_of_scope", "fallback", "low_confidence");
    static final Set<String> LANGUAGES = Set.of("zh", "en");

    static ReviewQuery parse(String days, String language, String reason, String fixed, String labelled, String page,
                             String size) {
        Map<String, String> problems = new LinkedHashMap<>();
        int d = number(days, DEFAULT_DAYS, 1, MAX_DAYS, "days", problems);
        if (language != null && !language.isBlank() && !LANGUAGES.contains(language)) {
            problems.put("language", "must be zh or en");
        }
        if (reason != null && !reason.isBlank() && !REASONS.contains(reason)) {
            problems.put("reason", "must be one of out_of_scope, fallback, low_confidence");
        }
        Boolean f = bool(fixed, "fixed", problems);
        Boolean l = bool(labelled, "labelled", problems);
        int p = number(page, 0, 0, Integer.MAX_VALUE, "page", problems);
        int s = number(size, 20, 1, MAX_SIZE, "size", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new ReviewQuery(d, blankToNull(language), blankToNull(reason), f, l, p, s);
    }

    private static int number(String value, int fallback, int min, int max, String name, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.put(name, max == Integer.MAX_VALUE ? "must be a whole number from " + min
                : "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    private static Boolean bool(String value, String name, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.put(name, "must be true or false");
                yield null;
            }
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
