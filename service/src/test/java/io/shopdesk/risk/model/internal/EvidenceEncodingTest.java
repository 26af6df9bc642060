package io.shopdesk.risk.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weight of evidence on a hand-counted table: the formula, smoothing of rare and unseen levels, pass-through numbers. */
class EvidenceEncodingTest {
    // 20 applicants, 5 positive (prior 0.25): rent 8 (4 positive), own 9 (1 positive), lodge 3 (0 positive).
    private static final List<String[]> ROWS = new ArrayList<>();
    private static final int[] Y = new int[20];

    static {
        for (int i = 0; i < 20; i++) {
            String housing = i < 8 ? "rent" : i < 17 ? "own" : "lodge";
            ROWS.add(new String[] {String.valueOf(1000 + 100 * i), housing});
            Y[i] = i < 4 || i == 8 ? 1 : 0;
        }
    }

    private static final FeatureEncoder ENCODER = FeatureEncoder.fit(List.of("amount", "housing"), ROWS);

    private static double[][] oneHot() {
        return ROWS.stream().map(ENCODER::encode).toArray(double[][]::new);
    }

    private static double expected(int positives, int negatives, double m) {
        double prior = 0.25;
        return Math.log((positives + m * prior) / (negatives + m * (1 - prior))) - Math.log(prior / (1 - prior));
    }

    @Test
    void eachLevelGetsItsSmoothedLogOddsAgainstThePrior() {
        assertThat(ENCODER.columns().get(1).levels()).containsExactly("lodge", "own", "rent", "other");
        EvidenceEncoding evidence = EvidenceEncoding.fit(ENCODER, oneHot(), Y, 10);

        assertThat(evidence.evidence(1, 0)).isCloseTo(expected(0, 3, 10), within(1e-12));
        assertThat(evidence.evidence(1, 1)).isCloseTo(expected(1, 8, 10), within(1e-12));
        assertThat(evidence.evidence(1, 2)).isCloseTo(expected(4, 4, 10), within(1e-12));
        // rent (half positive) is riskier than the prior, own (one in nine) safer.
        assertThat(evidence.evidence(1, 2)).isCloseTo(0.528, within(0.001));
        assertThat(evidence.evidence(1, 1)).isCloseTo(-0.389, within(0.001));
    }

    @Test
    void anUnseenLevelHasNoEvidenceAndARareOneLittle() {
        EvidenceEncoding evidence = EvidenceEncoding.fit(ENCODER, oneHot(), Y, 10);
        // Nobody trained falls in "other", so a value never seen lands on exactly zero.
        assertThat(evidence.evidence(1, 3)).isZero();
        double[] unseen = evidence.apply(ENCODER.encode(new String[] {"1500", "castle"}));
        assertThat(unseen[1]).isZero();
        // lodge: three negatives only. Smoothed it stays modest; with almost no smoothing it runs off.
        assertThat(evidence.evidence(1, 0)).isCloseTo(-0.336, within(0.001));
        assertThat(EvidenceEncoding.fit(ENCODER, oneHot(), Y, 0.01).evidence(1, 0)).isLessThan(-4);
    }

    @Test
    void numbersPassThroughAndEachColumnBecomesOneValue() {
        EvidenceEncoding evidence = EvidenceEncoding.fit(ENCODER, oneHot(), Y, 10);
        double[] oneHot = ENCODER.encode(ROWS.get(0));
        double[] view = evidence.apply(oneHot);

        assertThat(evidence.width()).isEqualTo(2);
        assertThat(view).containsExactly(oneHot[0], evidence.evidence(1, 2));
    }

    @Test
    void smoothingMustBePositive() {
        assertThatThrownBy(() -> EvidenceEncoding.fit(ENCODER, oneHot(), Y, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("smoothing must be positive, got 0.0");
    }
}
