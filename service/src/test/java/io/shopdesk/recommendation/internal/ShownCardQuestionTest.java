package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which of the cards just shown a message asks about, and what it asks: by place, by a demonstrative, by a word of a
 * card's name; and the messages that are no such question (第二次, "the second time I ordered", "two shirts").
 */
class ShownCardQuestionTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));
    /** 帮我推荐一款适合送女朋友的礼物: the perfume, the lipstick, the scarf. */
    static final List<Product> GIFTS = cards("BEA-6009", "BEA-6005", "APP-2012");
    /** Two perfumes and the lipstick. */
    static final List<Product> PERFUMES = cards("BEA-6009", "BEA-6029", "BEA-6005");

    static List<Product> cards(String... skus) {
        return java.util.Arrays.stream(skus).map(sku -> CATALOGUE.find(sku).orElseThrow()).toList();
    }

    static Optional<ShownCardQuestion> ask(String text) {
        return ShownCardQuestion.of(text, GIFTS, null, null, null);
    }

    /** "question sku@position" for a card, "question beyond N", "question which [..]", or "none". */
    static String read(Optional<ShownCardQuestion> asked) {
        return asked.map(q -> q.question().code() + " " + (q.aboutACard() ? q.sku() + "@" + q.position()
                : q.beyondTheCards() ? "beyond " + q.position() : "which " + q.choices())).orElse("none");
    }

    static String read(String text) {
        return read(ask(text));
    }

    @Test
    void chineseOrdinalsPointByPlace() {
        assertThat(read("第二个有货吗")).isEqualTo("stock BEA-6005@2");
        assertThat(read("第一个多少钱")).isEqualTo("price BEA-6009@1");
        assertThat(read("第三个什么价格")).isEqualTo("price APP-2012@3");
        assertThat(read("第2个有库存吗")).isEqualTo("stock BEA-6005@2");
        assertThat(read("第一款有哪些颜色")).isEqualTo("colours BEA-6009@1");
        assertThat(read("最后一个还有货吗")).isEqualTo("stock APP-2012@3");
        assertThat(read("2号有什么尺码")).isEqualTo("sizes BEA-6005@2");
        assertThat(read("第二个能分期吗")).isEqualTo("instalments BEA-6005@2");
        assertThat(read("介绍一下第一个")).isEqualTo("details BEA-6009@1");
        assertThat(read("我要第二个")).isEqualTo("buy BEA-6005@2");
        assertThat(read("第三个怎么买")).isEqualTo("buy APP-2012@3");
        assertThat(read("第２个有货吗")).as("a full-width digit").isEqualTo("stock BEA-6005@2");
    }

    @Test
    void aSizeNamedWithACardsPlaceAsksWhetherThatCardComesInIt() {
        // "The second one in XL?" after three jackets was read as a refinement: all three came back in XL (stop 32).
        List<Product> jackets = cards("APP-2002", "APP-2001", "APP-2032");
        assertThat(read(ShownCardQuestion.of("the second one in XL?", jackets, null, null, null)))
                .isEqualTo("sizes APP-2001@2");
        assertThat(read(ShownCardQuestion.of("the last one in a 42?", jackets, null, null, null)))
                .isEqualTo("sizes APP-2032@3");
        assertThat(read(ShownCardQuestion.of("any in XL?", jackets, null, null, null))).as("no card pointed at")
                .isEqualTo("none");
    }

    @Test
    void englishOrdinalsPointByPlace() {
        assertThat(read("is the second one in stock?")).isEqualTo("stock BEA-6005@2");
        assertThat(read("how much is the first one?")).isEqualTo("price BEA-6009@1");
        assertThat(read("what sizes does the third one come in?")).isEqualTo("sizes APP-2012@3");
        assertThat(read("what's the price of the last one")).isEqualTo("price APP-2012@3");
        assertThat(read("is number 2 available?")).isEqualTo("stock BEA-6005@2");
        assertThat(read("how much is #2")).isEqualTo("price BEA-6005@2");
        assertThat(read("the 2nd one, how much?")).isEqualTo("price BEA-6005@2");
        assertThat(read("is the 2nd in stock?")).isEqualTo("stock BEA-6005@2");
        assertThat(read("can I pay for the first one in instalments?")).isEqualTo("instalments BEA-6009@1");
        assertThat(read("I'll take the second one")).isEqualTo("buy BEA-6005@2");
        assertThat(read("tell me more about the third one")).isEqualTo("details APP-2012@3");
    }

    @Test
    void aPlaceBeyondTheCardsIsAQuestionAnsweredWithTheCardsThereAre() {
        assertThat(read("第五个有货吗")).isEqualTo("stock beyond 5");
        assertThat(read("is the fifth one in stock?")).isEqualTo("stock beyond 5");
        assertThat(read("how much is #4")).isEqualTo("price beyond 4");
    }

    @Test
    void aWordOfOneCardsNamePointsAtIt() {
        assertThat(read("那个口红多少钱")).isEqualTo("price BEA-6005@2");
        assertThat(read("口红多少钱")).as("Chinese leaves the determiner out").isEqualTo("price BEA-6005@2");
        assertThat(read("围巾有货吗")).isEqualTo("stock APP-2012@3");
        assertThat(read("is the lipstick in stock?")).isEqualTo("stock BEA-6005@2");
        assertThat(read("how much is the scarf?")).isEqualTo("price APP-2012@3");
        assertThat(read("what's the price of the scarf")).isEqualTo("price APP-2012@3");
        assertThat(read("tell me more about the perfume")).as("a tag").isEqualTo("details BEA-6009@1");
        assertThat(read(ShownCardQuestion.of("does the scarf come in black?", GIFTS, null, null, "black")))
                .isEqualTo("colours APP-2012@3");
        assertThat(read(ShownCardQuestion.of("那个口红有红色吗", GIFTS, null, null, "red"))).isEqualTo("colours BEA-6005@2");
    }

    @Test
    void aWordSeveralCardsHaveAsksWhichOneAfterADeterminerAndIsNoCardWithout() {
        assertThat(read(ShownCardQuestion.of("那个香水多少钱", PERFUMES, null, null, null))).isEqualTo("price which [1, 2]");
        assertThat(read(ShownCardQuestion.of("how much is the perfume?", PERFUMES, null, null, null)))
                .isEqualTo("price which [1, 2]");
        assertThat(read(ShownCardQuestion.of("香水多少钱", PERFUMES, null, null, null))).isEqualTo("none");
        assertThat(read(ShownCardQuestion.of("那个木质香水多少钱", PERFUMES, null, null, null))).isEqualTo("price BEA-6029@2");
    }

    @Test
    void aDemonstrativeIsTheCardJustDiscussedOrTheOnlyOneAndAfterSeveralAsksWhich() {
        assertThat(read("这个有货吗")).as("three cards, none discussed").isEqualTo("stock which [1, 2, 3]");
        assertThat(read("is it in stock?")).isEqualTo("stock which [1, 2, 3]");
        assertThat(read("它")).as("no question").isEqualTo("none");
        assertThat(read(ShownCardQuestion.of("这个多少钱", GIFTS, "BEA-6005", CardQuestion.STOCK, null)))
                .isEqualTo("price BEA-6005@2");
        assertThat(read(ShownCardQuestion.of("它能分期吗", GIFTS, "BEA-6009", CardQuestion.STOCK, null)))
                .isEqualTo("instalments BEA-6009@1");
        assertThat(read(ShownCardQuestion.of("tell me more about it", GIFTS, "APP-2012", CardQuestion.PRICE, null)))
                .isEqualTo("details APP-2012@3");
        assertThat(read(ShownCardQuestion.of("how do I buy it", GIFTS, "APP-2012", CardQuestion.PRICE, null)))
                .isEqualTo("buy APP-2012@3");
        assertThat(read(ShownCardQuestion.of("就要这个", GIFTS, "APP-2012", CardQuestion.PRICE, null)))
                .isEqualTo("buy APP-2012@3");
        assertThat(read(ShownCardQuestion.of("does it come in black?", GIFTS, "APP-2012", CardQuestion.PRICE, "black")))
                .isEqualTo("colours APP-2012@3");
        List<Product> one = cards("HOM-4008");
        assertThat(read(ShownCardQuestion.of("this one, how much?", one, null, null, null))).isEqualTo("price HOM-4008@1");
        assertThat(read(ShownCardQuestion.of("这款有货吗", one, null, null, null))).isEqualTo("stock HOM-4008@1");
    }

    @Test
    void aMessageThatIsOnlyTheQuestionIsAboutTheCardJustDiscussed() {
        assertThat(read(ShownCardQuestion.of("多少钱", GIFTS, "BEA-6005", CardQuestion.STOCK, null))).isEqualTo("price BEA-6005@2");
        assertThat(read(ShownCardQuestion.of("能分期吗", GIFTS, "BEA-6009", CardQuestion.STOCK, null)))
                .isEqualTo("instalments BEA-6009@1");
        assertThat(read(ShownCardQuestion.of("how much?", GIFTS, "APP-2012", CardQuestion.STOCK, null))).isEqualTo("price APP-2012@3");
        assertThat(read("多少钱")).as("nothing discussed, three cards").isEqualTo("none");
        assertThat(read(ShownCardQuestion.of("你们能分期吗", GIFTS, "BEA-6009", CardQuestion.STOCK, null)))
                .as("about the shop").isEqualTo("none");
        assertThat(read(ShownCardQuestion.of("还有吗", GIFTS, "BEA-6009", CardQuestion.STOCK, null)))
                .as("asks for more products").isEqualTo("none");
    }

    @Test
    void toBuySomeOfTheOnlyCardIsToBuyIt() {
        List<Product> scarf = cards("APP-2012");
        assertThat(read(ShownCardQuestion.of("我要买两条", scarf, null, null, null))).isEqualTo("buy APP-2012@1");
        assertThat(read(ShownCardQuestion.of("就要2件", scarf, null, null, null))).isEqualTo("buy APP-2012@1");
        assertThat(read(ShownCardQuestion.of("我要买两条", GIFTS, "APP-2012", CardQuestion.PRICE, null))).isEqualTo("buy APP-2012@3");
        assertThat(read("我要买两条")).as("three cards, none discussed").isEqualTo("none");
        assertThat(read(ShownCardQuestion.of("我要买两条裤子", scarf, null, null, null))).as("another thing").isEqualTo("none");
    }

    @Test
    void aMessageThatOnlyPointsAsksWhatWasLastAskedElseTheDetails() {
        assertThat(read(ShownCardQuestion.of("第三个呢", GIFTS, "BEA-6005", CardQuestion.STOCK, null))).isEqualTo("stock APP-2012@3");
        assertThat(read(ShownCardQuestion.of("what about the first one?", GIFTS, "BEA-6005", CardQuestion.PRICE, null)))
                .isEqualTo("price BEA-6009@1");
        assertThat(read("第二个")).isEqualTo("details BEA-6005@2");
        assertThat(read("那个口红")).isEqualTo("details BEA-6005@2");
    }

    @Test
    void countsTimesAndDaysAreNoCards() {
        assertThat(read("第二次下单有优惠吗")).isEqualTo("none");
        assertThat(read("第二次买还有货吗")).isEqualTo("none");
        assertThat(read("the second time I ordered it was out of stock")).isEqualTo("none");
        assertThat(read("I want two shirts")).isEqualTo("none");
        assertThat(read("do you have two in stock?")).isEqualTo("none");
        assertThat(read("第一个问题是多少钱")).isEqualTo("none");
        assertThat(read("2号能到吗")).isEqualTo("none");
        assertThat(read("can it arrive by the 2nd?")).isEqualTo("none");
        assertThat(read("is it available on the 2nd?")).isEqualTo("none");
        assertThat(read("what's my order number 2 price")).isEqualTo("none");
        assertThat(read("last time the price was lower")).isEqualTo("none");
        assertThat(read("how much is #0")).as("places count from 1").isEqualTo("none");
        assertThat(read("第0个多少钱")).isEqualTo("none");
    }

    @Test
    void otherProductsOrdersAndDiscountsAreNoQuestionAboutACard() {
        assertThat(read("有便宜点的吗")).isEqualTo("none");
        assertThat(read("有没有比第二个便宜的")).isEqualTo("none");
        assertThat(read("anything cheaper than the second one?")).isEqualTo("none");
        assertThat(read("第二个能便宜点吗")).as("haggling").isEqualTo("none");
        assertThat(read("我要退第二个")).isEqualTo("none");
        assertThat(read("how much is shipping for the first one?")).isEqualTo("none");
        assertThat(read("有没有跑步鞋")).isEqualTo("none");
        assertThat(read("跑步鞋多少钱")).as("another kind of product").isEqualTo("none");
        List<Product> runningShoes = cards("SHO-1017", "SHO-1009", "SHO-1015");
        assertThat(read(ShownCardQuestion.of("跑步鞋多少钱", runningShoes, null, null, null)))
                .as("a word all the cards share, 跑鞋: running shoes").isEqualTo("none");
        assertThat(read(ShownCardQuestion.of("那个日常训练跑步鞋多少钱", runningShoes, null, null, null)))
                .isEqualTo("price SHO-1015@3");
        assertThat(read("有黑色的吗")).as("refines the cards").isEqualTo("none");
        assertThat(read("do you have them in black?")).isEqualTo("none");
        assertThat(read("口红")).as("no question").isEqualTo("none");
        assertThat(ShownCardQuestion.of("第二个有货吗", List.of(), null, null, null)).as("no cards shown").isEmpty();
    }
}
