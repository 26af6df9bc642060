package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HanLP segmentation with the e-commerce dictionary, exact spans, and the names HanLP recognises. */
class ChineseStageTest {

    private static Annotations analyse(String text) {
        return StagesForTests.run(text, StagesForTests.language(), StagesForTests.chinese());
    }

    private static List<String> words(String text) {
        return analyse(text).get(Keys.TOKENS).stream().map(Token::text).toList();
    }

    @Test
    void theDictionaryIsLoaded() {
        assertThat(StagesForTests.dictionary().words()).isGreaterThan(100);
    }

    @Test
    void dictionaryWordsStayWhole() {
        // 花呗分期 is itself a dictionary entry; apart, 花呗 and 分期 are each one word.
        assertThat(words("我想用花呗分期")).containsExactly("我", "想", "用", "花呗分期");
        assertThat(words("花呗分期付款可以吗")).containsExactly("花呗", "分期付款", "可以", "吗");
        assertThat(analyse("花呗可以分期吗").get(Keys.TOKENS)).containsExactly(
                new Token("花呗", "nz", 0, 2), new Token("可以", "v", 2, 4), new Token("分期", "n", 4, 6),
                new Token("吗", "y", 6, 7));
    }

    @Test
    void tokenSpansPointIntoTheOriginalText() {
        String text = "亲，我的订单 SD10000001 用花呗分期了，运费险怎么算？";

        List<Token> tokens = analyse(text).get(Keys.TOKENS);

        assertThat(tokens).isNotEmpty().allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(tokens).extracting(Token::text).contains("花呗分期", "运费险").doesNotContain(" ");
    }

    @Test
    void personAndPlaceNames() {
        Annotations a = analyse("我叫张伟，住在上海");

        assertThat(a.get(Keys.NAMED_ENTITIES)).containsExactly(
                new Entity(Entity.PERSON, "张伟", 2, 4, "张伟", "hanlp"),
                new Entity(Entity.PLACE, "上海", 7, 9, "上海", "hanlp"));
    }

    @Test
    void placesAtTwoLevels() {
        Annotations a = analyse("我是李娜，住在北京市海淀区");

        assertThat(a.get(Keys.NAMED_ENTITIES)).containsExactly(
                new Entity(Entity.PERSON, "李娜", 2, 4, "李娜", "hanlp"),
                new Entity(Entity.PLACE, "北京市", 7, 10, "北京市", "hanlp"),
                new Entity(Entity.PLACE, "海淀区", 10, 13, "海淀区", "hanlp"));
    }

    @Test
    void englishMessagesAreLeftToTheEnglishStage() {
        Annotations a = analyse("Where is my order?");

        assertThat(a.get(Keys.TOKENS)).isNull();
        assertThat(a.get(Keys.NAMED_ENTITIES)).isNull();
    }
}
