package io.shopdesk.nlp.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.intent.IntentModelStore.Figures;
import org.junit.jupiter.api.Test;

/** The release gate: every figure at or above its floor, side by side. */
class ReleaseGateTest {
    static final Figures FLOOR = new Figures(0.873, 0.8796, 0.8146, 0.8875);

    @Test
    void aCandidateExactlyAtEveryFloorPasses() {
        var comparisons = ReleaseGate.compare(FLOOR, FLOOR);
        assertThat(comparisons).extracting(ReleaseGate.Comparison::figure)
                .containsExactly("accuracy", "inScopeAccuracy", "oosRecall", "macroF1");
        assertThat(ReleaseGate.passes(comparisons)).isTrue();
    }

    @Test
    void oneFigureUnderItsFloorRefusesAndIsTheOneMarked() {
        var comparisons = ReleaseGate.compare(new Figures(0.90, 0.91, 0.8145, 0.90), FLOOR);
        assertThat(ReleaseGate.passes(comparisons)).isFalse();
        assertThat(comparisons).filteredOn(c -> !c.passes())
                .containsExactly(new ReleaseGate.Comparison("oosRecall", 0.8145, 0.8146, false));
    }

    @Test
    void aFloorOfNothingHoldsNothingButAFigureNoLongerMeasurableFails() {
        assertThat(ReleaseGate.passes(ReleaseGate.compare(new Figures(0.5, 0.5, null, 0.5), null))).isTrue();
        assertThat(ReleaseGate.passes(ReleaseGate.compare(new Figures(0.9, 0.9, 0.9, 0.9),
                new Figures(0.8, 0.8, null, 0.8)))).isTrue();
        assertThat(ReleaseGate.compare(new Figures(0.9, 0.9, null, 0.9), FLOOR)).filteredOn(c -> !c.passes())
                .containsExactly(new ReleaseGate.Comparison("oosRecall", null, 0.8146, false));
    }
}
