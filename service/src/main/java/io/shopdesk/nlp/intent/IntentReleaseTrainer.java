package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.IntentPrediction;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one recipe of an intent release, shared by {@code nlu train} and the service's train-and-release job, so that
 * both write the same model from the same files: cross-validate with the recorded folds, seed and threshold, train on
 * every example, and hash the files together with what else decides the model (embedding table, background, a
 * renamed out-of-scope label). Thread-safe (the trainer is, and nothing is kept between calls).
 */
public final class IntentReleaseTrainer {

    /**
     * How a release is cross-validated and trained.
     *
     * @param folds     cross-validation folds; 0 skips it
     * @param tolerance the floors are the measured figures minus this
     */
    public record Recipe(int folds, long seed, double oosThreshold, double tolerance) {
        /** {@code nlu train}'s defaults. */
        public static Recipe defaults(double oosThreshold) {
            return new Recipe(5, 42, oosThreshold, 0.01);
        }

        /** The recipe a release recorded, so the next one is measured the same way. */
        public static Recipe of(IntentModelStore.CrossValidation recorded) {
            return new Recipe(recorded.folds(), recorded.seed(), recorded.oosThreshold(), recorded.tolerance());
        }
    }

    /**
     * A trained model not yet released, with everything its manifest records.
     *
     * @param background how many out-of-scope background sentences the trainer added
     */
    public record Candidate(IntentModel model, String dataHash, int examples, Map<String, Object> metrics,
                            IntentModelStore.CrossValidation crossValidation, int background) {

        /** Releases it ({@link IntentModelStore#write}): model file first, manifest last. */
        public IntentModelStore.Manifest writeTo(Path dir) {
            return IntentModelStore.write(dir, model, dataHash, examples, metrics, crossValidation);
        }
    }

    private final IntentTrainer trainer;

    public IntentReleaseTrainer(IntentTrainer trainer) {
        this.trainer = trainer;
    }

    public IntentTrainer trainer() {
        return trainer;
    }

    /**
     * The release's training-data hash: the files, plus what besides them decides the model. A label other than
     * {@code oos} renamed to it is an input of its own, since the service reads the files without renaming.
     */
    public String dataHash(List<Path> files, String oosLabel) {
        String inputs = trainer.inputsFingerprint()
                + (oosLabel.equals(IntentPrediction.OUT_OF_SCOPE) ? "" : "+oos-label:" + oosLabel);
        return IntentModelStore.dataHash(files, inputs);
    }

    /** The recipe's cross-validated figures and floors; null when {@code recipe.folds()} is 0. */
    public IntentModelStore.CrossValidation crossValidate(List<IntentExample> examples, Recipe recipe,
                                                         IntentCrossValidator.Listener listener) {
        if (recipe.folds() == 0) {
            return null;
        }
        IntentCrossValidator.Result result = new IntentCrossValidator(trainer, recipe.folds(), recipe.seed())
                .evaluate(examples, recipe.oosThreshold(), listener);
        return IntentModelStore.CrossValidation.of(result, recipe.seed(), recipe.oosThreshold(), recipe.tolerance());
    }

    /**
     * The recipe's cross-validation as {@link #crossValidate} (the same figures and floors), and each intent's F1 over
     * the examples not {@code added} with and without them ({@link IntentCrossValidator.Paired}); null when
     * {@code recipe.folds()} is 0.
     */
    public PairedCrossValidation crossValidatePaired(List<IntentExample> examples, boolean[] added, Recipe recipe,
                                                     IntentCrossValidator.Listener listener) {
        if (recipe.folds() == 0) {
            return null;
        }
        IntentCrossValidator.Paired paired = new IntentCrossValidator(trainer, recipe.folds(), recipe.seed())
                .evaluatePaired(examples, added, recipe.oosThreshold(), listener);
        return new PairedCrossValidation(IntentModelStore.CrossValidation.of(paired.all(), recipe.seed(),
                recipe.oosThreshold(), recipe.tolerance()), round(paired.f1Without()), round(paired.f1With()),
                paired.heldOutWith(), paired.heldOutWithout(), paired.heldOutWithoutTop());
    }

    /**
     * A release's cross-validation with each intent's F1 over the examples not added, without and with them, and each
     * example as its held-out fold placed it, with and without the added examples ({@link IntentCrossValidator.Paired}).
     */
    public record PairedCrossValidation(IntentModelStore.CrossValidation crossValidation, Map<String, Double> f1Without,
                                        Map<String, Double> f1With, List<String> heldOutWith,
                                        List<String> heldOutWithout, List<List<String>> heldOutWithoutTop) {
    }

    private static Map<String, Double> round(Map<String, Double> f1) {
        Map<String, Double> rounded = new java.util.TreeMap<>();
        f1.forEach((intent, value) -> rounded.put(intent, Math.round(value * 10_000) / 10_000.0));
        return rounded;
    }

    /**
     * Trains on every example; {@code featuriser} gives their features in order with this trainer's
     * {@link IntentTrainer#features(IntentExample)} (on all cores, with a progress bar: as the caller likes).
     * {@code train_seconds} covers featurising and training.
     *
     * @param crossValidation what {@link #crossValidate} measured, or null
     */
    public Candidate train(List<IntentExample> examples, Function<List<IntentExample>, List<IntentFeatures>> featuriser,
                           String dataHash, Recipe recipe, IntentModelStore.CrossValidation crossValidation) {
        long start = System.nanoTime();
        List<IntentFeatures> features = featuriser.apply(examples);
        IntentModel model = trainer.train(examples, features, recipe.oosThreshold());
        double seconds = (System.nanoTime() - start) / 1e9;
        int background = trainer.backgroundExamples(examples, features);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("n_train", examples.size());
        metrics.put("intents", model.labels().size());
        metrics.put("features", model.featureCount());
        metrics.put("train_seconds", Math.round(seconds * 100) / 100.0);
        metrics.put("oos_background", background);
        return new Candidate(model, dataHash, examples.size(), metrics, crossValidation, background);
    }
}
