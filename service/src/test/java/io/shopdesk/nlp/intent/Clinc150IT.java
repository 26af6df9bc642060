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
 * accuracy whose out-of-scope recall is at least 0.60 with 90 % confidence), report on test + oos_test once; and the
 * same without oos_train. Reads ../shared/data/clinc150 and skips when it is absent.
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

    /** The data set, or the test is skipped when it is absent. */
    static JsonNode data() {
        assumeTrue(Files.isRegularFile(DATA), "Skipped: CLINC150 not found at " + DATA.toAbsolutePath());
        return JsonMapper.builder().build().readTree(DATA.toFile());
    }

    /** The trainer as {@code nlu train} builds it from the shipped models folder. */
    static IntentTrainer trainer() {
        Path models = Path.of("nlp-models");
        return new IntentTrainer(OfflineTokenizer.create(models), StaticEmbeddings.fromModels(models),
                OutOfScopeBackground.fromModels(models));
    }

    @Test
    void clinc150() {
        JsonNode root = data();
        IntentTrainer trainer = trainer();
        List<IntentExample> train = split(root, "train", "oos_train");
        List<IntentExample> val = split(root, "val", "oos_val");
        List<IntentExample> test = split(root, "test", "oos_test");
        long start = System.nanoTime();
        List<IntentFeatures> trainFeatures = train.parallelStream().map(trainer::features).toList();
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

    /**
     * The same data without oos_train: the model's only out-of-scope evidence is then the general-English background
     * ({@link OutOfScopeBackground}) and the threshold. Reported at the default threshold (what a team without oos
     * data gets) and at the one picked on val.
     */
    @Test
    void clinc150WithoutOosTrainingData() {
        JsonNode root = data();
        IntentTrainer trainer = trainer();
        List<IntentExample> train = split(root, "train");
        List<IntentExample> val = split(root, "val", "oos_val");
        List<IntentExample> test = split(root, "test", "oos_test");
        IntentModel model = trainer.train(train, train.parallelStream().map(trainer::features).toList(), 0);
        double threshold = IntentEvaluator.tuneThreshold(
                IntentEvaluator.predict(model, val, val.parallelStream().map(trainer::features).toList()));
        var testPredictions = IntentEvaluator.predict(model, test, test.parallelStream().map(trainer::features).toList());
        var atDefault = IntentEvaluator.score(IntentEvaluator.withThreshold(testPredictions, 0.45));
        var tuned = IntentEvaluator.score(IntentEvaluator.withThreshold(testPredictions, threshold));
        System.out.printf("CLINC150 without oos_train: default 0.45: in-scope %.4f, oos recall %.4f; threshold %.2f "
                + "(val): in-scope %.4f, oos recall %.4f%n", atDefault.inScopeAccuracy(), atDefault.oosRecall(), threshold,
                tuned.inScopeAccuracy(), tuned.oosRecall());
        // Measured 0.9398 / 0.605 at 0.45 and 0.9387 / 0.630 at 0.49 (val); without the background 0.9409 / 0.542
        // and 0.9347 / 0.645 at 0.54.
        assertThat(atDefault.inScopeAccuracy()).isGreaterThanOrEqualTo(0.935);
        assertThat(atDefault.oosRecall()).isGreaterThanOrEqualTo(0.58);
        assertThat(tuned.inScopeAccuracy()).isGreaterThanOrEqualTo(0.935);
        assertThat(tuned.oosRecall()).isGreaterThanOrEqualTo(0.60);
    }
}
