package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.IntentPrediction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures how well {@link IntentTrainer} generalises on a data set with k-fold cross-validation. Folds are
 * stratified by intent (each intent is spread evenly over the folds), keep copies of one text together, and are
 * shuffled with a fixed seed, so the same data
 * and seed always give the same figures. Each message is featurised once; each fold's model sees only its training
 * messages. Thread-safe (no state between calls).
 */
public final class IntentCrossValidator {

    /**
     * The figures of one cross-validation, over every example predicted once by the model that did not train on it.
     *
     * @param accuracy        share of examples whose predicted intent (or {@code oos}) is the labelled one
     * @param inScopeAccuracy accuracy over the examples not labelled {@code oos}
     * @param oosRecall       share of {@code oos} examples predicted {@code oos}; NaN when the data has none
     * @param macroF1         unweighted mean of the per-intent F1 scores, {@code oos} included (as
     *                        {@link IntentEvaluator.Report#macroF1()})
     * @param intentF1        each labelled intent's F1 ({@code oos} included), by name: what a release gate compares
     *                        intent by intent, since a label that swallows a neighbour's messages can leave the
     *                        averages where they were
     */
    public record Result(int folds, int examples, double accuracy, double inScopeAccuracy, double oosRecall,
                         double macroF1, Map<String, Double> intentF1) {
        public Result {
            intentF1 = intentF1 == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(intentF1));
        }
    }

    /**
     * Hears how far a cross-validation has got, for progress bars. Called on the evaluating thread; the default
     * methods do nothing.
     */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** After each message is featurised. */
        default void featurised(int done, int total) {
        }

        /** After each fold's model is trained and has predicted its held-out messages (fold counts from 1). */
        default void foldDone(int fold, int folds) {
        }
    }

    private final IntentTrainer trainer;
    private final int folds;
    private final long seed;

    public IntentCrossValidator(IntentTrainer trainer, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least two folds, got " + folds);
        }
        this.trainer = trainer;
        this.folds = folds;
        this.seed = seed;
    }

    public Result evaluate(List<IntentExample> examples, double oosThreshold) {
        return evaluate(examples, oosThreshold, Listener.NONE);
    }

    public Result evaluate(List<IntentExample> examples, double oosThreshold, Listener listener) {
        return evaluate(examples, null, oosThreshold, listener).all();
    }

    /**
     * What some examples do to the others: {@code all} is {@link #evaluate}'s result on every example, and each intent's
     * F1 over the examples not {@code added} is measured twice, in the same folds on the same held-out messages: by
     * the fold's model trained with the added examples ({@code f1With}) and by one trained without them
     * ({@code f1Without}). A difference is the added examples' doing, not a reshuffle of the folds (adding 81 genuine
     * paraphrases moved an intent's F1 by 0.031 against a release cross-validated on other folds).
     */
    public record Paired(Result all, Map<String, Double> f1Without, Map<String, Double> f1With,
                         List<String> heldOutWith, List<String> heldOutWithout,
                         List<List<String>> heldOutWithoutTop) {

        /**
         * @param heldOutWith    each example's label as the fold that held it out placed it, trained with the added
         *                       examples of the other folds
         * @param heldOutWithout the same fold's model trained without any added example (null where not paired)
         * @param heldOutWithoutTop that model's most probable labels, best first (null where not paired)
         */
        public Paired {
            heldOutWith = java.util.Collections.unmodifiableList(new ArrayList<>(heldOutWith));
            heldOutWithout = java.util.Collections.unmodifiableList(new ArrayList<>(heldOutWithout));
            heldOutWithoutTop = java.util.Collections.unmodifiableList(new ArrayList<>(heldOutWithoutTop));
        }
    }

    /** {@link Paired} figures; {@code added[i]} marks example i. Trains two models per fold. */
    public Paired evaluatePaired(List<IntentExample> examples, boolean[] added, double oosThreshold, Listener listener) {
        if (added.length != examples.size()) {
            throw new IllegalArgumentException(added.length + " marks for " + examples.size() + " examples");
        }
        return evaluate(examples, added, oosThreshold, listener);
    }

    private Paired evaluate(List<IntentExample> examples, boolean[] added, double oosThreshold, Listener listener) {
        int[] foldOf = assignFolds(examples);
        List<IntentFeatures> features = new ArrayList<>(examples.size());
        for (IntentExample example : examples) {
            features.add(trainer.features(example));
            listener.featurised(features.size(), examples.size());
        }
        String[] predicted = new String[examples.size()];
        String[] predictedWithout = new String[examples.size()];
        List<List<String>> topWithout = new ArrayList<>(Collections.nCopies(examples.size(), (List<String>) null));
        for (int fold = 0; fold < folds; fold++) {
            List<IntentExample> trainExamples = new ArrayList<>();
            List<IntentFeatures> trainFeatures = new ArrayList<>();
            List<IntentExample> baseExamples = new ArrayList<>();
            List<IntentFeatures> baseFeatures = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (foldOf[i] != fold) {
                    trainExamples.add(examples.get(i));
                    trainFeatures.add(features.get(i));
                    if (added != null && !added[i]) {
                        baseExamples.add(examples.get(i));
                        baseFeatures.add(features.get(i));
                    }
                }
            }
            IntentModel model = trainer.train(trainExamples, trainFeatures, oosThreshold);
            IntentModel without = added == null ? null : trainer.train(baseExamples, baseFeatures, oosThreshold);
            for (int i = 0; i < examples.size(); i++) {
                if (foldOf[i] == fold) {
                    predicted[i] = model.predict(features.get(i)).name();
                    if (without != null) {
                        IntentPrediction placed = without.predict(features.get(i));
                        predictedWithout[i] = placed.name();
                        topWithout.set(i, placed.top().stream().map(IntentPrediction.ScoredIntent::name).toList());
                    }
                }
            }
            listener.foldDone(fold + 1, folds);
        }
        Result all = score(examples, predicted);
        if (added == null) {
            return new Paired(all, Map.of(), Map.of(), Arrays.asList(predicted), Arrays.asList(predictedWithout),
                    topWithout);
        }
        List<IntentExample> base = new ArrayList<>();
        List<String> with = new ArrayList<>();
        List<String> withoutAdded = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (!added[i]) {
                base.add(examples.get(i));
                with.add(predicted[i]);
                withoutAdded.add(predictedWithout[i]);
            }
        }
        return new Paired(all, score(base, withoutAdded.toArray(String[]::new)).intentF1(),
                score(base, with.toArray(String[]::new)).intentF1(), Arrays.asList(predicted),
                Arrays.asList(predictedWithout), topWithout);
    }

    /**
     * The fewest examples an intent needs so that every training fold keeps at least two of them (the trainer's
     * minimum): a held-out fold takes up to {@code ceil(n / folds)}.
     */
    static int fewestExamples(int folds) {
        int n = 2;
        while (n - (n + folds - 1) / folds < 2) {
            n++;
        }
        return n;
    }

    /**
     * Shuffles each intent's examples with the seed and deals them round-robin over the folds, copies of one text
     * ({@link IntentExample#textKey()}) together: a copy left in training would answer for its twin in the held-out
     * fold and inflate the figures. A group of copies counts under its first example's intent. Without copies every
     * group is one example and the deal is the one of plain stratified folds.
     */
    private int[] assignFolds(List<IntentExample> examples) {
        Map<String, List<Integer>> copies = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            copies.computeIfAbsent(examples.get(i).textKey(), k -> new ArrayList<>()).add(i);
        }
        Map<String, List<List<Integer>>> byIntent = new TreeMap<>();
        copies.values().forEach(group -> byIntent.computeIfAbsent(examples.get(group.getFirst()).intent(),
                k -> new ArrayList<>()).add(group));
        checkEnoughTexts(examples, byIntent);
        Random random = new Random(seed);
        int[] foldOf = new int[examples.size()];
        // The deal continues across intents so that the folds also end up the same size overall.
        int next = 0;
        for (List<List<Integer>> groups : byIntent.values()) {
            List<List<Integer>> shuffled = new ArrayList<>(groups);
            Collections.shuffle(shuffled, random);
            for (List<Integer> group : shuffled) {
                int fold = next++ % folds;
                group.forEach(index -> foldOf[index] = fold);
            }
        }
        return foldOf;
    }

    /**
     * Every fold needs a text to test, and every intent enough different texts that each training fold keeps two of
     * its examples. An empty fold would train on everything and test nothing, so the figures would be of fewer folds
     * than asked for.
     */
    private void checkEnoughTexts(List<IntentExample> examples, Map<String, List<List<Integer>>> byIntent) {
        int allTexts = byIntent.values().stream().mapToInt(List::size).sum();
        if (allTexts < folds) {
            throw new IntentDataException(folds + "-fold cross-validation needs at least " + folds
                    + " different texts (one to test in each fold); the data has " + allTexts);
        }
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> counts.merge(e.intent(), 1, Integer::sum));
        int fewest = fewestExamples(folds);
        counts.forEach((intent, count) -> {
            int texts = byIntent.getOrDefault(intent, List.of()).size();
            if (texts >= fewest) {
                return;
            }
            if (texts == count) {
                throw new IntentDataException("intent '" + intent + "' has " + count + " examples; " + folds
                        + "-fold cross-validation needs at least " + fewest + " (every training fold keeps two)");
            }
            throw new IntentDataException("intent '" + intent + "' has " + count + " examples but " + texts
                    + " different texts; " + folds + "-fold cross-validation needs at least " + fewest
                    + " (every training fold keeps two; copies of a text share a fold)");
        });
    }

    /** Scores with the same arithmetic as {@link IntentEvaluator}, so the two never disagree. */
    private Result score(List<IntentExample> examples, String[] predicted) {
        List<IntentEvaluator.Prediction> predictions = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            // Already the served answer (IntentModel.predict), so no threshold or unknown-features rule is left to apply.
            predictions.add(new IntentEvaluator.Prediction(examples.get(i).intent(), predicted[i], predicted[i], 1, false));
        }
        IntentEvaluator.Report report = IntentEvaluator.score(predictions);
        Map<String, Double> intentF1 = new TreeMap<>();
        report.perIntent().stream().filter(p -> p.support() > 0).forEach(p -> intentF1.put(p.intent(), p.f1()));
        return new Result(folds, examples.size(), report.accuracy(), report.inScopeAccuracy(), report.oosRecall(),
                report.macroF1(), intentF1);
    }
}
