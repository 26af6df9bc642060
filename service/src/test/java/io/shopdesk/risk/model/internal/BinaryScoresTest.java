package io.shopdesk.risk.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Thresholds from predictions whose calibration is known by construction. */
class BinaryScoresTest {
    private final List<Double> scores = new ArrayList<>();
    private final List<Boolean> labels = new ArrayList<>();

    /** 100 applicants at each true probability 0.05, 0.10, ..., 0.95, exactly 100·p of them positive. */
    private void calibratedGrid(DoubleUnaryOperator score) {
        for (int step = 1; step < 20; step++) {
            double p = step / 20.0;
            for (int k = 0; k < 100; k++) {
                scores.add(score.applyAsDouble(p));
                labels.add(k < step * 5);
            }
        }
    }

    private double[] p() {
        return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private boolean[] y() {
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        return y;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void calibratedScoresGetTheCostRatioAsThreshold() {
        calibratedGrid(p -> p);
        // Costs 1 and 5: decide "default" from a probability of 1/6 on.
        assertThat(BinaryScores.calibratedThreshold(p(), y(), 1, 5)).isCloseTo(1 / 6.0, within(1e-6));
        assertThat(BinaryScores.calibratedThreshold(p(), y(), 1, 1)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void overconfidentScoresAreMappedBack() {
        // Scores twice as far from 0.5 in log-odds as the truth: the threshold must be too.
        calibratedGrid(p -> sigmoid(2 * logit(p)));
        assertThat(BinaryScores.calibratedThreshold(p(), y(), 1, 5)).isCloseTo(sigmoid(2 * logit(1 / 6.0)), within(1e-6));
    }

    @Test
    void separableScoresFallBackToTheEmpiricalMinimum() {
        double[] p = {0.1, 0.2, 0.3, 0.6, 0.7, 0.8};
        boolean[] y = {false, false, false, true, true, true};
        assertThat(BinaryScores.calibratedThreshold(p, y, 1, 5)).isEqualTo(BinaryScores.bestThreshold(p, y, 1, 5))
                .isCloseTo(0.45, within(1e-12));
    }

    @Test
    void theEmpiricalMinimumSitsBetweenPredictions() {
        double[] p = {0.1, 0.2, 0.4, 0.5};
        boolean[] y = {false, true, false, true};
        // Refusing from 0.2 on costs one good payer (1); any higher threshold approves the defaulter at 0.2 (5).
        assertThat(BinaryScores.bestThreshold(p, y, 1, 5)).isCloseTo(0.15, within(1e-12));
        assertThat(BinaryScores.cost(p, y, 0.15, 1, 5)).isEqualTo(1);
        assertThat(BinaryScores.cost(p, y, 0.45, 1, 5)).isEqualTo(5);
    }
}
