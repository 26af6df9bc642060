package io.shopdesk.nlp.intent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A training or test file as read: its examples and, for Rasa {@code nlu.yml}, the synonyms, regular expressions
 * and lookup tables that came with them (CSV files have none). Synonyms are kept here rather than applied while
 * reading so that a caller can normalise test messages the same way as training messages. Immutable and thread-safe.
 *
 * @param synonyms surface form (as written) to the synonym's value
 * @param regexes  regex name to its patterns
 * @param lookups  lookup table name to its entries
 */
public record IntentData(List<IntentExample> examples, Map<String, String> synonyms,
                         Map<String, List<String>> regexes, Map<String, List<String>> lookups) {

    public IntentData {
        examples = List.copyOf(examples);
        synonyms = Map.copyOf(synonyms);
        regexes = Map.copyOf(regexes);
        lookups = Map.copyOf(lookups);
    }

    public static IntentData of(List<IntentExample> examples) {
        return new IntentData(examples, Map.of(), Map.of(), Map.of());
    }

    /** The same data with the examples replaced (after relabelling, say). */
    public IntentData withExamples(List<IntentExample> replaced) {
        return new IntentData(replaced, synonyms, regexes, lookups);
    }

    /**
     * The text with every synonym surface form replaced by its value, longest form first, ignoring case; Latin
     * forms only match whole words ("pink pig" but not "pink piggy").
     */
    public String normalise(String text) {
        if (synonyms.isEmpty()) {
            return text;
        }
        String alternatives = synonyms.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(form -> wordBoundaries(form, Pattern.quote(form)))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        Map<String, String> byLowerForm = new java.util.HashMap<>();
        synonyms.forEach((form, value) -> byLowerForm.put(form.toLowerCase(java.util.Locale.ROOT), value));
        Matcher matcher = Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return matcher.replaceAll(m -> Matcher.quoteReplacement(
                byLowerForm.getOrDefault(m.group().toLowerCase(java.util.Locale.ROOT), m.group())));
    }

    /** Wraps a quoted pattern in word boundaries on each side where the form starts or ends with a Latin letter or digit. */
    static String wordBoundaries(String form, String quoted) {
        boolean latinStart = !form.isEmpty() && form.charAt(0) < 128 && Character.isLetterOrDigit(form.charAt(0));
        boolean latinEnd = !form.isEmpty() && form.charAt(form.length() - 1) < 128
                && Character.isLetterOrDigit(form.charAt(form.length() - 1));
        return (latinStart ? "\\b" : "") + quoted + (latinEnd ? "\\b" : "");
    }
}
