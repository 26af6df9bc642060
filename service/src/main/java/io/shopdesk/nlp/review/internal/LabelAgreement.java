package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.intent.IntentExample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The release gate's {@code new_label_agreement} check: label noise in the new examples themselves. The other checks
 * guard the other examples and the off-topic probe, and let through 100 random strings labelled {@code greeting}: the
 * model learns "random letters" as greeting and nothing else gets worse. Here each new example is placed by the
 * cross-validation fold that held it out, trained <em>without</em> any new example, and counts as agreeing when its
 * label is among that model's three likeliest. Not its first choice alone: a message from the inbox is one the live
 * model could not place, so a model without it seldom places it either (0 of 10 such paraphrases), yet its label is
 * mostly second or third (9 of 10); keyboard mashing has the label there about one time in five. For an intent the
 * base data does not have (a team's new intent), no model without the new examples knows it, so its examples are
 * placed by the fold's model trained <em>with</em> the other folds' new examples: do they predict each other?
 *
 * <p>The check fails when the share over all new examples, or over one intent's new examples, is under
 * {@code minShare}, each when it counts at least {@code minGroup} examples (one label from the inbox, which the live
 * model could not place by definition, is no evidence; 30 random strings would drown in 81 genuine labels overall, so
 * intents get figures of their own).
 * docs/nlu.md gives the figures that chose the defaults. Stateless and thread-safe.
 */
final class LabelAgreement {
    static final String CHECK = "new_label_agreement";
    /** How many disagreeing examples of a failed intent the summary quotes. */
    private static final int SHOWN = 3;

    private LabelAgreement() {
    }

    /**
     * @param examples       every example of the candidate
     * @param added          {@code added[i]}: example i is new (a reviewed file's, or of an intent the live model
     *                       does not know)
     * @param heldOutWithout each example's three likeliest labels, best first, by its held-out fold's model trained
     *                       without the new ones
     * @param heldOutWith    each example's label as placed by the same fold's model trained with the other folds' new
     *                       examples
     */
    static GateCheck check(List<IntentExample> examples, boolean[] added, List<List<String>> heldOutWithout,
                           List<String> heldOutWith, double minShare, int minGroup) {
        if (heldOutWithout == null) {
            return new GateCheck(CHECK, true, "Not measured: the recipe has no cross-validation folds.", List.of());
        }
        Set<String> known = new HashSet<>();
        for (int i = 0; i < examples.size(); i++) {
            if (!added[i]) {
                known.add(examples.get(i).intent());
            }
        }
        Map<String, int[]> byIntent = new TreeMap<>();
        Map<String, List<String>> missed = new HashMap<>();
        int total = 0;
        int agreed = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (!added[i]) {
                continue;
            }
            String label = examples.get(i).intent();
            boolean agrees = known.contains(label) ? heldOutWithout.get(i).contains(label)
                    : label.equals(heldOutWith.get(i));
            int[] counts = byIntent.computeIfAbsent(label, k -> new int[2]);
            counts[0]++;
            counts[1] += agrees ? 1 : 0;
            if (!agrees) {
                String placed = known.contains(label) ? heldOutWithout.get(i).stream().findFirst().orElse("?")
                        : heldOutWith.get(i);
                missed.computeIfAbsent(label, k -> new ArrayList<>()).add(quote(examples.get(i).text()) + " (" + placed + ")");
            }
            total++;
            agreed += agrees ? 1 : 0;
        }
        if (total == 0) {
            return new GateCheck(CHECK, true, "Not measured: there are no new examples.", List.of());
        }
        List<GateCheck.Figure> figures = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        figure(figures, failed, "new examples with their label in the 3 likeliest (" + total + ")", "all new examples", agreed, total,
                minShare, minGroup, List.of());
        boolean[] newIntentFailed = {false};
        byIntent.forEach((intent, counts) -> {
            if (counts[0] >= minGroup || !known.contains(intent)) {
                String what = known.contains(intent) ? intent : intent + ", an intent the live model does not know";
                int before = failed.size();
                figure(figures, failed, known.contains(intent)
                        ? "new " + intent + " examples with it in the 3 likeliest (" + counts[0] + ")"
                        : "new " + intent + " examples placed as labelled by each other (" + counts[0] + ")", what,
                        counts[1], counts[0], minShare, minGroup, missed.getOrDefault(intent, List.of()));
                newIntentFailed[0] |= failed.size() > before && !known.contains(intent);
            }
        });
        String how = "of the new examples had their label among the 3 likeliest of a model cross-validated without "
                + "them (a new intent's: placed so by the other folds' examples of it)";
        // A team's new intent with a dozen examples over two languages fails by having too few, not by noise: say so.
        String fewer = newIntentFailed[0] ? " A new intent whose examples do not place each other has too few of them "
                + "for the ways it is asked, or its examples mean different things: add examples of it (in each "
                + "language it serves) or split it." : "";
        return failed.isEmpty()
                ? new GateCheck(CHECK, true, "At least " + percent(minShare) + " " + how + ".", figures)
                : new GateCheck(CHECK, false, "Under " + percent(minShare) + " " + how + ": "
                + String.join(", ", failed) + ". Read these labels: they look like noise, or like another intent."
                + fewer, figures);
    }

    /** An example's text as quoted in a summary: at most 40 characters. */
    private static String quote(String text) {
        String t = text.strip();
        return "'" + (t.length() > 40 ? t.substring(0, 39) + "…" : t) + "'";
    }

    /** A share of fewer than {@code minGroup} examples is shown without a limit: one label is no evidence of noise. */
    private static void figure(List<GateCheck.Figure> figures, List<String> failed, String name, String what,
                               int agreed, int total, double minShare, int minGroup, List<String> missed) {
        double share = Math.round(agreed * 10_000.0 / total) / 10_000.0;
        if (total < minGroup) {
            figures.add(new GateCheck.Figure(name + ", too few to judge", null, share, null, true, true));
            return;
        }
        boolean passes = share >= minShare;
        figures.add(new GateCheck.Figure(name, null, share, minShare, true, passes));
        if (!passes) {
            // The first few that disagreed, with where they were placed: "read these labels" names what to read.
            String shown = missed.isEmpty() ? "" : "; not so: " + String.join(", ", missed.subList(0, Math.min(SHOWN,
                    missed.size()))) + (missed.size() > SHOWN ? ", …" : "");
            failed.add(what + " " + agreed + " of " + total + " (" + percent(share) + shown + ")");
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
