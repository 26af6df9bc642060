package io.shopdesk.nlp.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.intent.IntentModelStore.CrossValidation;
import io.shopdesk.nlp.intent.IntentModelStore.Figures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gate's checks in words and figures: what fails, by how much, beside the live release's figure and the limit. */
class ReleaseChecksTest {
    static final Figures LIVE = new Figures(0.883, 0.8896, 0.8246, 0.8975);

    @Test
    void anIntentWhoseF1FallsMoreThanTheAllowedDropWithTheReviewedExamplesFailsByName() {
        GateCheck check = ReleaseChecks.intentF1(Map.of("greeting", 0.95, "oos", 0.84),
                Map.of("greeting", 0.96, "oos", 0.7976), 300, 0.03);

        assertThat(check.passes()).isFalse();
        assertThat(check.check()).isEqualTo("intent_f1_drop");
        assertThat(check.summary()).isEqualTo("An intent lost more than 0.0300 of the other examples' F1, "
                + "cross-validated without and with the 300 new examples: oos 0.8400 → 0.7976.");
        assertThat(check.figures()).containsExactly(
                new GateCheck.Figure("F1 greeting", 0.95, 0.96, 0.92, true, true),
                new GateCheck.Figure("F1 oos", 0.84, 0.7976, 0.81, true, false));
        assertThat(ReleaseChecks.intentF1(Map.of("greeting", 0.95, "oos", 0.84), Map.of("greeting", 0.92, "oos", 0.81),
                3, 0.03).passes()).as("exactly at the limit").isTrue();
    }

    @Test
    void anIntentLostFailsAndWithoutReviewedExamplesOrFoldsNothingIsMeasured() {
        assertThat(ReleaseChecks.intentF1(Map.of("greeting", 0.95), Map.of(), 1, 0.03).passes()).isFalse();
        GateCheck none = ReleaseChecks.intentF1(Map.of("greeting", 0.95), Map.of("greeting", 0.1), 0, 0.03);
        assertThat(none.passes()).isTrue();
        assertThat(none.summary()).isEqualTo("Not measured: there are no new examples.");
        assertThat(ReleaseChecks.intentF1(null, null, 5, 0.03).summary()).startsWith("Not measured: the recipe has no");
    }

    @Test
    void moreOffTopicTextPlacedThanTheLiveModelPlusTheRiseFails() {
        var live = Map.of("en", new OffTopicProbe.Placement(1000, Map.of("greeting", 2, "goodbye", 98)),
                "zh", new OffTopicProbe.Placement(40, Map.of("greeting", 3)));
        var candidate = Map.of("en", new OffTopicProbe.Placement(1000, Map.of("greeting", 900, "goodbye", 71)),
                "zh", new OffTopicProbe.Placement(40, Map.of("greeting", 5)));
        GateCheck check = ReleaseChecks.offTopic(new java.util.TreeMap<>(live), candidate, 0.05);

        assertThat(check.passes()).isFalse();
        // The intents that took them, and what to do: before, only the shares (a team with four oos examples of its
        // own, refused at 6.8% → 15.6%, could not tell what to change).
        assertThat(check.summary()).isEqualTo("The candidate places more off-topic sentences in an intent than the "
                + "live model plus 5.0%: en 10.0% → 97.1% (most in greeting 900, goodbye 71). Read the examples of the "
                + "intents named: one that is too broad takes what is not its own. Or teach the model what none of its "
                + "intents is: add messages no intent covers, labelled oos (a handful is too few; English data with no "
                + "oos example of its own gets general sentences as oos instead).");
        assertThat(check.figures()).containsExactly(
                new GateCheck.Figure("off-topic placed in scope (en, 1000 sentences)", 0.1, 0.971, 0.15, false, false),
                new GateCheck.Figure("off-topic placed in scope (zh, 40 sentences)", 0.075, 0.125, 0.125, false, true));
    }

    @Test
    void theFloorsCheckShowsTheLiveReleasesFiguresBesideTheCandidatesAndTheFloors() {
        Figures floor = new Figures(0.873, 0.8796, 0.8146, 0.8875);
        var comparisons = ReleaseGate.compare(new Figures(0.80, 0.79, 0.87, 0.83), floor);
        GateCheck check = ReleaseChecks.floors(comparisons, new CrossValidation(5, 42, 0.45, 0.01, LIVE, floor));

        assertThat(check.passes()).isFalse();
        assertThat(check.summary()).isEqualTo("The candidate is below the current release's floor in accuracy 0.8000 "
                + "< floor 0.8730, inScopeAccuracy 0.7900 < floor 0.8796, macroF1 0.8300 < floor 0.8875.");
        assertThat(check.figures().getFirst()).isEqualTo(new GateCheck.Figure("accuracy", 0.883, 0.80, 0.873, true, false));
        assertThat(ReleaseChecks.floors(List.of(), null).passes()).isTrue();
    }

    /**
     * The walkthrough's team added three small intents: every figure held but macro-F1 (0.8846 < 0.8875), now a mean
     * over three more intents. The summary says why and what to do; before, it gave the numbers only.
     */
    @Test
    void aMacroF1RefusalWithNewIntentsSaysTheyAreAveragedToo() {
        Figures floor = new Figures(0.873, 0.8796, 0.8146, 0.8875);
        var comparisons = ReleaseGate.compare(new Figures(0.8868, 0.8891, 0.8657, 0.8846), floor);
        var live = new CrossValidation(5, 42, 0.45, 0.01, LIVE, floor);

        assertThat(ReleaseChecks.floors(comparisons, live, List.of("corporate_order", "gift_wrap", "greeting_card"))
                .summary()).isEqualTo("The candidate is below the current release's floor in macroF1 0.8846 < floor "
                + "0.8875. Macro-F1 is the plain mean of every intent's F1 and now also averages 3 new intents "
                + "(corporate_order, gift_wrap, greeting_card), which the floor was measured without: a new intent with "
                + "few examples lowers it although no other intent got worse (intent_f1_drop tells). Add examples of "
                + "the new intents, or, when the floors are all that failed, a supervisor may release anyway with a "
                + "reason.");
        assertThat(ReleaseChecks.floors(comparisons, live, List.of()).summary())
                .isEqualTo("The candidate is below the current release's floor in macroF1 0.8846 < floor 0.8875.");
    }
}
