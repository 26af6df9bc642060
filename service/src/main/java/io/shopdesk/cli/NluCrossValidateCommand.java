package io.shopdesk.cli;

import io.shopdesk.nlp.intent.IntentCrossValidator;
import io.shopdesk.nlp.intent.IntentData;
import io.shopdesk.nlp.embedding.EmbeddingTableException;
import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentTrainer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nlu cross-validate}: stratified k-fold cross-validation of the intent model on one data set, for data
 * without a separate test set (the shipped intents).
 */
@Command(name = "cross-validate", description = "Stratified k-fold cross-validation on one data set.",
        mixinStandardHelpOptions = true)
class NluCrossValidateCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE",
            description = "data files (.csv text,intent or Rasa .yml), read as one set")
    List<Path> data;

    @Option(names = "--folds", defaultValue = "5", description = "number of folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--seed", defaultValue = "42", description = "shuffle seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--oos-label", defaultValue = "oos", description = "the data's out-of-scope label (default: ${DEFAULT-VALUE})")
    String oosLabel;

    @Option(names = "--oos-threshold", defaultValue = "0.45", description = "out-of-scope threshold (default: ${DEFAULT-VALUE})")
    double oosThreshold;

    @Option(names = "--models-dir", defaultValue = "nlp-models", description = "dictionaries folder parent (default: ${DEFAULT-VALUE})")
    Path modelsDir;

    @Override
    public Integer call() {
        if (folds < 2) {
            System.err.println("error: --folds must be at least 2, got " + folds);
            return 2;
        }
        try {
            IntentData all = NluData.read(data, oosLabel);
            List<IntentExample> examples = NluData.normalised(all.examples(), all);
            NluData.requireTrainable(examples, data);
            IntentTrainer trainer = NluCommand.trainer(modelsDir).withPatterns(all);
            long start = System.nanoTime();
            IntentCrossValidator.Result result;
            try (FoldProgress progress = new FoldProgress(examples.size(), folds)) {
                result = new IntentCrossValidator(trainer, folds, seed).evaluate(examples, oosThreshold, progress);
            } catch (IntentDataException e) {
                throw new IntentDataException(String.join(", ", data.stream().map(Path::toString).toList()) + ": " + e.getMessage());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("accuracy", NluData.figure(result.accuracy()));
            metrics.put("in_scope_accuracy", NluData.figure(result.inScopeAccuracy()));
            metrics.put("oos_recall", NluData.figure(result.oosRecall()));
            metrics.put("macro_f1", NluData.figure(result.macroF1()));
            metrics.put("folds", folds);
            // Every example is tested once; each fold's model trains on the other k-1 folds.
            metrics.put("n_train", examples.size() - examples.size() / folds);
            metrics.put("n_test", examples.size());
            metrics.put("train_seconds", Math.round(seconds * 100) / 100.0);
            metrics.put("oos_threshold", oosThreshold);
            System.out.printf(Locale.ROOT, "%d-fold cross-validation on %d examples (seed %d, out-of-scope threshold %.2f) in %.1f s%n",
                    folds, examples.size(), seed, oosThreshold, seconds);
            System.out.printf("Accuracy %s, in-scope accuracy %s, out-of-scope recall %s, macro-F1 %s%n",
                    NluData.shown(result.accuracy()), NluData.shown(result.inScopeAccuracy()),
                    NluData.shown(result.oosRecall()), NluData.shown(result.macroF1()));
            System.out.println(NluCommand.JSON.writeValueAsString(metrics));
            return 0;
        } catch (IntentDataException | EmbeddingTableException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }

    /** One bar while featurising, then one per fold. */
    private static final class FoldProgress implements IntentCrossValidator.Listener, AutoCloseable {
        private final int folds;
        private Progress bar;

        FoldProgress(int examples, int folds) {
            this.folds = folds;
            this.bar = new Progress("Featurising", examples);
        }

        @Override
        public void featurised(int done, int total) {
            bar.stepTo(done);
            if (done == total) {
                bar.close();
                bar = new Progress("Folds", folds);
            }
        }

        @Override
        public void foldDone(int fold, int folds) {
            bar.stepTo(fold);
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
