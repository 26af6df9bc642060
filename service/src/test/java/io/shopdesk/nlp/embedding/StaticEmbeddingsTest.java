package io.shopdesk.nlp.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.nlp.internal.StagesForTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped table in nlp-models/embeddings/, and how a missing or damaged table is reported. */
class StaticEmbeddingsTest {
    static final StaticEmbeddings SHIPPED = StagesForTests.embeddings();

    static double cosine(String a, String b) {
        float[] x = SHIPPED.sentence(a);
        float[] y = SHIPPED.sentence(b);
        double dot = 0;
        for (int d = 0; d < x.length; d++) {
            dot += x[d] * y[d];
        }
        return dot;
    }

    @Test
    void theShippedTableIsTheEncodersVocabularyIn384Dimensions() throws IOException {
        assertThat(SHIPPED.dimensions()).isEqualTo(384);
        assertThat(SHIPPED.sha256()).isEqualTo(EmbeddingTable.sha256(Path.of("nlp-models", StaticEmbeddings.FOLDER)));
        assertThat(SHIPPED.pieces("Where is my parcel?")).containsExactly("where", "is", "my", "parcel", "?");
        assertThat(SHIPPED.pieces("unaffable")).containsExactly("una", "##ffa", "##ble");
    }

    @Test
    void sentenceVectorsHaveUnitLength() {
        float[] v = SHIPPED.sentence("I want to cancel my order");
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(SHIPPED.sentence("   ")).isNull();
    }

    @Test
    void paraphrasesWithoutSharedWordsAreCloserThanUnrelatedMessages() {
        assertThat(cosine("where is my parcel", "track the package"))
                .isGreaterThan(cosine("where is my parcel", "what a lovely song"));
        assertThat(cosine("call off the purchase", "cancel the order"))
                .isGreaterThan(cosine("call off the purchase", "the weather is sunny"));
    }

    @Test
    void aMissingTableSaysWhatIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> StaticEmbeddings.load(dir)).isInstanceOf(EmbeddingTableException.class)
                .hasMessageContaining("no embedding table in " + dir).hasMessageContaining("manifest.json");
    }

    @Test
    void aDamagedTableIsRefusedByItsChecksum(@TempDir Path dir) throws IOException {
        Path shipped = Path.of("nlp-models", StaticEmbeddings.FOLDER);
        for (String file : List.of(EmbeddingTable.VOCABULARY, EmbeddingTable.VECTORS, EmbeddingTable.MANIFEST)) {
            Files.copy(shipped.resolve(file), dir.resolve(file));
        }
        byte[] vectors = Files.readAllBytes(dir.resolve(EmbeddingTable.VECTORS));
        vectors[1000] ^= 1;
        Files.write(dir.resolve(EmbeddingTable.VECTORS), vectors);

        assertThatThrownBy(() -> StaticEmbeddings.load(dir)).isInstanceOf(EmbeddingTableException.class)
                .hasMessageContaining("is damaged").hasMessageContaining(SHIPPED.sha256());
    }

    @Test
    void aWrittenTableReadsBackWithinInt8Rounding(@TempDir Path dir) throws IOException {
        float[][] vectors = {{0.5f, -1.0f, 0.25f}, {0f, 0f, 0f}, {2f, 1f, -0.01f}};
        EmbeddingTable.write(dir, List.of("[UNK]", "hello", "world"), vectors, "test", "hand-made", "none", "CC0");

        StaticEmbeddings table = StaticEmbeddings.load(dir);

        assertThat(table.dimensions()).isEqualTo(3);
        float[] world = table.sentence("world");
        assertThat(world[0]).isCloseTo(2 / (float) Math.sqrt(5.0001), org.assertj.core.data.Offset.offset(0.01f));
        assertThat(table.sentence("hello")).isNull();
        assertThat(table.pieces("hello world again")).containsExactly("hello", "world", "[UNK]");
    }
}
