package io.shopdesk.risk.model;

import io.shopdesk.model.ModelRelease;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Financing models as {@link ModelRelease}s: {@code model.bin} beside a {@code manifest.json} with the name,
 * version, the model file's SHA-256, the training data's SHA-256, the decision threshold and costs, the metrics and
 * the date. Loading checks the model file against the manifest's hash. Thread-safe (stateless).
 */
public final class FinancingModelStore {
    public static final String NAME = "financing";
    public static final String MODEL_FILE = ModelRelease.MODEL_FILE;
    public static final String MANIFEST_FILE = ModelRelease.MANIFEST_FILE;

    /** What {@code manifest.json} holds; {@code threshold}: decide "default" when the probability is at least this. */
    public record Manifest(String name, String version, String recipe, String sha256, String trainingDataSha256,
                           String label, String positive, double threshold, double costFalsePositive,
                           double costFalseNegative, Map<String, Object> metrics, String createdAt) {
    }

    private FinancingModelStore() {
    }

    public static Manifest write(Path dir, FinancingModel model, String trainingDataSha256, String label, String positive,
                                 double threshold, FinancingCrossValidator.Costs costs, Map<String, Object> metrics) {
        return new ModelRelease(dir).write(model, stamp -> new Manifest(NAME, stamp.version(), FinancingModelTrainer.RECIPE,
                stamp.sha256(), trainingDataSha256, label, positive, threshold, costs.falsePositive(),
                costs.falseNegative(), new LinkedHashMap<>(metrics), stamp.createdAt()));
    }

    public static Manifest manifest(Path dir) {
        return new ModelRelease(dir).manifest(Manifest.class)
                .orElseThrow(() -> new IllegalStateException("No financing model release in " + dir));
    }

    /** The released model; fails when the file does not match the manifest's hash. */
    public static FinancingModel load(Path dir) {
        return new ModelRelease(dir).load(FinancingModel.class, manifest(dir).sha256());
    }

    public static String sha256(Path file) {
        return ModelRelease.sha256(file);
    }
}
