package io.shopdesk.nlp.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shipped table is what the distiller makes from the encoder: its vocabulary is the encoder's, and on the
 * shipped English intent examples (which the fitting corpus does not contain) its sentence vectors point where the
 * encoder's do far better than freshly distilled rows would, which is what the fitting step is for. Loads the 90 MB
 * encoder, hence slow.
 */
@Tag("slow")
class StaticEmbeddingDistillerTest {
    private static final Path SHIPPED = Path.of("nlp-models", StaticEmbeddings.FOLDER);

    @Test
    void theShippedTableHasTheEncodersVocabulary() throws Exception {
        assertThat(Files.readAllLines(SHIPPED.resolve(EmbeddingTable.VOCABULARY), StandardCharsets.UTF_8))
                .isEqualTo(StaticEmbeddingDistiller.vocabulary());
    }

    @Test
    void theShippedTableIsFittedToTheEncodersSentenceVectors() throws Exception {
        List<String> texts = Files.readAllLines(Path.of("nlp-models/intents/intents-en.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(line -> line.substring(0, line.lastIndexOf(',')).replace("\"", ""))
                .filter(text -> text.split(" ").length >= 3).limit(300).toList();
        float[][] encoder = StaticEmbeddingDistiller.sentenceVectors(texts);
        EmbeddingTable.Rows rows = EmbeddingTable.read(SHIPPED);
        WordPieceTokenizer tokenizer = WordPieceTokenizer.of(rows.vocabulary());
        List<int[]> pieces = texts.stream().map(tokenizer::ids).toList();

        float[][] shipped = new float[rows.vocabulary().size()][];
        float[][] distilled = new float[rows.vocabulary().size()][];
        int[] used = pieces.stream().flatMapToInt(Arrays::stream).distinct().toArray();
        try (StaticEmbeddingDistiller distiller = new StaticEmbeddingDistiller()) {
            float[][] fresh = distiller.pieceVectors(used);
            for (int i = 0; i < used.length; i++) {
                distilled[used[i]] = fresh[i];
                shipped[used[i]] = row(rows, used[i]);
            }
        }
        double fitted = StaticEmbeddingFitter.meanCosine(shipped, pieces, encoder, texts.size());
        double unfitted = StaticEmbeddingFitter.meanCosine(distilled, pieces, encoder, texts.size());

        System.out.printf("Cosine to the encoder on %d shipped intent examples: %.3f distilled, %.3f shipped%n",
                texts.size(), unfitted, fitted);
        assertThat(unfitted).isLessThan(0.6);
        assertThat(fitted).isGreaterThan(0.7).isGreaterThan(unfitted + 0.15);
    }

    private static float[] row(EmbeddingTable.Rows rows, int id) {
        float[] row = new float[rows.dimensions()];
        for (int d = 0; d < row.length; d++) {
            row[d] = rows.scales()[id] * rows.values()[id * rows.dimensions() + d];
        }
        return row;
    }
}
