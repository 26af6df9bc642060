package io.shopdesk.cli;

import io.shopdesk.nlp.intent.IntentEvaluator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures {@code nlu eval} reports for a model trained on one file and tested on another: as the lines a person
 * reads and as the metrics of the JSON line and the HTML report (the same numbers, so the two never disagree). Apart
 * from {@link NluEvalCommand} so that the command reads, trains and tests, and this says what came of it. Immutable;
 * thread-safe (printing writes to standard output, as the command does).
 *
 * @param background the general-English background sentences added as out-of-scope examples (0: none)
 */
record NluEvalFigures(IntentEvaluator.Report scores, int trainExamples, int testExamples, int unknownTestIntents,
                      double trainSeconds, double threshold, double perSecond, int intents, int features,
                      int background) {

    /** The metrics of the JSON line and the report, in the order they are printed. */
    Map<String, Object> metrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", NluData.figure(scores.accuracy()));
        metrics.put("in_scope_accuracy", NluData.figure(scores.inScopeAccuracy()));
        metrics.put("oos_recall", NluData.figure(scores.oosRecall()));
        metrics.put("macro_f1", NluData.figure(scores.macroF1()));
        metrics.put("n_train", trainExamples);
        metrics.put("n_test", testExamples);
        metrics.put("unknown_test_intents", unknownTestIntents);
        metrics.put("train_seconds", Math.round(trainSeconds * 100) / 100.0);
        metrics.put("oos_threshold", threshold);
        metrics.put("classifications_per_second", Math.round(perSecond));
        metrics.put("intents", intents);
        metrics.put("features", features);
        metrics.put("oos_background", background);
        return metrics;
    }

    /**
     * The lines a person reads: what was trained and tested on, the threshold and where it came from
     * ({@code thresholdSource}), the scores with the weakest intents, and the speed.
     */
    void print(Path train, Path test, String thresholdSource) {
        System.out.printf(Locale.ROOT, "Trained on %d examples from %s (%d intents, %d features) in %.1f s%n",
                trainExamples, train, intents, features, trainSeconds);
        NluData.printBackground(background);
        System.out.printf(Locale.ROOT, "Tested on %d examples from %s; out-of-scope threshold %.2f (%s)%n",
                testExamples, test, threshold, thresholdSource);
        NluEvalCommand.printScores(scores);
        System.out.printf(Locale.ROOT, "Classified %d test messages at %.0f/s on one thread (features precomputed)%n",
                testExamples, perSecond);
    }
}
