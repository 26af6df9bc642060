package io.shopdesk.nlp.intent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trained intent models as releases: {@code model.bin} beside a {@code manifest.json} that records the name, version,
 * the model file's SHA-256, the hash of the training data it came from, its metrics and the date. The service loads
 * the released model when its training-data hash matches the data in {@code nlp-models/intents/}; otherwise it
 * trains a fresh one in memory. Thread-safe (stateless).
 */
public final class IntentModelStore {
    /** Bump when features or training change, so old releases are not mistaken for current ones. */
    public static final String FEATURES_VERSION = "features-1+sgd-12x0.5";
    public static final String MODEL_FILE = "model.bin";
    public static final String MANIFEST_FILE = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What {@code manifest.json} holds. */
    public record Manifest(String name, String version, String sha256, String trainingDataHash, int examples,
                           Map<String, Object> metrics, String createdAt) {
    }

    private IntentModelStore() {
    }

    /** A hash over the training files' names and bytes and the feature version. */
    public static String dataHash(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(FEATURES_VERSION.getBytes(StandardCharsets.UTF_8));
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

    public static Manifest write(Path dir, IntentModel model, String dataHash, int examples, Map<String, Object> metrics) {
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(model);
            }
            byte[] data = bytes.toByteArray();
            Path tmp = dir.resolve(MODEL_FILE + ".tmp");
            Files.write(tmp, data);
            Files.move(tmp, dir.resolve(MODEL_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Instant now = Instant.now();
            Manifest manifest = new Manifest("intent", now.toString().replaceAll("[^0-9]", "").substring(0, 14),
                    sha256(data), dataHash, examples, new LinkedHashMap<>(metrics), now.toString());
            Files.writeString(dir.resolve(MANIFEST_FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the intent model to " + dir, e);
        }
    }

    public static Optional<Manifest> manifest(Path dir) {
        Path file = dir.resolve(MANIFEST_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
    }

    /** The released model, if there is one for exactly this training data and its file is intact. */
    public static Optional<IntentModel> load(Path dir, String expectedDataHash) {
        Optional<Manifest> manifest = manifest(dir);
        if (manifest.isEmpty() || !manifest.get().trainingDataHash().equals(expectedDataHash)) {
            return Optional.empty();
        }
        try {
            byte[] data = Files.readAllBytes(dir.resolve(MODEL_FILE));
            if (!sha256(data).equals(manifest.get().sha256())) {
                return Optional.empty();
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
                return Optional.of((IntentModel) in.readObject());
            }
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty();
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
