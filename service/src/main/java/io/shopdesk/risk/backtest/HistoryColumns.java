package io.shopdesk.risk.backtest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns of a payment history, checked before any row is read. A column the backtest does not know stops the run
 * (with the column it is probably a typo of): a misspelt {@code device_id} once ran without a word, every payment
 * replayed without a device, and recall fell from 0.475 to 0.352. Optional columns a history lacks are reported with
 * the value every payment then gets. Names are compared ignoring case and surrounding spaces. Immutable.
 */
final class HistoryColumns {
    static final List<String> REQUIRED = List.of("timestamp", "payment_id", "customer_id", "amount", "currency", "method");
    /** Each optional column and what a payment gets without it (the column missing, or its cell blank). */
    static final Map<String, String> OPTIONAL = optional();
    /** The label column {@code risk generate-history} writes: always a known column, used only with {@code --label}. */
    static final String CONVENTIONAL_LABEL = "is_fraud";

    private final Map<String, Integer> positions;
    private final List<String> names;
    /** Columns left out with --ignore-column: never read, so a known one among them counts as absent. */
    private final Set<String> leftOut;

    private HistoryColumns(Map<String, Integer> positions, List<String> names, Set<String> leftOut) {
        this.positions = positions;
        this.names = names;
        this.leftOut = leftOut;
    }

    private static Map<String, String> optional() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : List.of("card_fingerprint", "device_id", "ip", "shipping_address", "billing_address")) {
            columns.put(column, "none");
        }
        columns.put("account_age_days", "365");
        columns.put("order_count", "0");
        columns.put("customer_tier", "regular");
        columns.put("failed_payments_24h", "0");
        columns.put("chat_address_change", "false");
        columns.put("chat_payment_failed", "0");
        columns.put("takeover_reported", "false");
        // The order the payment names and its total, and the chat it was made in: without them the rules on the amount
        // against the order's total, on an unknown order and on the cards tried in one chat cannot fire.
        columns.put("order_id", "none");
        columns.put("order_total", "none: an order_id without it is an order the shop does not know");
        columns.put("order_currency", "the payment's currency");
        columns.put("conversation_id", "none");
        return java.util.Collections.unmodifiableMap(columns);
    }

    /**
     * Checks a header: every required column present, each column named once, none unknown (but {@code ignored}),
     * the label column (if any) there. Throws one error naming every problem and the columns found.
     */
    static HistoryColumns check(Path file, int line, String[] header, String label, Set<String> ignored) {
        Set<String> known = new TreeSet<>(REQUIRED);
        known.addAll(OPTIONAL.keySet());
        known.add(CONVENTIONAL_LABEL);
        if (label != null) {
            known.add(normal(label));
        }
        Set<String> leftOut = new TreeSet<>();
        ignored.forEach(i -> leftOut.add(normal(i)));
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = normal(i == 0 ? header[i].replace("\uFEFF", "") : header[i]);
            if (name.isEmpty()) {
                problems.add("column " + (i + 1) + " has no name");
            } else if (positions.putIfAbsent(name, i) != null) {
                problems.add("column " + name + " appears twice");
            } else if (!known.contains(name) && !leftOut.contains(name)) {
                unknown.add(name + suggestion(name, known));
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.addFirst("missing required column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        leftOut.stream().filter(REQUIRED::contains).forEach(c -> problems.add("required column " + c
                + " cannot be left out (--ignore-column)"));
        if (label != null && !positions.containsKey(normal(label))) {
            problems.add("no label column " + normal(label) + suggestion(normal(label), positions.keySet()));
        }
        if (!unknown.isEmpty()) {
            problems.add("unknown column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + " (the optional columns are " + String.join(", ", OPTIONAL.keySet())
                    + "; --ignore-column NAME leaves a column out)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + line + ": " + String.join("; ", problems) + ". The header has: "
                    + String.join(", ", List.of(header).stream().map(HistoryColumns::normal).toList()));
        }
        return new HistoryColumns(positions, List.copyOf(positions.keySet()), Set.copyOf(leftOut));
    }

    static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * " (did you mean device_id?)" when a known column is spelt the same but for case and separators
     * ({@code deviceId}), within two edits ({@code devce_id}), or holds the name ({@code fraud}); else "".
     */
    private static String suggestion(String name, Set<String> known) {
        String squeezed = name.replaceAll("[^a-z0-9]", "");
        return known.stream()
                .map(k -> Map.entry(k, k.replaceAll("[^a-z0-9]", "").equals(squeezed) ? 0
                        : name.length() >= 4 && k.contains(name) ? 2 : distance(name, k)))
                .filter(e -> e.getValue() <= 2).min(Comparator.comparing(Map.Entry::getValue))
                .map(e -> " (did you mean " + e.getKey() + "?)").orElse("");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The header's column names, normalised, in file order. */
    List<String> names() {
        return names;
    }

    boolean has(String column) {
        return positions.containsKey(normal(column)) && !leftOut.contains(normal(column));
    }

    /**
     * A row's cell in {@code column}; null when the history has no such column, it was left out (--ignore-column: a
     * known column left out on purpose is read as missing, not used) or the row ends before it.
     */
    String cell(String[] row, String column) {
        Integer at = leftOut.contains(normal(column)) ? null : positions.get(normal(column));
        return at == null || at >= row.length ? null : row[at];
    }

    /** The optional columns this history lacks, with the value every payment gets instead. */
    Map<String, String> absent() {
        Map<String, String> absent = new LinkedHashMap<>();
        OPTIONAL.forEach((column, value) -> {
            if (!has(column)) {
                absent.put(column, value);
            }
        });
        return absent;
    }
}
