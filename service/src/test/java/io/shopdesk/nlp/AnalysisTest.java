package io.shopdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the dialogue, escalation and recommendation rules read from an analysis besides the intent. */
class AnalysisTest {

    private static Analysis analysis(String text, List<Token> tokens, List<Entity> entities) {
        return new Analysis(text, Language.EN, false, true, "eng", tokens, entities, null, Map.of());
    }

    @Test
    void aCatalogueProductOrACategoryWordIsAProductNamed() {
        Entity category = new Entity(Entity.CATEGORY, "kettle", 2, 8, "home", "catalogue");
        Entity product = new Entity(Entity.PRODUCT, "Smart Electric Kettle 1.7L", 0, 26, "HOM-4006", "catalogue");
        Entity orderId = new Entity(Entity.ORDER_ID, "SD10000001", 0, 10, "SD10000001", "pattern");

        assertThat(analysis("a kettle", List.of(), List.of(category)).namesProduct()).isTrue();
        assertThat(analysis("Smart Electric Kettle 1.7L", List.of(), List.of(product)).namesProduct()).isTrue();
        assertThat(analysis("SD10000001", List.of(), List.of(orderId)).namesProduct()).isFalse();
        assertThat(analysis("tell me a joke", List.of(), List.of()).namesProduct()).isFalse();
    }

    @Test
    void wordsAreTokensWithALetterOrADigit() {
        List<Token> tokens = List.of(new Token("usb", "NOUN", 0, 3), new Token("cable", "NOUN", 4, 9),
                new Token("?", "PUNCT", 9, 10), new Token("2m", "NUM", 11, 13));
        assertThat(analysis("usb cable? 2m", tokens, List.of()).wordCount()).isEqualTo(3);
        assertThat(analysis("??", List.of(new Token("??", "PUNCT", 0, 2)), List.of()).wordCount()).isZero();
    }
}
