package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.intent.IntentEvaluator.Prediction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the out-of-scope threshold is picked on validation predictions. */
class IntentEvaluatorTest {

    /** Two in-scope messages (confidences 0.9, 0.3) and three oos messages the model took for in-scope (0.2, 0.4, 0.5). */
    static final List<Prediction> VALIDATION = List.of(
            new Prediction("refund", "refund", "refund", 0.9),
            new Prediction("order_status", "order_status", "order_status", 0.3),
            new Prediction("oos", "refund", "refund", 0.2),
            new Prediction("oos", "refund", "refund", 0.4),
            new Prediction("oos", "order_status", "order_status", 0.5));

    @Test
    void picksTheLowestThresholdThatReachesTheOosRecall() {
        // 0.21 catches one oos message of three (recall 0.33) and keeps both in-scope ones; recall 0.67 needs 0.41,
        // which also loses the in-scope 0.3 message: in-scope accuracy 0.5, the same as at 0.51, so the lower wins.
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION, 0.30)).isEqualTo(0.21);
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION, 0.60)).isEqualTo(0.41);
        assertThat(IntentEvaluator.tuneThreshold(VALIDATION)).isEqualTo(0.41);
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
}
