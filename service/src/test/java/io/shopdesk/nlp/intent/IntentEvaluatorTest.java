package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.shopdesk.nlp.intent.IntentEvaluator.Prediction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How predictions are re-thresholded and how the out-of-scope threshold is picked on validation predictions. */
class IntentEvaluatorTest {

    /** Two in-scope messages (confidences 0.9, 0.3) and three oos messages the model took for in-scope (0.2, 0.4, 0.5). */
    static final List<Prediction> VALIDATION = List.of(
            new Prediction("refund", "refund", "refund", 0.9, false),
            new Prediction("order_status", "order_status", "order_status", 0.3, false),
            new Prediction("oos", "refund", "refund", 0.2, false),
            new Prediction("oos", "refund", "refund", 0.4, false),
            new Prediction("oos", "order_status", "order_status", 0.5, false));

    @Test
    void picksTheBestInScopeAccuracyWhoseOosRecallHoldsWithConfidence() {
        // Thresholds 0.21 / 0.41 / 0.51 catch 1 / 2 / 3 of the 3 oos messages, whose 90 % lower bounds are 0.11 / 0.32
        // / 0.65; 0.41 and 0.51 also lose the in-scope 0.3 message (in-scope accuracy 0.5 at both), so the lower wins.
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION, 0.10)).isEqualTo(0.21);
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION, 0.30)).isEqualTo(0.41);
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION, 0.60)).isEqualTo(0.51);
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION)).isEqualTo(0.51);
    }

    @Test
    void theRecallBoundTightensAsTheValidationSetGrows() {
        assertThat(IntentEvaluator.recallLowerBound(0.67, 100)).isCloseTo(0.607, within(0.001));
        assertThat(IntentEvaluator.recallLowerBound(0.66, 100)).isCloseTo(0.597, within(0.001));
        assertThat(IntentEvaluator.recallLowerBound(0.62, 1000)).isCloseTo(0.600, within(0.001));
        assertThat(IntentEvaluator.recallLowerBound(1.0, 3)).isCloseTo(0.646, within(0.001));
    }

    @Test
    void fallsBackToTheBestMeanWhenNoThresholdReachesTheRecall() {
        // Recall above 1 is never reached: the best mean of in-scope accuracy and recall is (0.5 + 1) / 2 at 0.51.
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION, 1.01)).isEqualTo(0.51);
    }

    @Test
    void withoutOosExamplesKeepsTheThresholdLow() {
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION.subList(0, 2), 0.60)).isEqualTo(0.0);
    }

    @Test
    void aMessageWithoutKnownFeaturesIsOosUnderEveryThreshold() {
        // Two labels at even odds: the served model answers oos, so re-thresholding must never pick "goodbye".
        Prediction unknown = new Prediction("oos", "oos", "goodbye", 0.5, true);
        Prediction known = new Prediction("greet", "greet", "greet", 0.5, false);

        assertThat(IntentEvaluator.withThreshold(List.of(unknown, known), 0.0))
                .extracting(Prediction::predicted).containsExactly("oos", "greet");
        assertThat(IntentEvaluator.withThreshold(List.of(unknown, known), 0.6))
                .extracting(Prediction::predicted).containsExactly("oos", "oos");
    }

    @Test
    void macroF1LeavesOutLabelsWithoutSupportButListsThem() {
        IntentEvaluator.Report report = IntentEvaluator.score(List.of(
                new Prediction("refund", "refund", "refund", 0.9, false),
                new Prediction("refund", "oos", "refund", 0.2, false),
                new Prediction("order_status", "order_status", "order_status", 0.8, false)));

        assertThat(report.macroF1()).isCloseTo((1.0 + 2.0 / 3) / 2, within(1e-9));
        assertThat(report.perIntent()).extracting(IntentEvaluator.PerIntent::intent, IntentEvaluator.PerIntent::support)
                .containsExactly(tuple("oos", 0), tuple("order_status", 1), tuple("refund", 2));
    }
}
