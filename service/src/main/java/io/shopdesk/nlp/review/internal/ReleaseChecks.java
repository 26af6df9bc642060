package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.intent.IntentModelStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The release gate's checks, each a {@link GateCheck} with its figures beside the live release's:
 * <ol>
 * <li>{@code below_floor}: every cross-validated figure at or above the live release's floor ({@link ReleaseGate});
 * <li>{@code intent_f1_drop}: on the examples outside the reviewed files, no intent's F1 more than {@code maxDrop}
 * lower when the reviewed examples are trained with them than without, in the same folds (the averages hide an
 * intent that loses its messages to a neighbour, or {@code oos} losing its own to an intent taught that random
 * letters are a greeting);
 * <li>{@code off_topic_probe}: the share of the {@link OffTopicProbe} sentences the candidate places in an intent at
 * most {@code maxRise} above the live model's, per language (an intent taught to swallow general text).
 * </ol>
 * Stateless and thread-safe.
 */
final class ReleaseChecks {

    private ReleaseChecks() {
    }

    static GateCheck floors(List<ReleaseGate.Comparison> comparisons, IntentModelStore.CrossValidation live) {
        return floors(comparisons, live, List.of());
    }

    /**
     * @param newIntents the candidate's intents the live model does not know (a team's own): macro-F1 averages them
     *                   too, which the live release's floor was measured without, so a refusal by macro-F1 says so
     */
    static GateCheck floors(List<ReleaseGate.Comparison> comparisons, IntentModelStore.CrossValidation live,
                            List<String> newIntents) {
        if (comparisons.isEmpty()) {
            return new GateCheck("below_floor", true, "Not measured: the recipe has no cross-validation folds.", List.of());
        }
        List<GateCheck.Figure> figures = new ArrayList<>();
        for (ReleaseGate.Comparison c : comparisons) {
            figures.add(new GateCheck.Figure(c.figure(), live == null ? null : figure(live.measured(), c.figure()),
                    c.measured(), c.floor(), true, c.passes()));
        }
        List<String> below = comparisons.stream().filter(c -> !c.passes())
                .map(c -> c.figure() + " " + number(c.measured()) + " < floor " + number(c.floor())).toList();
        return below.isEmpty()
                ? new GateCheck("below_floor", true, live == null ? "No live release with floors: nothing to hold to."
                : "Every cross-validated figure is at or above the live release's floor.", figures)
                : new GateCheck("below_floor", false, "The candidate is below the current release's floor in "
                + String.join(", ", below) + "." + newIntentsNote(comparisons, newIntents), figures);
    }

    /**
     * Why macro-F1 can fall under the floor when intents are added although no intent got worse: a team that added
     * three small intents was refused by macro-F1 0.0029 under, with every other figure and check passing, and nothing
     * said why or what to do.
     */
    private static String newIntentsNote(List<ReleaseGate.Comparison> comparisons, List<String> newIntents) {
        boolean macroF1 = comparisons.stream().anyMatch(c -> !c.passes() && c.figure().equals("macroF1"));
        if (!macroF1 || newIntents.isEmpty()) {
            return "";
        }
        return " Macro-F1 is the plain mean of every intent's F1 and now also averages " + newIntents.size() + " new "
                + (newIntents.size() == 1 ? "intent" : "intents") + " (" + String.join(", ", newIntents) + "), which the "
                + "floor was measured without: a new intent with few examples lowers it although no other intent got "
                + "worse (intent_f1_drop tells). Add examples of the new intents, or, when the floors are all that "
                + "failed, a supervisor may release anyway with a reason.";
    }

    /**
     * @param without each intent's F1 over the examples outside the reviewed files, cross-validated without the
     *                new examples (reviewed files, intents the live model lacks); null when not measured (no folds)
     * @param with    the same examples and folds, with the reviewed examples in training
     * @param added   how many new examples there are
     */
    static GateCheck intentF1(Map<String, Double> without, Map<String, Double> with, int added, double maxDrop) {
        if (without == null) {
            return new GateCheck("intent_f1_drop", true, "Not measured: the recipe has no cross-validation folds.", List.of());
        }
        if (added == 0) {
            return new GateCheck("intent_f1_drop", true, "Not measured: there are no new examples.", List.of());
        }
        List<GateCheck.Figure> figures = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String intent : new TreeSet<>(without.keySet())) {
            double before = without.get(intent);
            Double now = with.get(intent);
            double limit = round(before - maxDrop);
            boolean passes = now != null && now >= limit;
            figures.add(new GateCheck.Figure("F1 " + intent, before, now, limit, true, passes));
            if (!passes) {
                dropped.add(intent + " " + number(before) + " → " + number(now));
            }
        }
        String what = "the other examples' F1, cross-validated without and with the " + added + " new examples";
        return dropped.isEmpty()
                ? new GateCheck("intent_f1_drop", true, "No intent lost more than " + number(maxDrop) + " of " + what
                + ".", figures)
                : new GateCheck("intent_f1_drop", false, "An intent lost more than " + number(maxDrop) + " of " + what
                + ": " + String.join(", ", dropped) + ".", figures);
    }

    static GateCheck offTopic(Map<String, OffTopicProbe.Placement> live, Map<String, OffTopicProbe.Placement> candidate,
                              double maxRise) {
        if (live.isEmpty()) {
            return new GateCheck("off_topic_probe", true, "Not measured: the models folder has no off-topic probe.",
                    List.of());
        }
        List<GateCheck.Figure> figures = new ArrayList<>();
        List<String> risen = new ArrayList<>();
        live.forEach((language, before) -> {
            OffTopicProbe.Placement after = candidate.get(language);
            double was = share(before);
            double now = share(after);
            double limit = round(was + maxRise);
            boolean passes = now <= limit;
            figures.add(new GateCheck.Figure("off-topic placed in scope (" + language + ", " + before.probes()
                    + " sentences)", was, now, limit, false, passes));
            if (!passes) {
                risen.add(language + " " + percent(was) + " → " + percent(now) + takenBy(after));
            }
        });
        return risen.isEmpty()
                ? new GateCheck("off_topic_probe", true, "The candidate places no more off-topic sentences in an intent "
                + "than the live model plus " + percent(maxRise) + ".", figures)
                : new GateCheck("off_topic_probe", false, "The candidate places more off-topic sentences in an intent "
                + "than the live model plus " + percent(maxRise) + ": " + String.join(", ", risen) + ". Read the "
                + "examples of the intents named: one that is too broad takes what is not its own. Or teach the model "
                + "what none of its intents is: add messages no intent covers, labelled oos (a handful is too few; "
                + "English data with no oos example of its own gets general sentences as oos instead).", figures);
    }

    /**
     * The intents that took the most probe sentences, as " (most in greet 12, goodbye 3)": the refusal said only that
     * the share rose, and a team with four oos examples of its own could not tell what to change (stop 32).
     */
    private static String takenBy(OffTopicProbe.Placement placement) {
        List<String> most = placement.byIntent().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> e.getKey() + " " + e.getValue()).toList();
        return most.isEmpty() ? "" : " (most in " + String.join(", ", most) + ")";
    }

    private static double share(OffTopicProbe.Placement placement) {
        return placement.probes() == 0 ? 0 : round(placement.inScope() / (double) placement.probes());
    }

    private static Double figure(IntentModelStore.Figures figures, String name) {
        return switch (name) {
            case "accuracy" -> figures.accuracy();
            case "inScopeAccuracy" -> figures.inScopeAccuracy();
            case "oosRecall" -> figures.oosRecall();
            case "macroF1" -> figures.macroF1();
            default -> null;
        };
    }

    private static String number(Double value) {
        return value == null ? "none" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
