package io.shopdesk.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.risk.model.FinancingModel.Column;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The financing model on 40 hand-made applicants: column typing, one-hot, missing values, determinism, releases. */
class FinancingModelTest {
    static final Path FIXTURE = Path.of("service/src/test/resources/risk/applicants-40.csv");
    static FinancingData data;
    static FinancingModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        data = FinancingData.read(FIXTURE, "defaulted", "yes");
        model = new FinancingModelTrainer(42).train(data);
    }

    static Map<String, Object> applicant() {
        Map<String, Object> a = new HashMap<>();
        a.put("age", 35);
        a.put("income", 2100);
        a.put("region", "south");
        a.put("employment", "salaried");
        a.put("code", "A1");
        a.put("note", "ok");
        return a;
    }

    static Map<String, Object> with(String column, Object value) {
        Map<String, Object> a = applicant();
        a.put(column, value);
        return a;
    }

    @Test
    void readsTheFixture() {
        assertThat(data.size()).isEqualTo(40);
        assertThat(data.positives()).isEqualTo(23);
        assertThat(data.columns()).containsExactly("age", "income", "region", "employment", "code", "note");
    }

    @Test
    void columnsAreNumericOnlyWhenEveryValueIsANumber() {
        // "code" mixes 12 with A1 and B7, so it is categorical; "island" occurs once, so it shares the other slot.
        assertThat(model.columns()).containsExactly(
                new Column("age", true, List.of()),
                new Column("income", true, List.of()),
                new Column("region", false, List.of("north", "south", "west", "other")),
                new Column("employment", false, List.of("missing", "none", "salaried", "self-employed", "other")),
                new Column("code", false, List.of("12", "A1", "B7", "other")),
                new Column("note", false, List.of("late, once", "ok", "other")));
        // age and income are positive throughout (the missing ages count at the median), so the forest also reads
        // their log-ratio
        assertThat(model.logRatios()).containsExactly("log(age/income)");
        assertThat(model.featureCount()).isEqualTo(2 + 4 + 5 + 4 + 3 + 1);
    }

    @Test
    void servingByNameScoresLikeTrainingRowsAndSurvivesNonPositiveNumbers() {
        for (String[] row : data.rows()) {
            Map<String, Object> applicant = new HashMap<>();
            for (int c = 0; c < row.length; c++) {
                applicant.put(data.columns().get(c), row[c]);
            }
            assertThat(model.defaultProbability(applicant)).isEqualTo(model.probability(row));
        }
        for (Object income : new Object[] {0, -100, "0", "-2.5"}) {
            assertThat(model.defaultProbability(with("income", income))).isBetween(0.0, 1.0);
        }
    }

    @Test
    void unseenAndRareCategoriesShareTheOtherSlot() {
        double east = model.defaultProbability(with("region", "east"));
        assertThat(model.defaultProbability(with("region", "Atlantis"))).isEqualTo(east);
        assertThat(model.defaultProbability(with("region", "island"))).isEqualTo(east);
        assertThat(model.defaultProbability(with("region", "south"))).isNotEqualTo(east);
        assertThat(east).isBetween(0.0, 1.0);
    }

    @Test
    void missingNumbersTakeTheTrainingMedian() {
        double[] ages = data.rows().stream().filter(r -> !r[0].isBlank()).mapToDouble(r -> Double.parseDouble(r[0]))
                .sorted().toArray();
        double median = (ages[ages.length / 2 - 1] + ages[ages.length / 2]) / 2;
        assertThat(ages).hasSize(36);
        double atMedian = model.defaultProbability(with("age", median));

        Map<String, Object> absent = applicant();
        absent.remove("age");
        assertThat(model.defaultProbability(absent)).isEqualTo(atMedian);
        assertThat(model.defaultProbability(with("age", null))).isEqualTo(atMedian);
        assertThat(model.defaultProbability(with("age", " "))).isEqualTo(atMedian);
        assertThat(model.defaultProbability(with("age", String.valueOf(median)))).isEqualTo(atMedian);
    }

    @Test
    void missingCategoriesAreALevelOfTheirOwn() {
        double missing = model.defaultProbability(with("employment", null));
        assertThat(model.defaultProbability(with("employment", ""))).isEqualTo(missing);
        assertThat(model.defaultProbability(with("employment", "NA"))).isEqualTo(missing);
        assertThat(model.defaultProbability(with("employment", "salaried"))).isNotEqualTo(missing);
        assertThat(model.defaultProbability(with("employment", "unheard-of"))).isNotEqualTo(missing);
    }

    @Test
    void numbersAsTextAndUnknownKeys() {
        double base = model.defaultProbability(applicant());
        assertThat(model.defaultProbability(with("income", "2100"))).isEqualTo(base);
        assertThat(model.defaultProbability(with("shoe_size", 44))).isEqualTo(base);
        assertThatThrownBy(() -> model.defaultProbability(with("income", "lots")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("income: 'lots' is not a number");
    }

    @Test
    void theModelLearnsTheFixturesDirection() {
        assertThat(model.defaultProbability(with("income", 900))).isGreaterThan(model.defaultProbability(with("income", 7000)));
    }

    @Test
    void sameSeedSameProbabilities() {
        FinancingModel again = new FinancingModelTrainer(42).train(data);
        for (String[] row : data.rows()) {
            assertThat(again.probability(row)).isEqualTo(model.probability(row));
        }
        var costs = new FinancingCrossValidator.Costs(1, 5);
        var first = new FinancingCrossValidator(new FinancingModelTrainer(7), 4, costs).evaluate(data);
        var second = new FinancingCrossValidator(new FinancingModelTrainer(7), 4, costs).evaluate(data);
        assertThat(second).isEqualTo(first);
        assertThat(first.n()).isEqualTo(40);
        assertThat(first.auc()).isBetween(0.0, 1.0);
    }

    @Test
    void oneModelServesManyThreads() throws Exception {
        List<Map<String, Object>> applicants = List.of(applicant(), with("region", "east"), with("age", null),
                with("income", 900), with("employment", "none"));
        List<Double> expected = applicants.stream().map(model::defaultProbability).toList();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<List<Double>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<Double> last = null;
                    for (int repeat = 0; repeat < 200; repeat++) {
                        last = applicants.stream().map(model::defaultProbability).toList();
                    }
                    return last;
                }));
            }
            for (var run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void releaseRoundTrip() throws IOException {
        var costs = new FinancingCrossValidator.Costs(1, 5);
        var manifest = FinancingModelStore.write(dir, model, FinancingModelStore.sha256(FIXTURE), "defaulted", "yes",
                0.2, costs, Map.of("n", 40));
        FinancingModel loaded = FinancingModelStore.load(dir);

        assertThat(loaded.columns()).isEqualTo(model.columns());
        for (String[] row : data.rows()) {
            assertThat(loaded.probability(row)).isEqualTo(model.probability(row));
        }
        assertThat(loaded.defaultProbability(with("region", "east"))).isEqualTo(model.defaultProbability(with("region", "east")));
        assertThat(FinancingModelStore.manifest(dir)).isEqualTo(manifest);
        assertThat(manifest.name()).isEqualTo("financing");
        assertThat(manifest.sha256()).isEqualTo(FinancingModelStore.sha256(dir.resolve("model.bin")));
        assertThat(manifest.threshold()).isEqualTo(0.2);

        Files.write(dir.resolve("model.bin"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> FinancingModelStore.load(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not match the SHA-256");
    }
}
