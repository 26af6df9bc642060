package io.shopdesk.nlp.intent;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Features from Rasa regexes and lookup tables: a message matching a regex of name N gets {@code rx:N}, one
 * containing an entry of lookup table N gets {@code lk:N}. They let a few hand-written patterns (an order number, a
 * list of bank names) speak for many examples. Immutable and thread-safe.
 */
final class PatternFeatures {
    static final PatternFeatures NONE = new PatternFeatures(Map.of(), Map.of());

    private final Map<String, List<Pattern>> regexes = new LinkedHashMap<>();
    private final Map<String, Pattern> lookups = new LinkedHashMap<>();

    PatternFeatures(Map<String, List<String>> regexes, Map<String, List<String>> lookups) {
        // Each regex is compiled on its own: joined into one alternation, a legal pattern with inline flags or a
        // comment ("(?x)abc # note") would swallow the group around it. Names without patterns add nothing.
        regexes.forEach((name, patterns) -> {
            if (!patterns.isEmpty()) {
                this.regexes.put(name, patterns.stream().map(Pattern::compile).toList());
            }
        });
        // An empty alternation would match every message, so tables without entries add nothing.
        lookups.forEach((name, entries) -> {
            if (!entries.isEmpty()) {
                this.lookups.put(name, Pattern.compile(
                        String.join("|", entries.stream().map(e -> IntentData.wordBoundaries(e, Pattern.quote(e))).toList()),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        });
    }

    boolean isEmpty() {
        return regexes.isEmpty() && lookups.isEmpty();
    }

    Set<String> features(String text) {
        Set<String> features = new LinkedHashSet<>();
        regexes.forEach((name, patterns) -> {
            if (patterns.stream().anyMatch(pattern -> pattern.matcher(text).find())) {
                features.add("rx:" + name.toLowerCase(Locale.ROOT));
            }
        });
        lookups.forEach((name, pattern) -> {
            if (pattern.matcher(text).find()) {
                features.add("lk:" + name.toLowerCase(Locale.ROOT));
            }
        });
        return features;
    }
}
