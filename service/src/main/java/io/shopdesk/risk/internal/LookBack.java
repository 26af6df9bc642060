package io.shopdesk.risk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How far back a risk officer's report looks: a whole number of hours, {@value #DEFAULT_HOURS} unless asked,
 * at most {@value #MAX_HOURS} (30 days). Built from the request's raw {@code hours} parameter by {@link #parse}, which
 * answers a bad one with the same field error shape as the review queue's ({@link DecisionQuery.Invalid}). Immutable.
 */
record LookBack(int hours) {
    static final int DEFAULT_HOURS = 24;
    static final int MAX_HOURS = 30 * 24;

    /** Blank or absent means the default; anything but a whole number from 1 to 720 is a 400 on {@code hours}. */
    static LookBack parse(String hours) {
        if (hours == null || hours.isBlank()) {
            return new LookBack(DEFAULT_HOURS);
        }
        int n;
        try {
            n = Integer.parseInt(hours.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_HOURS) {
            throw new DecisionQuery.Invalid(Map.of("hours", "a whole number of hours from 1 to " + MAX_HOURS + " (30 days)"));
        }
        return new LookBack(n);
    }

    /** The window's start, {@code hours} before {@code until}. */
    Instant since(Instant until) {
        return until.minus(Duration.ofHours(hours));
    }
}
