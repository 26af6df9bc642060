package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(model.probability(application("unemployed", 36, 20000))).isEqualTo(-1);
            assertThat(model.version()).isEqualTo("none");
        }
    }

    @Test
    void aReleaseTrainedOnTheShopsColumnsScoresApplications() throws Exception {
        StringBuilder csv = new StringBuilder("amount,term_months,employment,housing,defaulted\n");
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            boolean risky = random.nextBoolean();
            csv.append(risky ? 15000 + random.nextInt(10000) : 1000 + random.nextInt(3000)).append(',')
                    .append(risky ? 36 : 6).append(',').append(risky ? "unemployed" : "7_years_plus").append(',')
                    .append(risky ? "rent" : "own").append(',').append(risky ^ random.nextInt(10) == 0 ? "yes" : "no").append('\n');
        }
        Path data = dir.resolve("applications.csv");
        Files.writeString(data, csv);
        FinancingModel trained = new FinancingModelTrainer(42).train(FinancingData.read(data, "defaulted", "yes"));
        Path release = dir.resolve("release");
        FinancingModelStore.write(release, trained, FinancingModelStore.sha256(data), "defaulted", "yes", 0.3,
                new FinancingCrossValidator.Costs(1, 5), Map.of());
        try (ReleasedFinancingModel model = new ReleasedFinancingModel(settings(release))) {
            double risky = model.probability(application("unemployed", 36, 20000));
            double safe = model.probability(application("7_years_plus", 6, 2000));
            assertThat(risky).isBetween(0.0, 1.0).isGreaterThan(safe + 0.3);
            // the release's forest reads log(amount / term) too; the request computes it as training did
            assertThat(trained.logRatios()).containsExactly("log(amount/term_months)");
            assertThat(risky).isEqualTo(trained.defaultProbability(Map.of("amount", "20000", "term_months", "36",
                    "employment", "unemployed", "housing", "rent")));
            assertThat(model.version()).startsWith("financing-");
        }
    }

    static RiskSettings settings(Path model) {
        return new RiskSettings("risk", Path.of("rules/risk/lists"), List.of("k"), List.of("o"), model,
                java.time.Duration.ofHours(24), java.time.Duration.ofMinutes(5));
    }

    static FinancingRequest application(String employment, int term, int amount) {
        return new FinancingRequest("a", 1L, BigDecimal.valueOf(amount), term, "electronics", null, employment, 1,
                employment.equals("unemployed") ? "rent" : "own", null, 30, null, null);
    }
}
