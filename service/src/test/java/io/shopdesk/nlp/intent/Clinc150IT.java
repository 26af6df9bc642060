package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shopdesk.nlp.OfflineTokenizer;
import io.shopdesk.nlp.embedding.StaticEmbeddings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CLINC150 "full": train on train + oos_train, pick the out-of-scope threshold on val + oos_val (the best in-scope
 * accuracy whose out-of-scope recall is at least 0.60 with 90 % confidence), report on test + oos_test once. Reads ../shared/data/clinc150 and skips when it is absent.
 */
@Tag("slow")
class Clinc150IT {
    static final Path DATA = Path.of("../shared/data/clinc150/data_full.json");

    static List<IntentExample> split(JsonNode root, String... names) {
        List<IntentExample> out = new ArrayList<>();
        for (String name : names) {
            root.get(name).forEach(pair -> out.add(new IntentExample(pair.get(0).asString(), pair.get(1).asString())));
        }
        return out;
    }

    @Test
    void clinc150() {
        assumeTrue(Files.isRegularFile(DATA), "Skipped: CLINC150 not found at " + DATA.toAbsolutePath());
        JsonNode root = JsonMapper.builder().build().readTree(DATA.toFile());
        IntentTrainer trainer = new IntentTrainer(OfflineTokenizer.create(Path.of("nlp-models")),
                StaticEmbeddings.fromModels(Path.of("nlp-models")));
        List<IntentExample> train = split(root, "train", "oos_train");
        List<IntentExample> val = split(root, "val", "oos_val");
        List<IntentExample> test = split(root, "test", "oos_test");
        long start = System.nanoTime();
        List<IntentFeatures> trainFeatures = train.stream().map(trainer::features).toList();
        IntentModel model = trainer.train(train, trainFeatures, 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        var valPredictions = IntentEvaluator.predict(model, val, val.stream().map(trainer::features).toList());
        double threshold = IntentEvaluator.tuneThreshold(valPredictions);
        List<IntentFeatures> testFeatures = test.stream().map(trainer::features).toList();
        long predictStart = System.nanoTime();
        var testPredictions = IntentEvaluator.predict(model.withOosThreshold(threshold), test, testFeatures);
        double perSecond = test.size() / ((System.nanoTime() - predictStart) / 1e9);
        var report = IntentEvaluator.score(testPredictions);
        var raw = IntentEvaluator.score(IntentEvaluator.predict(model.withOosThreshold(0), test, testFeatures));
        System.out.printf("CLINC150 without threshold: in-scope %.4f, oos recall %.4f%n", raw.inScopeAccuracy(), raw.oosRecall());
        for (double t : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
            var r = IntentEvaluator.score(IntentEvaluator.withThreshold(testPredictions, t));
            System.out.printf("  threshold %.1f: in-scope %.4f, oos recall %.4f%n", t, r.inScopeAccuracy(), r.oosRecall());
        }
        System.out.printf("CLINC150: in-scope %.4f, oos recall %.4f, accuracy %.4f, macro-F1 %.4f, threshold %.2f, "
                        + "train %.1f s, %.0f classifications/s (features precomputed), %d features%n",
                report.inScopeAccuracy(), report.oosRecall(), report.accuracy(), report.macroF1(), threshold, seconds,
                perSecond, model.featureCount());
        // Measured 0.9413 / 0.596 (threshold 0.39 picked on val for oos recall >= 0.60 with 90 % confidence; other
        // training seeds 0.9398-0.9429 / 0.586-0.597); with the distilled table before fitting 0.9371 / 0.632, sparse
        // features alone 0.9293 / 0.572. Published MLP 93.5 / 47.4. The floors sit just under the measured figures.
        assertThat(report.inScopeAccuracy()).isGreaterThanOrEqualTo(0.94);
        assertThat(report.oosRecall()).isGreaterThanOrEqualTo(0.58);
    }
}
