package io.shopdesk.nlp.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.intent.IntentExample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code new_label_agreement} check on made-up held-out placements: which model judges which new example, the
 * share over all and per intent, and the summary in words.
 */
class LabelAgreementTest {
    final List<IntentExample> examples = new ArrayList<>();
    final List<Boolean> added = new ArrayList<>();
    final List<String> without = new ArrayList<>();
    final List<String> with = new ArrayList<>();

    private void add(String intent, boolean isNew, String placedWithout, String placedWith, int times) {
        for (int i = 0; i < times; i++) {
            examples.add(new IntentExample(intent + " " + examples.size(), intent));
            added.add(isNew);
            without.add(placedWithout);
            with.add(placedWith);
        }
    }

    private GateCheck check() {
        boolean[] marks = new boolean[added.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = added.get(i);
        }
        return LabelAgreement.check(examples, marks, without, with, 0.5, 10);
    }

    @Test
    void newExamplesOfKnownIntentsAreJudgedByTheModelTrainedWithoutThem() {
        add("greeting", false, "greeting", "greeting", 20);
        add("order_status", false, "order_status", "order_status", 20);
        // Noise the candidate itself has learnt (placed as labelled with it), but not the model without it.
        add("greeting", true, "oos", "greeting", 12);
        add("order_status", true, "order_status", "order_status", 9);
        add("order_status", true, "greeting", "order_status", 1);

        GateCheck check = check();

        assertThat(check.check()).isEqualTo("new_label_agreement");
        assertThat(check.passes()).isFalse();
        assertThat(check.figures()).containsExactly(
                new GateCheck.Figure("new examples placed as labelled (22)", null, 0.4091, 0.5, true, false),
                new GateCheck.Figure("new greeting examples placed as labelled (12)", null, 0.0, 0.5, true, false),
                new GateCheck.Figure("new order_status examples placed as labelled (10)", null, 0.9, 0.5, true, true));
        assertThat(check.summary()).isEqualTo("Under 50% of the new examples were ones a model cross-validated without "
                + "the new examples placed as labelled (a new intent's: the other folds' examples of it): all new "
                + "examples 9 of 22 (41%), greeting 0 of 12 (0%). Read these labels: they look like noise, or like "
                + "another intent.");
    }

    @Test
    void oneNoisyIntentFailsEvenWhenTheGenuineLabelsCarryTheOverallShare() {
        add("greeting", false, "greeting", "greeting", 20);
        add("order_status", true, "order_status", "order_status", 40);
        add("greeting", true, "oos", "greeting", 10);

        GateCheck check = check();

        assertThat(check.passes()).isFalse();
        assertThat(check.figures().getFirst().candidate()).isEqualTo(0.8);
        assertThat(check.figures().get(1)).isEqualTo(
                new GateCheck.Figure("new greeting examples placed as labelled (10)", null, 0.0, 0.5, true, false));
    }

    @Test
    void aNewIntentIsJudgedByItsOwnExamplesInTheOtherFolds() {
        add("greeting", false, "greeting", "greeting", 20);
        // No model without the new examples knows gift_wrap: it places them elsewhere, the candidate's folds do not.
        add("gift_wrap", true, "oos", "gift_wrap", 15);
        add("gift_wrap", true, "oos", "oos", 5);

        GateCheck check = check();

        assertThat(check.passes()).isTrue();
        assertThat(check.figures()).containsExactly(
                new GateCheck.Figure("new examples placed as labelled (20)", null, 0.75, 0.5, true, true),
                new GateCheck.Figure("new gift_wrap examples placed as labelled (20), by each other", null, 0.75, 0.5,
                        true, true));
        assertThat(check.summary()).startsWith("At least 50% of the new examples were ones a model cross-validated");
    }

    @Test
    void fewerNewExamplesThanAGroupAreShownButNotJudged() {
        add("greeting", false, "greeting", "greeting", 20);
        // One message from the inbox: the live model could not place it, so neither can a model without it.
        add("order_status", true, "oos", "order_status", 1);
        add("gift_wrap", true, "oos", "oos", 3);

        GateCheck check = check();

        assertThat(check.passes()).isTrue();
        assertThat(check.figures()).containsExactly(
                new GateCheck.Figure("new examples placed as labelled (4), too few to judge", null, 0.0, null, true,
                        true),
                new GateCheck.Figure("new gift_wrap examples placed as labelled (3), by each other, too few to judge",
                        null, 0.0, null, true, true));
    }

    @Test
    void withoutNewExamplesOrFoldsNothingIsMeasured() {
        add("greeting", false, "greeting", "greeting", 5);
        assertThat(check().summary()).isEqualTo("Not measured: there are no new examples.");
        assertThat(check().passes()).isTrue();
        assertThat(LabelAgreement.check(examples, new boolean[5], null, null, 0.5, 10).summary())
                .isEqualTo("Not measured: the recipe has no cross-validation folds.");
    }
}
