package io.shopdesk.nlp.embedding;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Sentence vectors from a static word-piece table made from a sentence encoder (all-MiniLM-L6-v2: each vocabulary
 * piece run through the encoder on its own, then fitted on general English so that a text's mean row follows the
 * encoder's sentence vector; see {@code docs/nlu.md}). A sentence's
 * vector is the unit-length mean of its pieces' vectors: a lookup and an average, microseconds per message where
 * the encoder itself takes milliseconds, yet it knows that "parcel" and "package" or "cancel" and "call off" are
 * near, which TF-IDF features cannot. Used for English intent features; Chinese messages get none (the encoder's
 * vocabulary is English). Immutable and thread-safe.
 */
public final class StaticEmbeddings {
    /** The table's folder under {@code nlp-models/}. */
    public static final String FOLDER = "embeddings/minilm-l6-static";

    private final WordPieceTokenizer tokenizer;
    private final int dimensions;
    private final float[] scales;
    private final byte[] values;
    private final String sha256;
    private final List<String> vocabulary;

    private StaticEmbeddings(EmbeddingTable.Rows rows) {
        this.tokenizer = WordPieceTokenizer.of(rows.vocabulary());
        this.dimensions = rows.dimensions();
        this.scales = rows.scales();
        this.values = rows.values();
        this.sha256 = rows.manifest().sha256();
        this.vocabulary = List.copyOf(rows.vocabulary());
    }

    /** Reads and checks the table in {@code dir}. @throws EmbeddingTableException when it is missing or damaged */
    public static StaticEmbeddings load(Path dir) {
        return new StaticEmbeddings(EmbeddingTable.read(dir));
    }

    /** The table under a models folder ({@link #FOLDER}). */
    public static StaticEmbeddings fromModels(Path modelsDir) {
        return load(modelsDir.resolve(FOLDER));
    }

    public int dimensions() {
        return dimensions;
    }

    /** The table's SHA-256 (vocabulary and vectors), which models trained on it record. */
    public String sha256() {
        return sha256;
    }

    /** The unit-length mean of the text's piece vectors; null when the text has no piece. */
    public float[] sentence(String text) {
        int[] ids = tokenizer.ids(text);
        if (ids.length == 0) {
            return null;
        }
        float[] sum = new float[dimensions];
        for (int id : ids) {
            float scale = scales[id];
            int base = id * dimensions;
            for (int d = 0; d < dimensions; d++) {
                sum[d] += scale * values[base + d];
            }
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        if (norm == 0) {
            return null;
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dimensions; d++) {
            sum[d] *= inverse;
        }
        return sum;
    }

    /** The pieces the text is looked up as, for reports and tests. */
    public List<String> pieces(String text) {
        return Arrays.stream(tokenizer.ids(text)).mapToObj(vocabulary::get).toList();
    }
}
