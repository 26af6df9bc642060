package io.shopdesk.cli;

import io.shopdesk.nlp.OfflineTokenizer;
import io.shopdesk.nlp.embedding.EmbeddingTableException;
import io.shopdesk.nlp.embedding.StaticEmbeddings;
import io.shopdesk.nlp.intent.IntentCrossValidator;
import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.MessageTokenizer;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import io.shopdesk.nlp.intent.IntentTrainer;
import io.shopdesk.nlp.intent.OutOfScopeBackground;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nlu train}: trains the intent model from CSV or Rasa files and releases it with a manifest; {@code nlu eval}
 * and {@code nlu cross-validate} measure it.
 */
@Command(name = "nlu", description = "Train and evaluate the intent model.", mixinStandardHelpOptions = true,
        subcommands = {NluCommand.Train.class, NluEvalCommand.class, NluCrossValidateCommand.class})
class NluCommand {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The pipeline's own tokenisation, outside Spring. */
    static MessageTokenizer tokenizer(Path modelsDir) {
        checkModelsDir(modelsDir);
        return OfflineTokenizer.create(modelsDir);
    }

    /** The dictionaries and tables live in the repository's {@code nlp-models}, found from the working folder. */
    static void checkModelsDir(Path modelsDir) {
        if (!java.nio.file.Files.isDirectory(modelsDir)) {
            throw new IntentDataException("--models-dir " + modelsDir + ": no such folder (" + modelsDir.toAbsolutePath()
                    + "); run the command in the ShopDesk folder or give --models-dir");
        }
    }

    /**
     * The intent models' trainer: the pipeline's tokenisation and the models folder's static embeddings and
     * out-of-scope background.
     */
    static IntentTrainer trainer(Path modelsDir) {
        checkModelsDir(modelsDir);
        OutOfScopeBackground background = OutOfScopeBackground.fromModels(modelsDir);
        if (background.size() == 0) {
            System.err.println("warning: no " + modelsDir.resolve(OutOfScopeBackground.FILE)
                    + ": training without an out-of-scope background");
        }
        return new IntentTrainer(tokenizer(modelsDir), StaticEmbeddings.fromModels(modelsDir), background);
    }

    @Command(name = "train", description = "Train an intent model and write it with its manifest.",
            mixinStandardHelpOptions = true)
    static class Train implements Callable<Integer> {
        @Option(names = "--data", arity = "1..*", description = "CSV files with a text,intent header or Rasa nlu.yml (default: nlp-models/intents/*.csv and *.yml)")
        List<Path> data;

        @Option(names = "--out", defaultValue = "nlp-models/intent-model", description = "release folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = "--models-dir", defaultValue = "nlp-models", description = "dictionaries folder parent (default: ${DEFAULT-VALUE})")
        Path modelsDir;

        @Option(names = "--oos-label", defaultValue = "oos",
                description = "the data's out-of-scope label, trained as oos (default: ${DEFAULT-VALUE})")
        String oosLabel;

        @Option(names = "--oos-threshold", defaultValue = "0.45", description = "below this probability a message is "
                + "out of scope; recorded in the model and its cross-validation (default: ${DEFAULT-VALUE})")
        double oosThreshold;

        @Option(names = "--folds", defaultValue = "5",
                description = "cross-validate the recipe with this many folds before training and record the figures "
                        + "and floors in the manifest; 0 skips it (default: ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--seed", defaultValue = "42", description = "cross-validation shuffle seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--floor-tolerance", defaultValue = "0.01",
                description = "floors are the measured figures minus this (default: ${DEFAULT-VALUE})")
        double tolerance;

        @Override
        public Integer call() {
            if (folds == 1 || folds < 0) {
                System.err.println("error: --folds must be 0 (skip) or at least 2, got " + folds);
                return 2;
            }
            var unwritable = OutputFolder.problem("--out", out, IntentModelStore.MODEL_FILE);
            if (unwritable.isPresent()) {
                System.err.println("error: " + unwritable.get());
                return 2;
            }
            try {
                List<Path> files = data == null ? IntentDataReader.dataFiles(modelsDir.resolve("intents")) : data;
                List<IntentExample> examples = NluData.read(files, oosLabel).examples();
                NluData.requireTrainable(examples, files);
                IntentReleaseTrainer release = new IntentReleaseTrainer(trainer(modelsDir));
                // What is wrong with the examples as a whole (too few of an intent) is said of the files they came from.
                String names = String.join(", ", files.stream().map(Path::toString).toList());
                IntentReleaseTrainer.Recipe recipe = new IntentReleaseTrainer.Recipe(folds, seed, oosThreshold, tolerance);
                IntentModelStore.CrossValidation cv = null;
                if (folds > 0) {
                    long cvStart = System.nanoTime();
                    try {
                        cv = release.crossValidate(examples, recipe, IntentCrossValidator.Listener.NONE);
                    } catch (IntentDataException e) {
                        throw new IntentDataException(names + ": " + e.getMessage()
                                + " (--folds 0 trains without cross-validating)");
                    }
                    System.out.printf(Locale.ROOT, "%d-fold cross-validation (seed %d) in %.1f s: accuracy %.4f, in-scope %.4f, "
                                    + "out-of-scope recall %s, macro-F1 %.4f; floors %.2f lower%n", folds, seed,
                            (System.nanoTime() - cvStart) / 1e9, cv.measured().accuracy(), cv.measured().inScopeAccuracy(),
                            cv.measured().oosRecall() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", cv.measured().oosRecall()),
                            cv.measured().macroF1(), tolerance);
                }
                IntentReleaseTrainer.Candidate candidate;
                try {
                    candidate = release.train(examples,
                            all -> NluData.featurise(release.trainer(), all, "Featurising training data"),
                            release.dataHash(files, oosLabel), recipe, cv);
                } catch (IntentDataException e) {
                    throw new IntentDataException(names + ": " + e.getMessage());
                }
                IntentModel model = candidate.model();
                Map<String, Object> metrics = candidate.metrics();
                double seconds = ((Number) metrics.get("train_seconds")).doubleValue();
                int background = candidate.background();
                var manifest = candidate.writeTo(out);
                System.out.printf("Trained on %d examples, %d intents, %d features in %.1f s%nWrote %s (version %s)%n",
                        examples.size(), model.labels().size(), model.featureCount(), seconds, out, manifest.version());
                NluData.printBackground(background);
                Map<String, Object> json = new LinkedHashMap<>(metrics);
                if (cv != null) {
                    // The cross-validation's figures under the keys nlu cross-validate and nlu eval use, so one script
                    // reads all three; every example was tested once.
                    json.put("accuracy", cv.measured().accuracy());
                    json.put("in_scope_accuracy", cv.measured().inScopeAccuracy());
                    json.put("oos_recall", cv.measured().oosRecall());
                    json.put("macro_f1", cv.measured().macroF1());
                    json.put("n_test", examples.size());
                    json.put("cv_accuracy", cv.measured().accuracy());
                    json.put("cv_accuracy_floor", cv.floor().accuracy());
                }
                System.out.println(JSON.writeValueAsString(json));
                return 0;
            } catch (IntentDataException | EmbeddingTableException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            } catch (java.io.UncheckedIOException e) {
                System.err.println("error: cannot write the release to " + out + " (" + reason(e.getCause()) + ")");
                return 2;
            }
        }

        /** What went wrong with a file, in words ("Not a directory"), without the exception's class name. */
        private static String reason(java.io.IOException e) {
            return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : String.valueOf(e.getMessage());
        }
    }
}
