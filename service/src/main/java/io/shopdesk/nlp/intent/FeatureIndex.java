package io.shopdesk.nlp.intent;

import java.util.Map;

/**
 * The model's feature names to their column, as an open-addressing table with the strings' hash codes mixed before
 * probing. {@code Map.copyOf}, which the model kept before, probes linearly on the raw {@link String#hashCode()}: the
 * features share prefixes ({@code c3:}, {@code w:}) and differ in a few last characters, so their hash codes fall in
 * narrow bands, the table fills in long runs and a lookup walked far along one (JFR put most of
 * {@link IntentModel#predict} there; docs/benchmarks.md). Mixing spreads them, so a lookup reads one or two slots.
 * Only where a name sits changes, never its column: predictions are the same bit for bit.
 *
 * <p>Immutable and thread-safe once built.
 */
final class FeatureIndex {
    private final String[] keys;
    private final int[] columns;
    private final int mask;
    private final int size;

    FeatureIndex(Map<String, Integer> columnOf) {
        int capacity = Integer.highestOneBit(Math.max(4, columnOf.size() * 2) - 1) << 1;
        keys = new String[capacity];
        columns = new int[capacity];
        mask = capacity - 1;
        size = columnOf.size();
        columnOf.forEach((name, column) -> {
            int slot = mix(name.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = name;
            columns[slot] = column;
        });
    }

    /** The feature's column, or -1 when the model does not know it. */
    int columnOf(String name) {
        int slot = mix(name.hashCode()) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (key.equals(name)) {
                return columns[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** The finaliser of MurmurHash3: every bit of the hash code moves every bit of the slot. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
