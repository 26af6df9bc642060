package io.shopdesk.risk.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits of a list file's text ({@code lists/*.csv}, read by {@link RiskLists}: one value per line, the first CSV
 * column, {@code #} comment lines, a header {@code value}). A value added from the console carries its reason next to
 * it in the second column, which the reader ignores ({@code dev-123,# 2026-12-07 officer:1a2b3c4d: chargeback}), so
 * the file itself says why each value is there. Stateless and thread-safe.
 */
final class ListEntries {
    private ListEntries() {
    }

    /** Whether the list's text holds {@code value}, as the reader would read it. */
    static boolean holds(String text, String value) {
        return text != null && text.lines().anyMatch(line -> value(line).equals(value));
    }

    /** The text with {@code value} appended, its {@code comment} beside it; a missing file starts with the header. */
    static String add(String text, String value, String comment) {
        StringBuilder out = new StringBuilder(text == null || text.isBlank() ? "value\n" : text);
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        return out.append(value).append(",# ").append(oneLine(comment)).append('\n').toString();
    }

    /** The text without the lines holding {@code value}; every other line, comments included, as it was. */
    static String remove(String text, String value) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!value(line).equals(value)) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** A reason as it can sit on one line of the file. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static String value(String line) {
        String value = line.split(",", 2)[0].strip();
        return value.startsWith("#") ? "" : value;
    }
}
