package io.shopdesk.risk.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Financing models as releases: {@code model.bin} beside a {@code manifest.json} with the name, version, the model
 * file's SHA-256, the training data's SHA-256, the decision threshold and costs, the metrics and the date. Loading
 * checks the model file against the manifest's hash. Thread-safe (stateless).
 */
public final class FinancingModelStore {
    public static final String NAME = "financing";
    public static final String MODEL_FILE = "model.bin";
    public static final String MANIFEST_FILE = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What {@code manifest.json} holds; {@code threshold}: decide "default" when the probability is at least this. */
    public record Manifest(String name, String version, String recipe, String sha256, String trainingDataSha256,
                           String label, String positive, double threshold, double costFalsePositive,
                           double costFalseNegative, Map<String, Object> metrics, String createdAt) {
    }

    private FinancingModelStore() {
    }

    public static Manifest write(Path dir, FinancingModel model, String trainingDataSha256, String label, String positive,
                                 double threshold, FinancingCrossValidator.Costs costs, Map<String, Object> metrics) {
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(model);
            }
            byte[] data = bytes.toByteArray();
            Path tmp = dir.resolve(MODEL_FILE + ".tmp");
            Files.write(tmp, data);
            Files.move(tmp, dir.resolve(MODEL_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Instant now = Instant.now();
            Manifest manifest = new Manifest(NAME, now.toString().replaceAll("[^0-9]", "").substring(0, 14),
                    FinancingModelTrainer.RECIPE, sha256(data), trainingDataSha256, label, positive, threshold,
                    costs.falsePositive(), costs.falseNegative(), new LinkedHashMap<>(metrics), now.toString());
            Files.writeString(dir.resolve(MANIFEST_FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the financing model to " + dir, e);
        }
    }

    public static Manifest manifest(Path dir) {
        return JSON.readValue(dir.resolve(MANIFEST_FILE).toFile(), Manifest.class);
    }

    /** The released model; fails when the file does not match the manifest's hash. */
    public static FinancingModel load(Path dir) {
        Manifest manifest = manifest(dir);
        try {
            byte[] data = Files.readAllBytes(dir.resolve(MODEL_FILE));
            if (!sha256(data).equals(manifest.sha256())) {
                throw new IllegalStateException(dir.resolve(MODEL_FILE) + " does not match the SHA-256 in its manifest");
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
                return (FinancingModel) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read the financing model in " + dir + ": " + e.getMessage(), e);
        }
    }

    public static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
