package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.IntentPrediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Mistakes in labelled data that are legal but almost never meant, found before minutes of training: a label that
 * looks like the out-of-scope label but is not it ({@code OOS}, {@code out_of_scope}), which would be trained as an
 * intent of its own. The commands print them as warnings; nothing is changed. Stateless and thread-safe.
 */
public final class IntentDataWarnings {

    private IntentDataWarnings() {
    }

    /**
     * The warnings for examples whose out-of-scope label is already renamed to {@code oos}, in a fixed order.
     *
     * @param oosLabel the data's out-of-scope label as given to the command ({@code --oos-label})
     */
    public static List<String> of(List<IntentExample> examples, String oosLabel) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> counts.merge(e.intent(), 1, Integer::sum));
        List<String> warnings = new ArrayList<>();
        counts.forEach((label, count) -> {
            if (looksLikeOos(label, oosLabel)) {
                warnings.add("label '" + label + "' (" + count + " examples) is not the out-of-scope label '" + oosLabel
                        + "' and is trained as an intent of its own; labels are case-sensitive (--oos-label " + label
                        + " if it means out of scope)");
            }
        });
        return warnings;
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
