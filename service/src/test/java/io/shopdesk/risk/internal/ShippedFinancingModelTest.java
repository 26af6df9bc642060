package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.risk.DefaultProbabilityModel;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.model.FinancingModelStore;
import io.shopdesk.risk.model.FinancingModelTrainer;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The financing release shipped in {@code nlp-models/financing-model} (trained on the synthetic applications, see
 * rules/risk/README.md) loads as the service loads it and scores applications so that the three model rules of
 * financing.drl fire where they should: above 0.6 for a clearly risky applicant, below 0.15 for a clearly safe one.
 */
class ShippedFinancingModelTest {
    static final Path SHIPPED = Path.of("nlp-models/financing-model");

    @Test
    void theManifestSaysWhatTheReleaseIs() {
        var manifest = FinancingModelStore.manifest(SHIPPED);
        assertThat(manifest.name()).isEqualTo("financing");
        assertThat(manifest.recipe()).as("retrain when the recipe changes").isEqualTo(FinancingModelTrainer.RECIPE);
        assertThat(manifest.label()).isEqualTo("defaulted");
        assertThat(manifest.positive()).isEqualTo("yes");
        assertThat(manifest.sha256()).isEqualTo(FinancingModelStore.sha256(SHIPPED.resolve(FinancingModelStore.MODEL_FILE)));
        assertThat(manifest.metrics()).containsEntry("n", 2000).containsEntry("positives", 324).containsEntry("folds", 10);
        // 10-fold CV on the synthetic applications (measured 0.8122; the generating process itself scores 0.85)
        assertThat(((Number) manifest.metrics().get("auc")).doubleValue()).isBetween(0.80, 0.85);
    }

    @Test
    void theServiceLoadsItAndScoresRiskyAboveSafe() {
        try (ReleasedFinancingModel model = new ReleasedFinancingModel(ReleasedFinancingModelTest.settings(SHIPPED))) {
            String version = "financing-" + FinancingModelStore.manifest(SHIPPED).version();
            assertThat(model.version()).isEqualTo(version);

            DefaultProbabilityModel.Score risky = model.score(application("f-risky", 24000, 36, "luxury", 1500,
                    "unemployed", 3, "rent", "critical", 23));
            DefaultProbabilityModel.Score safe = model.score(application("f-safe", 3000, 6, "electronics", 12000,
                    "7_years_plus", 1, "own", "all_paid", 41));
            assertThat(risky.modelVersion()).isEqualTo(version);
            assertThat(risky.probability()).as("ModelHighDefaultProbability fires").isBetween(0.6, 1.0);
            assertThat(safe.probability()).as("ModelLowDefaultProbability fires").isBetween(0.0, 0.15);

            // One thing worse at a time raises the probability: income, history, employment, term.
            double base = probability(model, 6000, 12, 9000, "1_to_4_years", "existing_paid");
            assertThat(probability(model, 6000, 12, 3000, "1_to_4_years", "existing_paid")).isGreaterThan(base);
            assertThat(probability(model, 6000, 12, 9000, "1_to_4_years", "critical")).isGreaterThan(base);
            assertThat(probability(model, 6000, 12, 9000, "unemployed", "existing_paid")).isGreaterThan(base);
            assertThat(probability(model, 6000, 36, 9000, "1_to_4_years", "existing_paid")).isLessThan(
                    probability(model, 18000, 36, 9000, "1_to_4_years", "existing_paid"));
        }
    }

    /** The chat's pre-check knows only the amount and term: the model gives it a probability, not an error. */
    @Test
    void anApplicationWithOnlyAmountAndTermIsScored() {
        try (ReleasedFinancingModel model = new ReleasedFinancingModel(ReleasedFinancingModelTest.settings(SHIPPED))) {
            double p = model.score(new FinancingRequest("chat-1", 1L, BigDecimal.valueOf(1000), 12, "chat_precheck",
                    null, null, null, null, null, null, null, null)).probability();
            assertThat(p).as("a small basket over a year").isBetween(0.0, 0.15);
        }
    }

    static double probability(ReleasedFinancingModel model, int amount, int term, int income, String employment,
                              String history) {
        return model.score(application("f", amount, term, "electronics", income, employment, 1, "rent", history, 35))
                .probability();
    }

    static FinancingRequest application(String id, int amount, int term, String purpose, int income, String employment,
                                        int credits, String housing, String history, int age) {
        return new FinancingRequest(id, 1L, BigDecimal.valueOf(amount), term, purpose, BigDecimal.valueOf(income),
                employment, credits, housing, history, age, null, null);
    }
}
