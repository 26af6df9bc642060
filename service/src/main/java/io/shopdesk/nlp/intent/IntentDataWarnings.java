package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.IntentPrediction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mistakes in labelled data that are legal but almost never meant, found before minutes of training: a label that
 * looks like the out-of-scope label but is not it ({@code OOS}, {@code out_of_scope}), labels that differ only in
 * case ({@code Greeting}, {@code greeting}), each trained as an intent of its own, one text under two labels,
 * which no model can get right both times, and a language with no out-of-scope example, whose every message is then
 * placed in some intent. The commands print them as warnings; nothing is changed. Stateless and
 * thread-safe.
 */
public final class IntentDataWarnings {
    /** How many conflicting texts a warning quotes. */
    private static final int SHOWN = 5;

    private IntentDataWarnings() {
    }

    /**
     * The warnings for examples whose out-of-scope label is already renamed to {@code oos}, in a fixed order.
     *
     * @param oosLabel the data's out-of-scope label as given to the command ({@code --oos-label})
     */
    public static List<String> of(List<IntentExample> examples, String oosLabel) {
        return of(examples, oosLabel, label -> "--oos-label " + label + " if it means out of scope");
    }

    /**
     * The warnings for the service's training folder ({@code nlp-models/intents/}), which is read without renaming
     * any label: the fix for an out-of-scope look-alike is to rename it in its file, not a command-line option.
     */
    public static List<String> ofServiceData(List<IntentExample> examples) {
        return of(examples, "oos", label -> "rename it to oos in its file if it means out of scope; the service reads "
                + "labels as written");
    }

    private static List<String> of(List<IntentExample> examples, String oosLabel,
                                   java.util.function.UnaryOperator<String> renameHint) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> counts.merge(e.intent(), 1, Integer::sum));
        List<String> warnings = new ArrayList<>();
        counts.forEach((label, count) -> {
            if (looksLikeOos(label, oosLabel)) {
                warnings.add("label '" + label + "' (" + count + " examples) is not the out-of-scope label '" + oosLabel
                        + "' and is trained as an intent of its own; labels are case-sensitive ("
                        + renameHint.apply(label) + ")");
            }
        });
        caseVariants(counts, oosLabel, warnings);
        textsUnderSeveralLabels(examples, warnings);
        // A look-alike of the out-of-scope label is already named: renaming it is the fix.
        if (counts.keySet().stream().noneMatch(label -> looksLikeOos(label, oosLabel))) {
            languagesWithoutOos(examples, warnings);
        }
        return warnings;
    }

    /**
     * A language whose examples hold no out-of-scope example: the model then has no "none of these" for it, and every
     * message in that language is placed in one of the intents unless it is unsure (a small Chinese intent set placed
     * 你好 as gift_wrap). English data without any oos example is left out: the general-English background is added
     * as its oos ({@link OutOfScopeBackground}); Chinese has no such background.
     */
    private static void languagesWithoutOos(List<IntentExample> examples, List<String> warnings) {
        Map<Boolean, long[]> byChinese = new TreeMap<>();
        for (IntentExample example : examples) {
            long[] counts = byChinese.computeIfAbsent(chinese(example.text()), k -> new long[2]);
            counts[IntentPrediction.OUT_OF_SCOPE.equals(example.intent()) ? 1 : 0]++;
        }
        boolean anyOos = byChinese.values().stream().anyMatch(c -> c[1] > 0);
        byChinese.forEach((chinese, counts) -> {
            if (counts[0] > 0 && counts[1] == 0 && (chinese || anyOos)) {
                String language = chinese ? "Chinese" : "English";
                warnings.add("no " + language + " example is labelled oos (out of scope) among the " + counts[0] + " "
                        + language + " ones: every " + language + " message the bot gets (a greeting, a question no "
                        + "intent covers) is placed in one of the intents unless the model is unsure; add " + language
                        + " messages it should not place, labelled oos");
            }
        });
    }

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void caseVariants(Map<String, Integer> counts, String oosLabel, List<String> warnings) {
        Map<String, List<String>> byFolded = new TreeMap<>();
        counts.keySet().forEach(label -> byFolded.computeIfAbsent(label.strip().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>()).add(label));
        byFolded.values().stream()
                // Variants of the out-of-scope label are already named above.
                .filter(labels -> labels.size() > 1 && labels.stream().noneMatch(l -> looksLikeOos(l, oosLabel)))
                .forEach(labels -> warnings.add("labels " + String.join(" and ", labels.stream()
                        .map(l -> "'" + l + "' (" + counts.get(l) + " examples)").toList())
                        + " differ only in case or surrounding spaces and are trained as different intents"));
    }

    private static void textsUnderSeveralLabels(List<IntentExample> examples, List<String> warnings) {
        textsUnderSeveralLabels(examples).ifPresent(warnings::add);
    }

    /**
     * The texts labelled with more than one intent (ignoring case, spaces and punctuation), up to five quoted with their
     * labels, as one sentence; empty when none is. The {@code nlu} commands and the release job refuse such training
     * data (no model can get both right), naming each copy's file and line ({@link LabelConflicts}).
     */
    public static java.util.Optional<String> textsUnderSeveralLabels(List<IntentExample> examples) {
        List<String> warnings = new ArrayList<>();
        Map<String, Set<String>> labelsOf = new LinkedHashMap<>();
        Map<String, String> firstText = new LinkedHashMap<>();
        for (IntentExample example : examples) {
            labelsOf.computeIfAbsent(example.textKey(), k -> new TreeSet<>()).add(example.intent());
            firstText.putIfAbsent(example.textKey(), example.text());
        }
        List<String> conflicts = labelsOf.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "'" + firstText.get(e.getKey()) + "' (" + String.join(", ", e.getValue()) + ")").toList();
        if (!conflicts.isEmpty()) {
            warnings.add(conflicts.size() + (conflicts.size() == 1 ? " text is" : " texts are")
                    + " labelled with more than one intent (ignoring case and spaces): "
                    + String.join(", ", conflicts.subList(0, Math.min(SHOWN, conflicts.size())))
                    + (conflicts.size() > SHOWN ? ", …" : ""));
        }
        return warnings.stream().findFirst();
    }

    /**
     * Whether the service's data (read without renaming) has {@code label} as a look-alike of {@code oos}
     * ({@code out_of_scope}, {@code OOS}): the warning says to rename it, so the release job does not also ask for an
     * answer to it.
     */
    public static boolean looksLikeOutOfScope(String label) {
        return looksLikeOos(label, IntentPrediction.OUT_OF_SCOPE);
    }

    private static boolean looksLikeOos(String label, String oosLabel) {
        if (label.equals(IntentPrediction.OUT_OF_SCOPE) || label.equals(oosLabel)) {
            return false;
        }
        String squashed = squash(label);
        return squashed.equals(squash(oosLabel)) || Set.of("oos", "outofscope").contains(squashed);
    }

    /** Lower case without separators: {@code Out_Of_Scope} and {@code out-of-scope} are both {@code outofscope}. */
    private static String squash(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
