package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.CardComparison;
import io.shopdesk.recommendation.internal.CardComparison.Aspect;
import io.shopdesk.recommendation.internal.CardQuestion;
import io.shopdesk.recommendation.internal.RatingSummary;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.recommendation.internal.ShownCardQuestion;
import io.shopdesk.recommendation.internal.ValueNames;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words of a comparison of cards just shown, from the real texts, value names and catalogue: what differs side by
 * side, which is cheaper and by how much, and for "which is better" only what the shop's data says (shoppers, ratings
 * from three up, the colour asked about); and several questions about cards answered in one reply.
 */
class CardComparisonRepliesTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));
    static final RecommendationTexts TEXTS = RecommendationTexts.load(Path.of("rules/recommendation"));
    static final ValueNames NAMES = ValueNames.read(Path.of("knowledge-base/products/value-names.csv"));
    static final RecommendationSettings SETTINGS = new RecommendationSettings(Path.of("knowledge-base/products"),
            "recommendation", 3, null, 7.2, "/products/", 0);
    /** 帮我推荐一款适合送女朋友的礼物: the perfume (¥880), the lipstick (¥189), the scarf (¥399). */
    static final List<Product> GIFTS = cards("BEA-6009", "BEA-6005", "APP-2012");
    /** 有没有跑步鞋: the waterproof trail shoes (¥899, 12 left), the trail shoes (¥799), the daily trainers (¥329). */
    static final List<Product> RUNNING_SHOES = cards("SHO-1017", "SHO-1009", "SHO-1015");

    static List<Product> cards(String... skus) {
        return Arrays.stream(skus).map(sku -> CATALOGUE.find(sku).orElseThrow()).toList();
    }

    static RecommendationDecision decision() {
        RecommendationDecision decision = new RecommendationDecision();
        decision.recommend("shown_card", "shown", "AnswerAboutShownCard");
        return decision;
    }

    static ShownCardReplies replies(Language language) {
        return new ShownCardReplies(TEXTS, NAMES, SETTINGS, CATALOGUE, "test", language);
    }

    static ProductSuggestions compare(Language language, Aspect aspect, List<Product> shown,
                                      CardComparisonReplies.Signals signals, Integer... positions) {
        return new CardComparisonReplies(replies(language), NAMES, "test", language)
                .answer(new CardComparison(aspect, List.of(positions)), shown, decision(), signals);
    }

    @Test
    void theDifferencesSideBySideInBothLanguages() {
        ProductSuggestions zh = compare(Language.ZH, Aspect.DIFFERENCE, RUNNING_SHOES, CardComparisonReplies.Signals.NONE, 1, 2);
        assertThat(zh.text()).isEqualTo("下面对比一下第1款踏峰防水越野跑鞋和第2款踏峰越野跑鞋。价格：第1款899元，第2款799元，"
                + "第2款便宜100元。颜色：第1款灰色，第2款绿色。尺码：第1款39-46，第2款39-45。都有现货。都支持分期付款。");
        assertThat(zh.cards()).extracting(ProductCard::sku).containsExactly("SHO-1017", "SHO-1009");
        assertThat(zh.cards()).extracting(ProductCard::why).containsExactly("有现货", "有现货");
        assertThat(zh.cards()).extracting(ProductCard::model).containsOnly("catalogue");
        assertThat(zh.reason()).containsEntry("question", "compare").containsEntry("aspect", "difference")
                .containsEntry("compared", List.of("SHO-1017", "SHO-1009")).containsEntry("positions", List.of(1, 2));

        ProductSuggestions en = compare(Language.EN, Aspect.DIFFERENCE, RUNNING_SHOES, CardComparisonReplies.Signals.NONE, 1, 3);
        assertThat(en.text()).isEqualTo("Here's how #1 TrailPeak Waterproof Trail Running Shoes and #3 SwiftStride Daily"
                + " Running Shoes compare. Price: #1 ¥899, #3 ¥329; #3 is ¥570 cheaper. Brand: #1 TrailPeak, #3 SwiftStride."
                + " Colour: #1 grey, #3 white. Size: #1 39-46, #3 36-45. All in stock. Instalments: #1 yes, #3 no.");
    }

    @Test
    void stockDiffersWhenACardIsLowOrSoldOut() {
        List<Product> shown = cards("SHO-1031", "SHO-1015", "HOM-4008");
        ProductSuggestions zh = compare(Language.ZH, Aspect.DIFFERENCE, shown, CardComparisonReplies.Signals.NONE, 1, 2);
        assertThat(zh.text()).contains("库存：第1款暂时缺货，第2款有现货。");
        assertThat(zh.cards()).extracting(ProductCard::why).containsExactly("暂时缺货，可设置到货提醒", "有现货");
    }

    @Test
    void whichIsCheaperNamesItAndByHowMuch() {
        assertThat(compare(Language.ZH, Aspect.CHEAPER, GIFTS, CardComparisonReplies.Signals.NONE, 1, 2).text())
                .isEqualTo("第2款丝绒哑光口红更便宜：189元，比第1款便宜691元。");
        assertThat(compare(Language.EN, Aspect.CHEAPER, GIFTS, CardComparisonReplies.Signals.NONE, 1, 2).text())
                .isEqualTo("The cheaper one is #2, the Velvet Matte Lipstick: ¥189, ¥691 less than #1.");
        assertThat(compare(Language.ZH, Aspect.CHEAPER, GIFTS, CardComparisonReplies.Signals.NONE, 1, 2, 3).text())
                .isEqualTo("第2款丝绒哑光口红最便宜，189元；第1款880元，第3款399元。");
        assertThat(compare(Language.EN, Aspect.CHEAPER, GIFTS, CardComparisonReplies.Signals.NONE, 1, 2, 3).text())
                .isEqualTo("The cheapest is #2, the Velvet Matte Lipstick, at ¥189; #1 ¥880, #3 ¥399.");
        assertThat(compare(Language.ZH, Aspect.PRICIER, GIFTS, CardComparisonReplies.Signals.NONE, 2, 3).text())
                .isEqualTo("第3款羊绒围巾更贵：399元，比第2款贵210元。");
        assertThat(compare(Language.EN, Aspect.PRICIER, GIFTS, CardComparisonReplies.Signals.NONE, 2, 3).reason())
                .containsEntry("sku", "APP-2012");
    }

    @Test
    void cardsOfOnePriceCostTheSameAndACheaperOneSoldOutIsSaidToBe() {
        List<Product> sameBudget = cards("HOM-4008", "BEA-6026", "BEA-6016");
        assertThat(compare(Language.ZH, Aspect.CHEAPER, sameBudget, CardComparisonReplies.Signals.NONE, 1, 2, 3).text())
                .isEqualTo("价格一样，都是129元。");
        assertThat(compare(Language.EN, Aspect.CHEAPER, sameBudget, CardComparisonReplies.Signals.NONE, 1, 2, 3).reason())
                .doesNotContainKey("sku");
        List<Product> slides = cards("SHO-1031", "SHO-1015");
        assertThat(compare(Language.EN, Aspect.CHEAPER, slides, CardComparisonReplies.Signals.NONE, 1, 2).text())
                .isEqualTo("The cheaper one is #1, the CloudWalk Recovery Slides: ¥159, ¥170 less than #2. #1 is out of"
                        + " stock at the moment, though: tap Notify Me on its page.");
    }

    @Test
    void whichOneIsInStockNamesThoseInStockHowManyAreLeftWhenFewAndThoseSoldOut() {
        ProductSuggestions zh = compare(Language.ZH, Aspect.IN_STOCK, RUNNING_SHOES, CardComparisonReplies.Signals.NONE, 1, 2, 3);
        assertThat(zh.text()).isEqualTo("第1款踏峰防水越野跑鞋、第2款踏峰越野跑鞋和第3款疾速日常训练跑步鞋都有现货。");
        assertThat(zh.reason()).containsEntry("aspect", "in_stock").containsEntry("inStock", List.of("SHO-1017", "SHO-1009", "SHO-1015"))
                .doesNotContainKey("sku");
        assertThat(zh.cards()).extracting(ProductCard::sku).containsExactly("SHO-1017", "SHO-1009", "SHO-1015");
        List<Product> mixed = List.of(withStock("SHO-1017", 3), withStock("SHO-1009", 0), withStock("SHO-1015", 40));
        assertThat(compare(Language.ZH, Aspect.IN_STOCK, mixed, CardComparisonReplies.Signals.NONE, 1, 2, 3).text())
                .isEqualTo("第1款踏峰防水越野跑鞋和第3款疾速日常训练跑步鞋有现货。其中第1款只剩3件了，喜欢的话要抓紧哦。"
                        + "第2款踏峰越野跑鞋暂时缺货，可以在商品页点击“到货提醒”，到货后我们会第一时间通知您。");
        assertThat(compare(Language.EN, Aspect.IN_STOCK, mixed, CardComparisonReplies.Signals.NONE, 1, 2, 3).text())
                .isEqualTo("In stock: #1 TrailPeak Waterproof Trail Running Shoes and #3 SwiftStride Daily Running Shoes."
                        + " #1 has only 3 left. Sold out for now: #2 TrailPeak Trail Running Shoes; tap Notify Me on the"
                        + " product page and we'll message you as soon as it's back.");
        ProductSuggestions one = compare(Language.EN, Aspect.IN_STOCK, mixed, CardComparisonReplies.Signals.NONE, 2, 3);
        assertThat(one.text()).isEqualTo("In stock: #3 SwiftStride Daily Running Shoes. Sold out for now: #2 TrailPeak"
                + " Trail Running Shoes; tap Notify Me on the product page and we'll message you as soon as it's back.");
        assertThat(one.reason()).as("the one in stock is what \"it\" next means").containsEntry("sku", "SHO-1015");
        List<Product> none = List.of(withStock("SHO-1017", 0), withStock("SHO-1009", 0));
        assertThat(compare(Language.EN, Aspect.IN_STOCK, none, CardComparisonReplies.Signals.NONE, 1, 2).text())
                .isEqualTo("None of them is in stock at the moment: #1 TrailPeak Waterproof Trail Running Shoes and #2"
                        + " TrailPeak Trail Running Shoes. Tap Notify Me on a product page and we'll message you as soon as it's back.");
        assertThat(compare(Language.ZH, Aspect.IN_STOCK, none, CardComparisonReplies.Signals.NONE, 1, 2).text())
                .isEqualTo("第1款踏峰防水越野跑鞋和第2款踏峰越野跑鞋都暂时缺货。您可以在商品页点击“到货提醒”，到货后我们会第一时间通知您。");
    }

    /** A catalogue product with another stock: the demo catalogue has no product with one to five left. */
    static Product withStock(String sku, int stock) {
        Product p = CATALOGUE.find(sku).orElseThrow();
        return new Product(p.sku(), p.nameZh(), p.nameEn(), p.category(), p.brand(), p.price(), stock, p.attributes(),
                p.tags(), p.instalments());
    }

    @Test
    void whichIsBetterTellsWhatTheDataSaysAndNoJudgementOfQuality() {
        CardComparisonReplies.Signals signals = new CardComparisonReplies.Signals(Map.of("BEA-6005", 18, "APP-2012", 35),
                Map.of("BEA-6005", new RatingSummary(3, 4.0), "APP-2012", new RatingSummary(2, 5.0)), "red");
        ProductSuggestions zh = compare(Language.ZH, Aspect.BETTER, GIFTS, signals, 2, 3);
        assertThat(zh.text()).isEqualTo("哪款更好要看您的需要，质量上我没法替您下结论。下面是第2款丝绒哑光口红和第3款羊绒围巾在商品资料"
                + "和店里数据上的对比。价格：第2款189元，第3款399元，第2款便宜210元。品牌：第2款Camellia，第3款Jasmine Lane。都有现货。"
                + "第3款在店里更受欢迎，看过或买过的顾客更多（第2款18位，第3款35位）。买家评分：第2款4.0分（3人评分）。"
                + "您问过的红色，只有第2款有。");
        assertThat(zh.reason()).containsEntry("aspect", "better").containsEntry("popular", "APP-2012");
        ProductSuggestions en = compare(Language.EN, Aspect.BETTER, GIFTS, signals, 2, 3);
        assertThat(en.text()).isEqualTo("Which is better depends on what you need, and I can't judge quality for you. Here's"
                + " what the catalogue and our shop's data say about #2 Velvet Matte Lipstick and #3 Cashmere Scarf. Price:"
                + " #2 ¥189, #3 ¥399; #2 is ¥210 cheaper. Brand: #2 Camellia, #3 Jasmine Lane. All in stock. #3 is more"
                + " popular: more shoppers here have viewed or bought it (#2: 18 shoppers, #3: 35 shoppers). Shopper ratings:"
                + " #2 4.0/5 from 3. In red, which you asked about, there's only #2.");
        assertThat(en.cards()).extracting(ProductCard::sku).containsExactly("BEA-6005", "APP-2012");
    }

    @Test
    void aFewShoppersMoreIsNoPopularityClaim() {
        CardComparisonReplies.Signals close = new CardComparisonReplies.Signals(Map.of("SHO-1017", 53, "SHO-1009", 50),
                Map.of(), null);
        ProductSuggestions zh = compare(Language.ZH, Aspect.BETTER, RUNNING_SHOES, close, 1, 2);
        assertThat(zh.text()).endsWith("都有现货。都支持分期付款。在店里看过或买过的顾客数差不多（第1款53位，第2款50位）。");
        assertThat(zh.reason()).doesNotContainKey("popular");
        assertThat(CardShopperSignals.mostPopular(RUNNING_SHOES.subList(0, 2), Map.of("SHO-1017", 9, "SHO-1009", 4)))
                .as("a quarter more and five more").isEqualTo("SHO-1017");
        assertThat(CardShopperSignals.mostPopular(RUNNING_SHOES.subList(0, 2), Map.of("SHO-1017", 8, "SHO-1009", 4)))
                .as("twice as many, but only four more").isNull();
    }

    @Test
    void unclearWhichCardsAsksWhichOnes() {
        ProductSuggestions zh = compare(Language.ZH, Aspect.DIFFERENCE, GIFTS, CardComparisonReplies.Signals.NONE);
        assertThat(zh.text()).isEqualTo("您想比较哪几款呢？刚才推荐的是：第1款花香浓香水50ml、第2款丝绒哑光口红、第3款羊绒围巾。");
        assertThat(zh.cards()).isEmpty();
        ProductSuggestions en = compare(Language.EN, Aspect.BETTER, GIFTS, CardComparisonReplies.Signals.NONE);
        assertThat(en.text()).isEqualTo("Which ones would you like me to compare? I showed: 1. Floral Eau de Parfum 50ml,"
                + " 2. Velvet Matte Lipstick, 3. Cashmere Scarf.");
    }

    @Test
    void severalQuestionsAboutOneCardAreAnsweredTogetherNamingItOnce() {
        ShownCardQuestion priceAndStock = new ShownCardQuestion(List.of(CardQuestion.PRICE, CardQuestion.STOCK), null,
                "BEA-6009", 1, List.of());
        ProductSuggestions zh = replies(Language.ZH).answer(List.of(priceAndStock), GIFTS, decision(), List.of());
        assertThat(zh.text()).isEqualTo("花香浓香水50ml的价格是880元，有现货，可以直接下单。");
        assertThat(zh.reason()).containsEntry("question", "price").containsEntry("questions", List.of("price", "stock"));
        ProductSuggestions en = replies(Language.EN).answer(List.of(priceAndStock), GIFTS, decision(), List.of());
        assertThat(en.text()).isEqualTo("The price of the Floral Eau de Parfum 50ml is ¥880. In stock.");

        ShownCardQuestion sizesAndColour = new ShownCardQuestion(List.of(CardQuestion.SIZES, CardQuestion.COLOURS), "black",
                "SHO-1009", 2, List.of());
        assertThat(replies(Language.ZH).answer(List.of(sizesAndColour), RUNNING_SHOES, decision(), List.of()).text())
                .isEqualTo("踏峰越野跑鞋的尺码是39-45，颜色是绿色，没有黑色。");
        assertThat(replies(Language.EN).answer(List.of(sizesAndColour), RUNNING_SHOES, decision(), List.of()).text())
                .isEqualTo("Sizes for the TrailPeak Trail Running Shoes: 39-45. Colour: green, not black.");
    }

    @Test
    void questionsAboutSeveralCardsAreAnsweredCardByCard() {
        List<ShownCardQuestion> asked = List.of(
                new ShownCardQuestion(List.of(CardQuestion.PRICE), null, "BEA-6009", 1, List.of()),
                new ShownCardQuestion(List.of(CardQuestion.STOCK, CardQuestion.INSTALMENTS), null, "SHO-1031", 2, List.of()));
        List<Product> shown = cards("BEA-6009", "SHO-1031");
        ProductSuggestions zh = replies(Language.ZH).answer(asked, shown, decision(), List.of());
        assertThat(zh.text()).as("a line per card").isEqualTo("花香浓香水50ml的价格是880元。\n云朵运动恢复拖鞋（159元）不支持分期付款：分期只适用于标价600元及以上的商品，可以用花呗、支付宝、微信支付或银行卡全额付款。"
                + "抱歉，云朵运动恢复拖鞋暂时缺货。您可以在商品页点击“到货提醒”，到货后我们会第一时间通知您。");
        assertThat(zh.cards()).extracting(ProductCard::sku).containsExactly("BEA-6009", "SHO-1031");
        assertThat(zh.reason()).containsEntry("sku", "BEA-6009").containsKey("parts");
    }

    @Test
    void theColoursOfEveryCardAreALineEach() {
        List<ShownCardQuestion> asked = List.of(
                new ShownCardQuestion(List.of(CardQuestion.COLOURS), null, "SHO-1009", 1, List.of()),
                new ShownCardQuestion(List.of(CardQuestion.COLOURS), null, "APP-2012", 2, List.of()),
                new ShownCardQuestion(List.of(CardQuestion.COLOURS), null, "HOM-4008", 3, List.of()));
        List<Product> shown = cards("SHO-1009", "APP-2012", "HOM-4008");
        assertThat(replies(Language.EN).answer(asked, shown, decision(), List.of()).text())
                .as("'come' for a name in the plural, 'comes' for one thing, and a card without a colour said so")
                .isEqualTo("The TrailPeak Trail Running Shoes come in green.\nThe Cashmere Scarf comes in burgundy.\n"
                        + "The catalogue doesn't list a colour for the Scented Soy Candle Set; its product page has photos.");
        assertThat(replies(Language.ZH).answer(asked, shown, decision(), List.of()).text())
                .isEqualTo("踏峰越野跑鞋是绿色的。\n羊绒围巾是酒红色的。\n商品资料里没有写大豆香薰蜡烛三件套的颜色，您可以点开商品页看看实物图。");
    }

    @Test
    void aSizeAskedAboutACardIsAYesOrANoWithItsSizes() {
        ShownCardQuestion sizes = new ShownCardQuestion(List.of(CardQuestion.SIZES), null, "SHO-1009", 2, List.of());
        List<Product> shown = cards("SHO-1017", "SHO-1009", "SHO-1015");
        assertThat(sized(Language.ZH, "42").answer(List.of(sizes), shown, decision(), List.of()).text())
                .isEqualTo("有的，踏峰越野跑鞋有42码（尺码39-45）。");
        assertThat(sized(Language.ZH, "46").answer(List.of(sizes), shown, decision(), List.of()).text())
                .isEqualTo("踏峰越野跑鞋的尺码是39-45，没有46码。");
        assertThat(sized(Language.EN, "42").answer(List.of(sizes), shown, decision(), List.of()).text())
                .isEqualTo("Yes, the TrailPeak Trail Running Shoes come in size 42 (sizes 39-45).");
        assertThat(sized(Language.EN, "46").answer(List.of(sizes), shown, decision(), List.of()).text())
                .isEqualTo("The TrailPeak Trail Running Shoes come in sizes 39-45, not in 46.");
        assertThat(replies(Language.EN).answer(List.of(sizes), shown, decision(), List.of()).text())
                .as("no size named: the sizes").isEqualTo("Sizes for the TrailPeak Trail Running Shoes: 39-45.");
    }

    private static ShownCardReplies sized(Language language, String size) {
        return new ShownCardReplies(TEXTS, NAMES, SETTINGS, CATALOGUE, "test", language, size);
    }
}
