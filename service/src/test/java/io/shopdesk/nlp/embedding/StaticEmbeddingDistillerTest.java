package io.shopdesk.nlp.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shipped table is what the distiller makes from the encoder: its vocabulary is the encoder's, and 64 seeded
 * random rows distilled again match the shipped rows up to int8 rounding. Loads the 90 MB encoder, hence slow.
 */
@Tag("slow")
class StaticEmbeddingDistillerTest {

    @Test
    void theShippedTableIsReproducibleFromTheEncoder() throws Exception {
        Path shipped = Path.of("nlp-models", StaticEmbeddings.FOLDER);
        assertThat(Files.readAllLines(shipped.resolve(EmbeddingTable.VOCABULARY), StandardCharsets.UTF_8))
                .isEqualTo(StaticEmbeddingDistiller.vocabulary());
        EmbeddingTable.Rows rows = EmbeddingTable.read(shipped);
        int[] ids = new Random(7).ints(64, 0, rows.vocabulary().size()).toArray();
        try (StaticEmbeddingDistiller distiller = new StaticEmbeddingDistiller()) {
            float[][] fresh = distiller.pieceVectors(ids);
            for (int i = 0; i < ids.length; i++) {
                double dot = 0;
                double a = 0;
                double b = 0;
                for (int d = 0; d < rows.dimensions(); d++) {
                    double stored = rows.scales()[ids[i]] * rows.values()[ids[i] * rows.dimensions() + d];
                    dot += stored * fresh[i][d];
                    a += stored * stored;
                    b += (double) fresh[i][d] * fresh[i][d];
                }
                assertThat(dot / Math.sqrt(a * b)).as(rows.vocabulary().get(ids[i])).isGreaterThan(0.9999);
            }
        }
    }
}
