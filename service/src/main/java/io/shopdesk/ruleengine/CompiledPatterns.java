package io.shopdesk.ruleengine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The regular expressions of rule files' functions, each compiled once. {@code text.matches(regex)} in a DRL function
 * compiles its expression on every call, and Drools calls a function once for every condition that names it on every
 * turn: in the dialogue rules' payment checks that compiling cost more than the matching (about 1.3 % of a whole
 * turn's CPU in a JFR profile of {@code TurnBenchmark}). A rule function writes {@code CompiledPatterns.matches(text,
 * "...")} instead, with the same expression and the same answer.
 * <p>
 * The cache is keyed by the expression's text, which in a rule file is a constant, so it holds as many patterns as the
 * rule files have; edits of rule files add new ones, so it starts afresh past {@value #MAX_PATTERNS}. Thread-safe.
 */
public final class CompiledPatterns {
    static final int MAX_PATTERNS = 2_000;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private CompiledPatterns() {
    }

    /** Whether the whole of {@code text} matches {@code regex}: {@link String#matches(String)}, compiled once. */
    public static boolean matches(String text, String regex) {
        return pattern(regex).matcher(text).matches();
    }

    /** {@code text} with every match of {@code regex} replaced: {@link String#replaceAll(String, String)}, compiled once. */
    public static String replaceAll(String text, String regex, String replacement) {
        return pattern(regex).matcher(text).replaceAll(replacement);
    }

    static Pattern pattern(String regex) {
        Pattern pattern = PATTERNS.get(regex);
        if (pattern == null) {
            if (PATTERNS.size() >= MAX_PATTERNS) {
                PATTERNS.clear();
            }
            pattern = PATTERNS.computeIfAbsent(regex, Pattern::compile);
        }
        return pattern;
    }
}
