package io.shopdesk.risk.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopdesk.risk.model.internal.FeatureEncoder.Ratio;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The log-ratio features of {@link FeatureEncoder}: which pairs of numeric columns are chosen (training values all
 * &gt; 0, decided on the training rows), that serving an applicant by name gives the values training computed, and
 * that missing or non-positive values at serving neither crash nor give NaN/infinity.
 */
class LogRatioFeaturesTest {
    // amount, duration and age all > 0 (age with a missing cell: the median 32.5 stands in); balance has a 0 and a
    // negative value, rate is 0 once; city is categorical.
    static final List<String> NAMES = List.of("amount", "city", "duration", "balance", "age", "rate");
    static final List<String[]> ROWS = List.of(
            new String[] {"1000", "oslo", "12", "0", "25", "0.5"},
            new String[] {"2400", "bergen", "24", "-50", "", "0"},
            new String[] {"600", "oslo", "6", "300", "30", "1.5"},
            new String[] {"3000", "bergen", "36", "120", "41", "2"},
            new String[] {"1500", "oslo", "18", "80", "35", "1"});
    static final FeatureEncoder ENCODER = FeatureEncoder.fit(NAMES, ROWS, true);

    @Test
    void pairsOfAllPositiveNumericColumnsInColumnOrder() {
        // amount (0), duration (2), age (4): balance and rate are not all > 0, city is not numeric.
        assertThat(ENCODER.ratios()).containsExactly(new Ratio(0, 2), new Ratio(0, 4), new Ratio(2, 4));
        assertThat(ENCODER.ratioNames()).containsExactly("log(amount/duration)", "log(amount/age)", "log(duration/age)");
        int base = 1 + 2 + 1 + 1 + 1 + 1; // amount, city (oslo, other: bergen is too rare), duration, balance, age, rate
        assertThat(ENCODER.baseWidth()).isEqualTo(base);
        assertThat(ENCODER.width()).isEqualTo(base + 3);
        assertThat(FeatureEncoder.fit(NAMES, ROWS).ratios()).isEmpty();
        assertThat(FeatureEncoder.fit(NAMES, ROWS).width()).isEqualTo(base);
    }

    @Test
    void theChoiceFollowsTheTrainingRowsOnly() {
        // On the last three rows alone, balance and rate are all > 0 too.
        FeatureEncoder positiveBalance = FeatureEncoder.fit(NAMES, ROWS.subList(2, 5), true);
        assertThat(positiveBalance.ratioNames()).containsExactly("log(amount/duration)", "log(amount/balance)",
                "log(amount/age)", "log(amount/rate)", "log(duration/balance)", "log(duration/age)",
                "log(duration/rate)", "log(balance/age)", "log(balance/rate)", "log(age/rate)");
    }

    @Test
    void trainingRowsGetTheLogOfTheRawRatioAfterTheBaseSlots() {
        double[] x = ENCODER.encode(ROWS.getFirst());
        int base = ENCODER.baseWidth();
        assertThat(x[base]).isCloseTo(Math.log(1000.0 / 12), within(1e-12));
        assertThat(x[base + 1]).isCloseTo(Math.log(1000.0 / 25), within(1e-12));
        assertThat(x[base + 2]).isCloseTo(Math.log(12.0 / 25), within(1e-12));
        // the missing age takes the training median (32.5), as the age column itself does
        double[] missingAge = ENCODER.encode(ROWS.get(1));
        assertThat(missingAge[base + 1]).isCloseTo(Math.log(2400.0 / 32.5), within(1e-12));
        // the base slots are what an encoder without log-ratios gives
        FeatureEncoder plain = FeatureEncoder.fit(NAMES, ROWS);
        for (String[] row : ROWS) {
            assertThat(Arrays.copyOf(ENCODER.encode(row), base)).containsExactly(plain.encode(row));
        }
    }

    @Test
    void servingByNameComputesWhatTrainingComputed() throws Exception {
        FeatureEncoder served = roundTrip(ENCODER);
        for (String[] row : ROWS) {
            Map<String, Object> applicant = new HashMap<>();
            for (int c = 0; c < NAMES.size(); c++) {
                if (!row[c].isBlank()) {
                    // numbers as Number for some columns and as text for others, as requests give them
                    applicant.put(NAMES.get(c), c == 0 ? Double.valueOf(row[c]) : row[c]);
                }
            }
            assertThat(served.encode(applicant)).containsExactly(ENCODER.encode(row));
        }
    }

    @Test
    void missingAndNonPositiveValuesAtServingStayFinite() {
        int base = ENCODER.baseWidth();
        Map<String, Object> applicant = new HashMap<>(Map.of("amount", 1000, "city", "oslo", "duration", 12, "age", 25));

        applicant.remove("duration");
        double[] missing = ENCODER.encode(applicant);
        assertThat(missing[base]).isCloseTo(Math.log(1000.0 / 18), within(1e-12)); // median duration 18

        applicant.put("duration", "NA");
        assertThat(ENCODER.encode(applicant)).containsExactly(missing);
        applicant.put("duration", Double.NaN);
        assertThat(ENCODER.encode(applicant)).containsExactly(missing);

        // A duration of 0 or below was never seen in training: it is clamped to a tiny positive number, so its ratios
        // are finite and beyond every training value on the "shorter than anything seen" side.
        applicant.put("duration", 0);
        double[] zero = ENCODER.encode(applicant);
        applicant.put("duration", -3);
        double[] negative = ENCODER.encode(applicant);
        double trainingMax = ROWS.stream().mapToDouble(r -> ENCODER.encode(r)[base]).max().orElseThrow();
        for (double[] x : List.of(zero, negative)) {
            assertThat(Arrays.stream(x).allMatch(Double::isFinite)).isTrue();
            assertThat(x[base]).isCloseTo(Math.log(1000 / FeatureEncoder.RATIO_FLOOR), within(1e-9))
                    .isGreaterThan(trainingMax);
            assertThat(x[base + 2]).isCloseTo(Math.log(FeatureEncoder.RATIO_FLOOR / 25), within(1e-9));
            assertThat(x[base + 1]).isCloseTo(Math.log(1000.0 / 25), within(1e-12)); // amount/age untouched
        }
    }

    private static FeatureEncoder roundTrip(FeatureEncoder encoder) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(encoder);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (FeatureEncoder) in.readObject();
        }
    }
}
