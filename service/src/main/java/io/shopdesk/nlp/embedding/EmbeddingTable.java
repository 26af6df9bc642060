package io.shopdesk.nlp.embedding;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-disk form of a static embedding table, in one folder: {@code vocab.txt} (one piece per line, line number =
 * id), {@code vectors.i8} (per row a float scale and {@code dimensions} signed bytes: 4x smaller than floats, and the
 * rounding moves a vector's cosine to itself by under 0.0001) and {@code manifest.json} (where the vectors came
 * from, their shape and the SHA-256 of both files, checked on every load). Stateless and thread-safe.
 */
final class EmbeddingTable {
    static final String VOCABULARY = "vocab.txt";
    static final String VECTORS = "vectors.i8";
    static final String MANIFEST = "manifest.json";
    private static final int MAGIC = 0x53444531; // "SDE1"
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What {@code manifest.json} records. */
    record Manifest(String name, String source, String method, int rows, int dimensions, String sha256,
                    String licence, String createdAt) {
    }

    /** A table in memory: the scale of each row and its bytes, row after row. */
    record Rows(List<String> vocabulary, int dimensions, float[] scales, byte[] values, Manifest manifest) {
    }

    private EmbeddingTable() {
    }

    static Manifest write(Path dir, List<String> vocabulary, float[][] vectors, String name, String source,
                          String method, String licence) throws IOException {
        int dimensions = vectors[0].length;
        Files.createDirectories(dir);
        Files.write(dir.resolve(VOCABULARY), vocabulary, StandardCharsets.UTF_8);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(VECTORS))))) {
            out.writeInt(MAGIC);
            out.writeInt(vectors.length);
            out.writeInt(dimensions);
            for (float[] vector : vectors) {
                writeRow(out, vector);
            }
        }
        Manifest manifest = new Manifest(name, source, method, vectors.length, dimensions, sha256(dir), licence,
                Instant.now().toString());
        Files.writeString(dir.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        return manifest;
    }

    private static void writeRow(OutputStream out, float[] vector) throws IOException {
        float largest = 0;
        for (float v : vector) {
            largest = Math.max(largest, Math.abs(v));
        }
        float scale = largest == 0 ? 1 : largest / 127f;
        ByteBuffer row = ByteBuffer.allocate(4 + vector.length).order(ByteOrder.BIG_ENDIAN);
        row.putFloat(scale);
        for (float v : vector) {
            row.put((byte) Math.round(v / scale));
        }
        out.write(row.array());
    }

    static Rows read(Path dir) {
        if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
            throw new EmbeddingTableException("no embedding table in " + dir + " (missing " + MANIFEST + ")");
        }
        try {
            Manifest manifest = JSON.readValue(dir.resolve(MANIFEST).toFile(), Manifest.class);
            String actual = sha256(dir);
            if (!actual.equals(manifest.sha256())) {
                throw new EmbeddingTableException("embedding table in " + dir + " is damaged: SHA-256 " + actual
                        + " but the manifest says " + manifest.sha256());
            }
            List<String> vocabulary = Files.readAllLines(dir.resolve(VOCABULARY), StandardCharsets.UTF_8);
            ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(VECTORS))).order(ByteOrder.BIG_ENDIAN);
            if (data.getInt() != MAGIC) {
                throw new EmbeddingTableException(dir.resolve(VECTORS) + " is not an embedding table");
            }
            int rows = data.getInt();
            int dimensions = data.getInt();
            if (rows != vocabulary.size() || rows != manifest.rows() || dimensions != manifest.dimensions()) {
                throw new EmbeddingTableException("embedding table in " + dir + " has " + rows + " rows of "
                        + dimensions + " for " + vocabulary.size() + " vocabulary entries; the manifest says "
                        + manifest.rows() + " x " + manifest.dimensions());
            }
            float[] scales = new float[rows];
            byte[] values = new byte[rows * dimensions];
            for (int r = 0; r < rows; r++) {
                scales[r] = data.getFloat();
                data.get(values, r * dimensions, dimensions);
            }
            return new Rows(vocabulary, dimensions, scales, values, manifest);
        } catch (IOException e) {
            throw new EmbeddingTableException("cannot read the embedding table in " + dir + ": " + e.getMessage());
        }
    }

    /** SHA-256 over the vocabulary's bytes, then the vectors' bytes. */
    static String sha256(Path dir) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(dir.resolve(VOCABULARY)));
            digest.update(Files.readAllBytes(dir.resolve(VECTORS)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
