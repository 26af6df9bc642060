package io.shopdesk.nlp.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
    static final List<String> VOCABULARY = List.of("[PAD]", "[UNK]", "un", "##aff", "##able", "where", "is", "my",
            "parcel", "?", "cafe", "订", "单", "'", "s");
    static final WordPieceTokenizer TOKENIZER = WordPieceTokenizer.of(VOCABULARY);

    static List<String> pieces(String text) {
        return Arrays.stream(TOKENIZER.ids(text)).mapToObj(VOCABULARY::get).toList();
    }

    @Test
    void splitsWordsIntoTheLongestVocabularyPieces() {
        assertThat(pieces("unaffable")).containsExactly("un", "##aff", "##able");
    }

    @Test
    void lowerCasesStripsAccentsAndSplitsPunctuation() {
        assertThat(pieces("Where IS my Parcel?")).containsExactly("where", "is", "my", "parcel", "?");
        assertThat(pieces("Café")).containsExactly("cafe");
        assertThat(pieces("parcel's")).containsExactly("parcel", "'", "s");
    }

    @Test
    void hanCharactersAreWordsOfTheirOwn() {
        assertThat(pieces("订单")).containsExactly("订", "单");
    }

    @Test
    void aWordThatCannotBeSplitIsOneUnknownPiece() {
        assertThat(pieces("unxyz parcel")).containsExactly("[UNK]", "parcel");
        assertThat(pieces("a".repeat(101))).containsExactly("[UNK]");
    }

    @Test
    void whiteSpaceAloneHasNoPieces() {
        assertThat(TOKENIZER.ids(" \t\n")).isEmpty();
        assertThat(TOKENIZER.ids("")).isEmpty();
    }

    @Test
    void aVocabularyWithoutTheUnknownPieceIsRefused() {
        assertThatThrownBy(() -> new WordPieceTokenizer(Map.of("where", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[UNK]");
    }
}
