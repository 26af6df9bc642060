package io.shopdesk.nlp.intent;

import io.shopdesk.model.ModelRelease;
import io.shopdesk.model.ModelReleaseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trained intent models as {@link ModelRelease}s: {@code model.bin} beside a {@code manifest.json} that records the name, version,
 * the model file's SHA-256, the hash of the training data it came from, its metrics and the date. The service loads
 * the released model when its training-data hash matches the data in {@code nlp-models/intents/}; otherwise it
 * trains a fresh one in memory. Thread-safe (stateless).
 */
public final class IntentModelStore {
    /** Bump when features or training change, so old releases are not mistaken for current ones. */
    public static final String FEATURES_VERSION = "features-1+softmax-tfidf-5+static-embeddings-1";
    public static final String MODEL_FILE = ModelRelease.MODEL_FILE;
    public static final String MANIFEST_FILE = ModelRelease.MANIFEST_FILE;

    /**
     * What {@code manifest.json} holds.
     *
     * @param crossValidation the recipe's cross-validated figures on the training data and the floors CI holds
     *                        them to; null when {@code nlu train --folds 0} skipped it (and in older releases)
     */
    public record Manifest(String name, String version, String sha256, String trainingDataHash, int examples,
                           Map<String, Object> metrics, String createdAt, CrossValidation crossValidation,
                           GateOverride gateOverride) {
    }

    /**
     * A release a reviewer let through although the release gate's {@code check} refused it (only
     * {@code below_floor} may be): who, when, why, and the release job that measured it. Null in a release that passed
     * every check, and in one {@code nlu train} wrote. The release's own cross-validation still sets the next floors.
     *
     * @param at ISO-8601 instant
     */
    public record GateOverride(String check, String by, String at, String reason, long job) {
    }

    /** Accuracy figures; {@code oosRecall} is null when the data has no out-of-scope examples. */
    public record Figures(double accuracy, double inScopeAccuracy, Double oosRecall, double macroF1) {

        static Figures of(IntentCrossValidator.Result r) {
            return new Figures(round(r.accuracy()), round(r.inScopeAccuracy()),
                    Double.isNaN(r.oosRecall()) ? null : round(r.oosRecall()), round(r.macroF1()));
        }

        Figures minus(double tolerance) {
            return new Figures(round(accuracy - tolerance), round(inScopeAccuracy - tolerance),
                    oosRecall == null ? null : round(oosRecall - tolerance), round(macroF1 - tolerance));
        }
    }

    /**
     * How the release's recipe cross-validates on its own training data ({@code folds}-fold, stratified, seeded),
     * and the floor for each figure: measured minus {@code tolerance}. CI repeats the cross-validation and fails below
     * a floor; the tolerance absorbs tokeniser and library updates, not a worse model.
     */
    public record CrossValidation(int folds, long seed, double oosThreshold, double tolerance, Figures measured,
                                  Figures floor) {

        public static CrossValidation of(IntentCrossValidator.Result result, long seed, double oosThreshold,
                                         double tolerance) {
            Figures measured = Figures.of(result);
            return new CrossValidation(result.folds(), seed, oosThreshold, tolerance, measured, measured.minus(tolerance));
        }
    }

    private IntentModelStore() {
    }

    /**
     * A hash over the training files' names and bytes, the feature version and the embedding table's SHA-256 (null
     * without one), so a release trained with other data, features or vectors is not loaded.
     */
    public static String dataHash(List<Path> files, String embeddingsSha256) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(FEATURES_VERSION.getBytes(StandardCharsets.UTF_8));
            digest.update(String.valueOf(embeddingsSha256).getBytes(StandardCharsets.UTF_8));
            for (Path file : files.stream().sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Manifest write(Path dir, IntentModel model, String dataHash, int examples, Map<String, Object> metrics,
                                 CrossValidation crossValidation) {
        return write(dir, model, dataHash, examples, metrics, crossValidation, null);
    }

    /** As {@link #write(Path, IntentModel, String, int, Map, CrossValidation)}, recording a gate override (or null). */
    public static Manifest write(Path dir, IntentModel model, String dataHash, int examples, Map<String, Object> metrics,
                                 CrossValidation crossValidation, GateOverride gateOverride) {
        return new ModelRelease(dir).write(model, stamp -> new Manifest("intent", stamp.version(), stamp.sha256(),
                dataHash, examples, new LinkedHashMap<>(metrics), stamp.createdAt(), crossValidation, gateOverride));
    }

    /**
     * Releases to {@code dir} the model a folder outside the watched one holds ({@code staged}, written by
     * {@link #write}), byte for byte, with its manifest's data hash, figures and cross-validation and with
     * {@code gateOverride}: a candidate kept for "Release anyway" becomes live exactly as it was measured.
     *
     * @throws ModelReleaseException when {@code staged} holds no release or its model file is not its manifest's
     */
    public static Manifest promote(Path staged, Path dir, GateOverride gateOverride) {
        Manifest kept = manifest(staged).orElseThrow(() -> new ModelReleaseException("No model kept in " + staged));
        byte[] data;
        try {
            data = Files.readAllBytes(staged.resolve(MODEL_FILE));
        } catch (IOException e) {
            throw new ModelReleaseException("Cannot read " + staged.resolve(MODEL_FILE) + ": " + e.getMessage(), e);
        }
        if (!ModelRelease.sha256(data).equals(kept.sha256())) {
            throw new ModelReleaseException(staged.resolve(MODEL_FILE) + " does not match the SHA-256 in its manifest");
        }
        return new ModelRelease(dir).writeModelFile(data, stamp -> new Manifest("intent", stamp.version(),
                stamp.sha256(), kept.trainingDataHash(), kept.examples(), new LinkedHashMap<>(kept.metrics()),
                stamp.createdAt(), kept.crossValidation(), gateOverride));
    }

    public static Optional<Manifest> manifest(Path dir) {
        return new ModelRelease(dir).manifest(Manifest.class);
    }

    /** The released model, if there is one for exactly this training data and its file is intact. */
    public static Optional<IntentModel> load(Path dir, String expectedDataHash) {
        Optional<Manifest> manifest = manifest(dir);
        if (manifest.isEmpty() || !manifest.get().trainingDataHash().equals(expectedDataHash)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ModelRelease(dir).load(IntentModel.class, manifest.get().sha256()));
        } catch (ModelReleaseException e) {
            return Optional.empty();
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
