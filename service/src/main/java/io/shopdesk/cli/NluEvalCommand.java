package io.shopdesk.cli;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.intent.IntentData;
import io.shopdesk.nlp.embedding.EmbeddingTableException;
import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.IntentEvaluator;
import io.shopdesk.nlp.intent.IntentEvaluator.Prediction;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentFeatures;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentTrainer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nlu eval}: trains on one file and scores the model on another, the way a held-out test set is meant to be
 * used: the out-of-scope threshold comes from the default, the option, or validation data, never from the test set.
 */
@Command(name = "eval", description = "Train on one file, evaluate on another (CSV text,intent or Rasa nlu.yml).",
        mixinStandardHelpOptions = true)
class NluEvalCommand implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "training data (.csv or Rasa .yml)")
    Path train;

    @Option(names = "--test", required = true, paramLabel = "FILE", description = "test data (.csv or Rasa .yml)")
    Path test;

    @Option(names = "--tune", paramLabel = "FILE", description = "validation data: pick the out-of-scope threshold on it")
    Path tune;

    @Option(names = "--oos-label", defaultValue = "oos", description = "the data's out-of-scope label (default: ${DEFAULT-VALUE})")
    String oosLabel;

    @Option(names = "--oos-threshold", defaultValue = "0.45",
            description = "below this probability a message is out of scope, unless --tune is given (default: ${DEFAULT-VALUE})")
    double oosThreshold;

    @Option(names = "--min-oos-recall", defaultValue = "0.60",
            description = "with --tune: the threshold with the best in-scope accuracy whose out-of-scope recall on the "
                    + "validation data is at least this (default: ${DEFAULT-VALUE})")
    double minOosRecall;

    @Option(names = "--report", paramLabel = "DIR", description = "write an HTML report to DIR/index.html")
    Path report;

    @Option(names = "--models-dir", defaultValue = "nlp-models", description = "dictionaries folder parent (default: ${DEFAULT-VALUE})")
    Path modelsDir;

    @Override
    public Integer call() {
        Optional<String> unwritable = report == null ? Optional.empty()
                : OutputFolder.problem("--report", report, Html.FILE);
        if (unwritable.isPresent()) {
            System.err.println("error: " + unwritable.get());
            return 2;
        }
        try {
            // Every file is read before training, so a mistake in the last of them costs seconds, not minutes.
            IntentData trainData = NluData.read(List.of(train), oosLabel);
            List<IntentExample> trainExamples = NluData.normalised(trainData.examples(), trainData);
            List<IntentExample> testExamples = NluData.normalised(NluData.read(List.of(test), oosLabel).examples(), trainData);
            List<IntentExample> tuneExamples = tune == null ? null
                    : NluData.normalised(NluData.read(List.of(tune), oosLabel).examples(), trainData);
            NluData.requireTrainable(trainExamples, List.of(train));
            IntentTrainer trainer = NluCommand.trainer(modelsDir).withPatterns(trainData);

            long start = System.nanoTime();
            List<IntentFeatures> trainFeatures = NluData.featurise(trainer, trainExamples, "Featurising training data");
            IntentModel model;
            try {
                model = trainer.train(trainExamples, trainFeatures, 0);
            } catch (IntentDataException e) {
                throw new IntentDataException(train + ": " + e.getMessage());
            }
            double trainSeconds = (System.nanoTime() - start) / 1e9;

            double threshold = oosThreshold;
            String thresholdSource = "--oos-threshold";
            if (tune != null) {
                warnUnknownIntents(tune, tuneExamples, model);
                List<Prediction> validation = IntentEvaluator.predict(model, tuneExamples,
                        NluData.featurise(trainer, tuneExamples, "Featurising validation data"));
                threshold = IntentEvaluator.tuneThreshold(validation, minOosRecall);
                thresholdSource = "tuned on " + tune + " for out-of-scope recall >= " + minOosRecall;
            }
            int unknownTestIntents = warnUnknownIntents(test, testExamples, model);
            List<IntentFeatures> testFeatures = NluData.featurise(trainer, testExamples, "Featurising test data");
            long predictStart = System.nanoTime();
            List<Prediction> raw = IntentEvaluator.predict(model, testExamples, testFeatures);
            double perSecond = testExamples.size() / ((System.nanoTime() - predictStart) / 1e9);
            IntentEvaluator.Report scores = IntentEvaluator.score(IntentEvaluator.withThreshold(raw, threshold));

            NluEvalFigures figures = new NluEvalFigures(scores, trainExamples.size(), testExamples.size(),
                    unknownTestIntents, trainSeconds, threshold, perSecond, model.labels().size(), model.featureCount(),
                    trainer.backgroundExamples(trainExamples, trainFeatures));
            figures.print(train, test, thresholdSource);
            Map<String, Object> metrics = figures.metrics();
            if (report != null) {
                Path written = IntentReportWriter.write(report, "nlu eval: " + train.getFileName() + " → " + test.getFileName(),
                        scores, raw, threshold, metrics);
                System.out.println("Report: " + written);
            }
            System.out.println(NluCommand.JSON.writeValueAsString(metrics));
            return 0;
        } catch (IntentDataException | EmbeddingTableException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            System.err.println("error: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
            return 1;
        }
    }

    /**
     * Says on standard error which of the file's intents the model was not trained on (a typo, or a label renamed
     * since), with their example counts: their messages can only be scored wrong. Returns how many intents those are.
     */
    private static int warnUnknownIntents(Path file, List<IntentExample> examples, IntentModel model) {
        Set<String> known = new HashSet<>(model.labels());
        known.add(IntentPrediction.OUT_OF_SCOPE);
        Map<String, Long> unknown = new TreeMap<>();
        examples.stream().filter(e -> !known.contains(e.intent())).forEach(e -> unknown.merge(e.intent(), 1L, Long::sum));
        if (!unknown.isEmpty()) {
            String counts = String.join(", ", unknown.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
            System.err.println("warning: " + file + ": " + (unknown.size() == 1 ? "1 intent is" : unknown.size() + " intents are")
                    + " not in the training data, so their examples can only be scored wrong: " + counts);
        }
        return unknown.size();
    }

    static void printScores(IntentEvaluator.Report scores) {
        System.out.printf("Accuracy %s, in-scope accuracy %s, out-of-scope recall %s, macro-F1 %s%n",
                NluData.shown(scores.accuracy()), NluData.shown(scores.inScopeAccuracy()),
                NluData.shown(scores.oosRecall()), NluData.shown(scores.macroF1()));
        System.out.println("Weakest intents (F1):");
        scores.perIntent().stream().filter(p -> p.support() > 0)
                .sorted(Comparator.comparingDouble(IntentEvaluator.PerIntent::f1)).limit(5)
                .forEach(p -> System.out.printf(Locale.ROOT, "  %-28s F1 %.3f  precision %.3f  recall %.3f  (%d)%n",
                        p.intent(), p.f1(), p.precision(), p.recall(), p.support()));
        if (!scores.confusions().isEmpty()) {
            System.out.println("Largest confusions (expected -> predicted):");
            scores.confusions().stream().limit(5)
                    .forEach(c -> System.out.printf("  %s -> %s: %d%n", c.gold(), c.predicted(), c.count()));
        }
    }
}
