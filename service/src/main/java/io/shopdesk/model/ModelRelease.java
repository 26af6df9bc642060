package io.shopdesk.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained model released as a folder: {@code model.bin} (the model, Java-serialised) beside {@code manifest.json}
 * (a record of the model's own choosing that names the model file's SHA-256, a version and a date). Writing puts
 * the model file first and the manifest last, each by an atomic move, so a watcher never loads a half-written
 * file; loading refuses a model file whose hash is not the manifest's. Used by every model the service ships or
 * trains (intents, financing), so they are released, checked and versioned alike. Thread-safe (immutable; the
 * folder is the state).
 */
public final class ModelRelease {
    public static final String MODEL_FILE = "model.bin";
    public static final String MANIFEST_FILE = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * What writing the model file gave, for the manifest.
     *
     * @param version   the release time in UTC as {@code yyyyMMddHHmmss}
     * @param sha256    the model file's SHA-256, hex
     * @param createdAt the release time, ISO-8601
     */
    public record Stamp(String version, String sha256, String createdAt) {
    }

    private final Path dir;

    public ModelRelease(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code model}, then the manifest that {@code manifest} makes from the stamp; returns the manifest. */
    public <M> M write(Serializable model, Function<Stamp, M> manifest) {
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(model);
            }
            return writeModelFile(bytes.toByteArray(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model release in " + dir, e);
        }
    }

    /**
     * As {@link #write}, with a model file's bytes as they are (another folder's {@code model.bin}, whose SHA-256 the
     * caller checked): a model staged elsewhere is released byte for byte, not serialised again.
     */
    public <M> M writeModelFile(byte[] data, Function<Stamp, M> manifest) {
        try {
            Files.createDirectories(dir);
            replace(MODEL_FILE, data);
            Instant now = Instant.now();
            M written = manifest.apply(new Stamp(now.toString().replaceAll("[^0-9]", "").substring(0, 14), sha256(data),
                    now.toString()));
            writeManifest(written);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model release in " + dir, e);
        }
    }

    /** Rewrites the manifest alone, for figures measured after the release (the model file is unchanged). */
    public void writeManifest(Object manifest) {
        try {
            Files.createDirectories(dir);
            replace(MANIFEST_FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dir.resolve(MANIFEST_FILE), e);
        }
    }

    /** The manifest, read as {@code type}; empty when the folder holds no release. */
    public <M> Optional<M> manifest(Class<M> type) {
        Path file = dir.resolve(MANIFEST_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(file.toFile(), type));
    }

    /**
     * The released model, when the model file's SHA-256 is {@code expectedSha256} (the manifest's).
     *
     * @throws ModelReleaseException when the file is missing, altered or not a {@code type}
     */
    public <T> T load(Class<T> type, String expectedSha256) {
        Path file = dir.resolve(MODEL_FILE);
        try {
            byte[] data = Files.readAllBytes(file);
            if (!sha256(data).equals(expectedSha256)) {
                throw new ModelReleaseException(file + " does not match the SHA-256 in its manifest");
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
                return type.cast(in.readObject());
            }
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new ModelReleaseException("Cannot read the model in " + dir + ": " + e.getMessage(), e);
        }
    }

    public static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes beside the target and moves over it: a reader sees the old file or the new one, never half of one. */
    private void replace(String name, byte[] data) throws IOException {
        // A name of its own per write, so two trainings writing to the same folder never share a temporary file.
        Path tmp = dir.resolve(name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            Files.write(tmp, data);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A full disk leaves half a temporary file; the release folder keeps only what was released.
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
