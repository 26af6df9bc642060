package io.shopdesk.recommendation.internal;

import static io.shopdesk.recommendation.internal.ShownCardQuestionTest.GIFTS;
import static io.shopdesk.recommendation.internal.ShownCardQuestionTest.PERFUMES;
import static io.shopdesk.recommendation.internal.ShownCardQuestionTest.cards;

import io.shopdesk.recommendation.Product;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a whole message asks about the cards just shown: a comparison of them (which, and what about them), or several
 * questions about one card or about several; and the messages that compare nothing ("compare prices with other
 * shops", 比较一下快递, "anything cheaper than the second one?").
 */
@ExtendWith(SoftAssertionsExtension.class)
class ShownCardMessageTest {
    @InjectSoftAssertions
    SoftAssertions softly;

    /** 有没有跑步鞋: the waterproof trail shoes, the trail shoes, the daily trainers. */
    static final List<Product> RUNNING_SHOES = cards("SHO-1017", "SHO-1009", "SHO-1015");

    static String read(String text) {
        return read(text, GIFTS, null, null);
    }

    /**
     * "compare better [2, 3]", "compare cheaper which" (not clear which cards), or one "questions@position" per card
     * ("price,stock@1 stock@2"), with " (partly)" when some sentence asked about something else; "none".
     */
    static String read(String text, List<Product> shown, String discussed, CardQuestion last) {
        Optional<ShownCardMessage> read = ShownCardMessage.of(text, shown, discussed, last,
                sentence -> sentence.contains("黑色") || sentence.contains("black") ? "black" : null);
        return read.map(m -> m.comparison() != null
                ? "compare " + m.comparison().aspect().code() + " " + (m.comparison().clear() ? m.comparison().positions() : "which")
                : m.questions().stream().map(q -> q.questions().stream().map(CardQuestion::code).collect(Collectors.joining(","))
                + (q.aboutACard() ? "@" + q.position() : " which " + q.choices())).collect(Collectors.joining(" "))
                + (m.whole() ? "" : " (partly)")).orElse("none");
    }

    @Test
    void twoCardsNamedSideBySideAreCompared() {
        softly.assertThat(read("第二个和第三个哪个好")).isEqualTo("compare better [2, 3]");
        softly.assertThat(read("第一款和第三款有什么区别")).isEqualTo("compare difference [1, 3]");
        softly.assertThat(read("第一个比第二个便宜多少")).isEqualTo("compare cheaper [1, 2]");
        softly.assertThat(read("第一个和第二个哪个更贵")).isEqualTo("compare pricier [1, 2]");
        softly.assertThat(read("口红和围巾哪个好")).as("by a word of each name").isEqualTo("compare better [2, 3]");
        softly.assertThat(read("前两个对比一下")).isEqualTo("compare difference [1, 2]");
        softly.assertThat(read("which is better, the first or the second?")).isEqualTo("compare better [1, 2]");
        softly.assertThat(read("what's the difference between the scarf and the lipstick?")).isEqualTo("compare difference [3, 2]");
        softly.assertThat(read("compare the first two")).isEqualTo("compare difference [1, 2]");
        softly.assertThat(read("is the first one cheaper than the second?")).isEqualTo("compare cheaper [1, 2]");
        softly.assertThat(read("#1 vs #3")).isEqualTo("compare difference [1, 3]");
        softly.assertThat(read("should I get the perfume or the scarf?")).isEqualTo("compare better [1, 3]");
        softly.assertThat(read("Which is better for a gift, the perfume or the scarf?")).as("gift: a tag of all three")
                .isEqualTo("compare better [1, 3]");
        softly.assertThat(read("1号和3号哪个好")).isEqualTo("compare better [1, 3]");
        softly.assertThat(read("第一个和第二个有没有区别")).isEqualTo("compare difference [1, 2]");
        softly.assertThat(read("第二个和这个哪个好", GIFTS, "BEA-6009", null)).as("这个: the card just discussed")
                .isEqualTo("compare better [2, 1]");
    }

    @Test
    void aQuestionAboutThemAllIsAskedOfEachCard() {
        softly.assertThat(read("what colours", RUNNING_SHOES, null, null)).as("nothing but the question, none discussed")
                .isEqualTo("colours@1 colours@2 colours@3");
        softly.assertThat(read("what colors do they come in?", RUNNING_SHOES, null, null)).isEqualTo("colours@1 colours@2 colours@3");
        softly.assertThat(read("有什么颜色", RUNNING_SHOES, null, null)).isEqualTo("colours@1 colours@2 colours@3");
        softly.assertThat(read("有哪些尺码", RUNNING_SHOES, null, null)).isEqualTo("sizes@1 sizes@2 sizes@3");
        softly.assertThat(read("what sizes?", RUNNING_SHOES, null, null)).isEqualTo("sizes@1 sizes@2 sizes@3");
        softly.assertThat(read("它们都有什么颜色", RUNNING_SHOES, "SHO-1009", null)).as("它们: all, even with one discussed")
                .isEqualTo("colours@1 colours@2 colours@3");
        softly.assertThat(read("what colours do they come in", RUNNING_SHOES, "SHO-1009", CardQuestion.PRICE))
                .isEqualTo("colours@1 colours@2 colours@3");
        softly.assertThat(read("它们有货吗", RUNNING_SHOES, null, null)).isEqualTo("stock@1 stock@2 stock@3");
        softly.assertThat(read("are they in stock?", RUNNING_SHOES, null, null)).isEqualTo("stock@1 stock@2 stock@3");
        softly.assertThat(read("how much are they?", RUNNING_SHOES, null, null)).isEqualTo("price@1 price@2 price@3");
    }

    @Test
    void aQuestionAboutOneCardOrForOtherProductsIsNotAskedOfEach() {
        softly.assertThat(read("what colours?", RUNNING_SHOES, "SHO-1009", CardQuestion.PRICE)).as("the card discussed")
                .isEqualTo("colours@2");
        softly.assertThat(read("有什么颜色", RUNNING_SHOES, "SHO-1009", CardQuestion.PRICE)).isEqualTo("colours@2");
        softly.assertThat(read("第三个有什么颜色", RUNNING_SHOES, null, null)).isEqualTo("colours@3");
        softly.assertThat(read("第二个有42码吗", RUNNING_SHOES, null, null)).as("its sizes, the size named").isEqualTo("sizes@2");
        softly.assertThat(read("有42码的吗", RUNNING_SHOES, null, null)).as("a refinement").isEqualTo("none");
        softly.assertThat(read("有42码的吗", RUNNING_SHOES, "SHO-1009", CardQuestion.PRICE)).as("a refinement, one discussed")
                .isEqualTo("none");
        softly.assertThat(read("50码的有吗", RUNNING_SHOES, "SHO-1009", CardQuestion.PRICE)).isEqualTo("none");
        softly.assertThat(read("它有42码吗", RUNNING_SHOES, "SHO-1009", CardQuestion.PRICE)).as("it: the card discussed")
                .isEqualTo("sizes@2");
        softly.assertThat(read("有什么颜色", cards("SHO-1009"), null, null)).as("the only card").isEqualTo("colours@1");
        softly.assertThat(read("do you have them in black?", RUNNING_SHOES, null, null)).as("a refinement").isEqualTo("none");
        softly.assertThat(read("do they come in black?", RUNNING_SHOES, null, null)).as("a refinement").isEqualTo("none");
        softly.assertThat(read("do you have them in size 44?", RUNNING_SHOES, null, null)).as("a refinement").isEqualTo("none");
        softly.assertThat(read("any cheaper ones?", RUNNING_SHOES, null, null)).isEqualTo("none");
        // Stop 31: 多少钱 alone right after cards fell back in the chat ("did you mean"); each card's price answers it.
        softly.assertThat(read("多少钱", RUNNING_SHOES, null, null)).as("a bare price: each card's")
                .isEqualTo("price@1 price@2 price@3");
        softly.assertThat(read("多少钱", RUNNING_SHOES, "SHO-1009", CardQuestion.STOCK)).as("a bare price: the card discussed")
                .isEqualTo("price@2");
        softly.assertThat(read("what colours do you have for the sofa?", RUNNING_SHOES, null, null)).isEqualTo("none");
    }

    @Test
    void aComparisonThatNamesNoCardIsOfAllTheCardsShown() {
        softly.assertThat(read("哪个更便宜")).isEqualTo("compare cheaper [1, 2, 3]");
        softly.assertThat(read("哪个好")).isEqualTo("compare better [1, 2, 3]");
        softly.assertThat(read("有什么区别")).isEqualTo("compare difference [1, 2, 3]");
        softly.assertThat(read("which one is cheaper?")).isEqualTo("compare cheaper [1, 2, 3]");
        softly.assertThat(read("which one should I get?")).isEqualTo("compare better [1, 2, 3]");
        softly.assertThat(read("compare them")).isEqualTo("compare difference [1, 2, 3]");
        softly.assertThat(read("哪个好看")).isEqualTo("compare better [1, 2, 3]");
        softly.assertThat(read("哪个最受欢迎")).isEqualTo("compare better [1, 2, 3]");
        softly.assertThat(read("哪个质量好")).as("the answer says it cannot judge quality").isEqualTo("compare better [1, 2, 3]");
        softly.assertThat(read("which one is better quality?")).isEqualTo("compare better [1, 2, 3]");
        softly.assertThat(read("what's the difference?")).isEqualTo("compare difference [1, 2, 3]");
        List<Product> two = cards("BEA-6009", "BEA-6005");
        softly.assertThat(read("这两款有什么区别", two, null, null)).isEqualTo("compare difference [1, 2]");
        softly.assertThat(read("which of the two is better?", two, null, null)).isEqualTo("compare better [1, 2]");
    }

    @Test
    void whenItIsNotClearWhichCardsAreComparedTheAnswerAsks() {
        softly.assertThat(read("这两个有什么区别")).as("two of three").isEqualTo("compare difference which");
        softly.assertThat(read("那个香水和口红哪个好", PERFUMES, null, null)).as("two perfumes shown").isEqualTo("compare better which");
        softly.assertThat(read("第一个和第五个哪个好")).as("a place beyond the cards").isEqualTo("compare better which");
        softly.assertThat(read("这个和第二个哪个好")).as("这个, nothing discussed").isEqualTo("compare better which");
    }

    @Test
    void otherShopsShippingOtherProductsAndOneCardAreNoComparison() {
        softly.assertThat(read("compare prices with other shops")).isEqualTo("none");
        softly.assertThat(read("比较一下快递")).isEqualTo("none");
        softly.assertThat(read("和淘宝比哪个便宜")).isEqualTo("none");
        softly.assertThat(read("which is cheaper, shipping or pickup?")).isEqualTo("none");
        softly.assertThat(read("which payment method is better?")).isEqualTo("none");
        softly.assertThat(read("哪个牌子的质量好")).isEqualTo("none");
        softly.assertThat(read("你们和别家有什么区别")).isEqualTo("none");
        softly.assertThat(read("正品和水货有什么区别")).isEqualTo("none");
        softly.assertThat(read("is the second one better?")).as("one card, no which").isEqualTo("none");
        softly.assertThat(read("anything cheaper than the second one?")).isEqualTo("none");
        softly.assertThat(read("有没有比第二个好的")).isEqualTo("none");
        softly.assertThat(read("any cheaper ones?")).isEqualTo("none");
        softly.assertThat(read("cheaper?")).as("asks for cheaper products, not which card").isEqualTo("none");
        softly.assertThat(read("第二个能便宜点吗")).as("haggling").isEqualTo("none");
        softly.assertThat(read("我要退第二个")).isEqualTo("none");
        softly.assertThat(read("有什么区别", cards("BEA-6009"), null, null)).as("one card shown").isEqualTo("none");
        softly.assertThat(read("第一个和第二个哪个好", List.of(), null, null)).as("no cards shown").isEqualTo("none");
    }

    @Test
    void whichOneIsInStockAsksAboutTheCardsShownNotOneCard() {
        softly.assertThat(read("哪个有货")).isEqualTo("compare in_stock [1, 2, 3]");
        softly.assertThat(read("哪个还有货")).isEqualTo("compare in_stock [1, 2, 3]");
        softly.assertThat(read("哪些有现货？")).isEqualTo("compare in_stock [1, 2, 3]");
        softly.assertThat(read("哪款现在有货")).isEqualTo("compare in_stock [1, 2, 3]");
        softly.assertThat(read("第一个和第三个哪个有货")).isEqualTo("compare in_stock [1, 3]");
        softly.assertThat(read("which one is in stock?")).isEqualTo("compare in_stock [1, 2, 3]");
        softly.assertThat(read("which ones are still available?")).isEqualTo("compare in_stock [1, 2, 3]");
        softly.assertThat(read("which of the two is in stock?", cards("BEA-6009", "BEA-6005"), null, null))
                .isEqualTo("compare in_stock [1, 2]");
        softly.assertThat(read("第二个有货吗")).as("one card, no which: its stock").isEqualTo("stock@2");
        softly.assertThat(read("第一个和第二个有货吗")).as("no which: each card's stock").isEqualTo("stock@1 stock@2");
        softly.assertThat(read("哪个快递有货")).as("shipping").isEqualTo("none");
    }

    @Test
    void severalQuestionsAboutOneCardAreAllAsked() {
        softly.assertThat(read("第一个多少钱？有货吗？")).isEqualTo("price,stock@1");
        softly.assertThat(read("第一个多少钱有货吗")).as("in one breath").isEqualTo("price,stock@1");
        softly.assertThat(read("第三个有什么颜色，能分期吗")).isEqualTo("colours,instalments@3");
        softly.assertThat(read("how much is the first one and is it in stock?")).isEqualTo("price,stock@1");
        softly.assertThat(read("how much is the scarf? can I pay in instalments?")).isEqualTo("price,instalments@3");
        softly.assertThat(read("the 2nd one, how much?")).as("a sentence that only points goes with the next").isEqualTo("price@2");
        softly.assertThat(read("第二个有黑色吗？多少钱？")).isEqualTo("colours,price@2");
        softly.assertThat(read("can I buy it in instalments?", GIFTS, "BEA-6009", null)).as("buying is how, here")
                .isEqualTo("instalments@1");
        softly.assertThat(read("is the second one available in black?")).isEqualTo("colours@2");
    }

    @Test
    void questionsAboutSeveralCardsAreAskedCardByCard() {
        softly.assertThat(read("第一个多少钱，第二个有货吗")).isEqualTo("price@1 stock@2");
        softly.assertThat(read("第一个和第二个多少钱")).isEqualTo("price@1 price@2");
        softly.assertThat(read("第一个多少钱？第三个呢？")).as("第三个呢 asks the same").isEqualTo("price@1 price@3");
        softly.assertThat(read("how much are the first and the second?")).isEqualTo("price@1 price@2");
        softly.assertThat(read("is the lipstick in stock? how much is the scarf?")).isEqualTo("stock@2 price@3");
    }

    @Test
    void aSentenceAboutSomethingElseLeavesTheMessagePartlyAboutTheCards() {
        softly.assertThat(read("第一个多少钱？你们是正品吗？")).isEqualTo("price@1 (partly)");
        softly.assertThat(read("多少钱，那个口红")).as("read whole, as one question").isEqualTo("price@2 (partly)");
        softly.assertThat(read("第一个多少钱？有货吗？谢谢")).as("thanks needs no answer").isEqualTo("price,stock@1");
        softly.assertThat(read("第一个多少钱？快递几天到？")).as("shipping: the dialogue cuts it").isEqualTo("none");
        softly.assertThat(read("is the second one in stock?")).isEqualTo("stock@2");
    }
}
