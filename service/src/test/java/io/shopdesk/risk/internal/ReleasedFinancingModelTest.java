package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.risk.DefaultProbabilityModel;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.risk.model.FinancingCrossValidator;
import io.shopdesk.risk.model.FinancingData;
import io.shopdesk.risk.model.FinancingModel;
import io.shopdesk.risk.model.FinancingModelStore;
import io.shopdesk.risk.model.FinancingModelTrainer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release from `risk train` reaches the risk rules: applications map to the model's columns by name. */
class ReleasedFinancingModelTest {
    @TempDir
    Path dir;

    @Test
    void withoutAReleaseTheModelAbstains() {
        try (ReleasedFinancingModel model = new ReleasedFinancingModel(settings(dir.resolve("none")))) {
            assertThat(model.score(application("unemployed", 36, 20000))).isEqualTo(DefaultProbabilityModel.Score.NONE);
            assertThat(model.version()).isEqualTo("none");
        }
    }

    @Test
    void aReleaseTrainedOnTheShopsColumnsScoresApplications() throws Exception {
        Path data = applications(3);
        FinancingModel trained = new FinancingModelTrainer(42).train(FinancingData.read(data, "defaulted", "yes"));
        Path release = dir.resolve("release");
        FinancingModelStore.write(release, trained, FinancingModelStore.sha256(data), "defaulted", "yes", 0.3,
                new FinancingCrossValidator.Costs(1, 5), Map.of());
        try (ReleasedFinancingModel model = new ReleasedFinancingModel(settings(release))) {
            double risky = model.score(application("unemployed", 36, 20000)).probability();
            double safe = model.score(application("7_years_plus", 6, 2000)).probability();
            assertThat(risky).isBetween(0.0, 1.0).isGreaterThan(safe + 0.3);
            // the release's forest reads log(amount / term) too; the request computes it as training did
            assertThat(trained.logRatios()).containsExactly("log(amount/term_months)");
            assertThat(risky).isEqualTo(trained.defaultProbability(Map.of("amount", "20000", "term_months", "36",
                    "employment", "unemployed", "housing", "rent")));
            assertThat(model.version()).startsWith("financing-");
        }
    }

    /**
     * A probability and the version recorded with it come from one release: reloads swapping two models in a tight
     * loop never pair one's probability with the other's version (once read as two fields, at two moments).
     */
    @Test
    void aScoresProbabilityAndVersionComeFromTheSameRelease() throws Exception {
        FinancingModel a = new FinancingModelTrainer(42).train(FinancingData.read(applications(3), "defaulted", "yes"));
        FinancingModel b = new FinancingModelTrainer(7).train(FinancingData.read(applications(11), "defaulted", "yes"));
        FinancingRequest applicant = application("unemployed", 24, 9000);
        Map<String, Object> columns = Map.of("amount", "9000", "term_months", "24", "employment", "unemployed", "housing", "rent");
        Map<String, Double> expected = Map.of("financing-a", a.defaultProbability(columns), "financing-b", b.defaultProbability(columns));
        assertThat(expected.get("financing-a")).isNotEqualTo(expected.get("financing-b"));
        try (ReleasedFinancingModel model = new ReleasedFinancingModel(settings(dir.resolve("none")))) {
            model.release(a, "financing-a");
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            Thread reloads = Thread.ofPlatform().start(() -> {
                for (long i = 0; !stop.get(); i++) {
                    model.release(i % 2 == 0 ? b : a, i % 2 == 0 ? "financing-b" : "financing-a");
                }
            });
            try {
                for (int i = 0; i < 20_000; i++) {
                    DefaultProbabilityModel.Score score = model.score(applicant);
                    assertThat(score.probability()).as("scoring " + i).isEqualTo(expected.get(score.modelVersion()));
                }
            } finally {
                stop.set(true);
                reloads.join();
            }
        }
    }

    /** Applications where the large, long, unemployed, renting ones mostly defaulted; {@code seed} varies them. */
    Path applications(long seed) throws Exception {
        StringBuilder csv = new StringBuilder("amount,term_months,employment,housing,defaulted\n");
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            boolean risky = random.nextBoolean();
            csv.append(risky ? 15000 + random.nextInt(10000) : 1000 + random.nextInt(3000)).append(',')
                    .append(risky ? 36 : 6).append(',').append(risky ? "unemployed" : "7_years_plus").append(',')
                    .append(risky ? "rent" : "own").append(',').append(risky ^ random.nextInt(10) == 0 ? "yes" : "no").append('\n');
        }
        Path data = dir.resolve("applications-" + seed + ".csv");
        Files.writeString(data, csv);
        return data;
    }

    static RiskSettings settings(Path model) {
        return new RiskSettings("risk", Path.of("rules/risk/lists"), List.of("k"), List.of("o"), model,
                java.time.Duration.ofHours(24), java.time.Duration.ofMinutes(5), java.time.Duration.ofDays(90),
                java.time.Duration.ofHours(24), java.time.Duration.ofDays(14), null, 0);
    }

    static FinancingRequest application(String employment, int term, int amount) {
        return new FinancingRequest("a", 1L, BigDecimal.valueOf(amount), term, "electronics", null, employment, 1,
                employment.equals("unemployed") ? "rent" : "own", null, 30, null, null);
    }
}
