package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenNLP tokens and universal POS tags with spans into the original message. */
class EnglishStageTest {

    private static List<Token> tokens(String text) {
        Annotations a = StagesForTests.run(text, StagesForTests.language(), StagesForTests.english());
        return a.get(Keys.TOKENS);
    }

    @Test
    void tokensAndPartsOfSpeech() {
        List<Token> tokens = tokens("Where is my order SD10000001?");

        assertThat(tokens).extracting(Token::text, Token::start, Token::end).containsExactly(
                tuple("Where", 0, 5),
                tuple("is", 6, 8),
                tuple("my", 9, 11),
                tuple("order", 12, 17),
                tuple("SD10000001", 18, 28),
                tuple("?", 28, 29));
        // An order id is outside the UD model's experience and gets a wrong tag (VERB here), so that tag is not pinned.
        assertThat(tokens.subList(0, 4)).extracting(Token::pos).containsExactly("ADV", "AUX", "PRON", "NOUN");
        assertThat(tokens.get(5).pos()).isEqualTo("PUNCT");
    }

    @Test
    void spansOfLaterSentencesCountFromTheStartOfTheMessage() {
        String text = "Hi there. I paid $49.99 for it.";

        List<Token> tokens = tokens(text);

        assertThat(tokens).extracting(Token::text)
                .containsExactly("Hi", "there", ".", "I", "paid", "$", "49.99", "for", "it", ".");
        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(tokens.get(3)).isEqualTo(new Token("I", "PRON", 10, 11));
        assertThat(tokens.get(6)).isEqualTo(new Token("49.99", "NUM", 18, 23));
    }

    @Test
    void plainWordsStayWholeAndMixedPiecesStillGoThroughTheModel() {
        // "ppm" is a plain word: kept whole without the model, which would split it into "p" and "pm";
        // "8pm," mixes letters, digits and punctuation, so the model still decides, and splits it in three.
        assertThat(tokens("how many ppm at 8pm, you know")).extracting(Token::text)
                .containsExactly("how", "many", "ppm", "at", "8", "pm", ",", "you", "know");
    }

    @Test
    void chineseMessagesAreLeftToTheChineseStage() {
        assertThat(tokens("我的快递到哪了")).isNull();
    }

    @Test
    void theTokenizerForIntentFeaturesFindsTheSameWordsWithoutTaggingThem() {
        String text = "Hi there. I paid $49.99 for it, where's SD10000001?";
        List<Token> tagged = tokens(text);

        var tokenized = new StageTokenizer(StagesForTests.language(), StagesForTests.chinese(), StagesForTests.english())
                .tokenize(text);

        assertThat(tokenized.language()).isEqualTo(io.shopdesk.nlp.Language.EN);
        assertThat(tokenized.tokens()).extracting(Token::text, Token::start, Token::end)
                .containsExactlyElementsOf(tagged.stream().map(t -> tuple(t.text(), t.start(), t.end())).toList());
        assertThat(tokenized.tokens()).extracting(Token::pos).containsOnlyNulls();
        assertThat(tagged).extracting(Token::pos).doesNotContainNull();
    }
}
