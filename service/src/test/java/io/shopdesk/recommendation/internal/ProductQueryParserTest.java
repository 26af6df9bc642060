package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductProblem;
import io.shopdesk.recommendation.ProductQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filters read from messages: category and term from entities, attribute words, price ceilings in CNY. */
class ProductQueryParserTest {
    final ProductQueryParser parser = new ProductQueryParser(Path.of("knowledge-base/products/attributes.csv"), 7.2,
            ProductCatalogue.read(Path.of("knowledge-base/products/products.csv")));

    private static Analysis analysis(String text, Language language, List<Entity> entities) {
        return new Analysis(text, language, false, true, language.code(), List.of(), entities, null, Map.of());
    }

    @Test
    void aProblemWithAProductTheShopperHasIsToldFromAShoppingRequest() {
        for (String problem : List.of("the jacket doesn't fit", "The jacket doesn’t fit", "my earbuds are BROKEN",
                "these shoes are too small", "衣服尺码不合适", "耳机坏了怎么办", "鞋子小了", "Arrived damaged")) {
            assertThat(parser.statesProductProblem(problem)).as(problem).isTrue();
        }
        for (String request : List.of("I'm broke, any cheap headphones?", "儿子长大了，想买双新鞋", "我有问题想问一下",
                "is this jacket true to size", "a fitness tracker", "brokenhearted songs", "推荐一件合适的外套")) {
            assertThat(parser.statesProductProblem(request)).as(request).isFalse();
        }
    }

    @Test
    void aFaultIsToldFromAFitProblem() {
        for (String fault : List.of("the mug I got arrived broken", "my headphones stopped working",
                "the jacket I received is torn", "I got the wrong item", "收到的围巾有破洞", "我买的杯子拆开发现裂了",
                "东西收到了是坏的", "快递包裹破了，东西摔坏了", "打开发现少了零件", "这个充电宝不能用", "the jacket doesn't fit and it's torn")) {
            assertThat(parser.productProblem(fault)).as(fault).isEqualTo(ProductProblem.FAULT);
        }
        for (String fit : List.of("the jacket doesn't fit", "these shoes are too small", "衣服尺码不合适", "鞋子小了")) {
            assertThat(parser.productProblem(fit)).as(fit).isEqualTo(ProductProblem.FIT);
        }
        for (String none : List.of("有洞洞鞋吗", "想给孩子买个变形金刚", "show me some jackets", "我有问题想问一下")) {
            assertThat(parser.productProblem(none)).as(none).isEqualTo(ProductProblem.NONE);
        }
    }

    @Test
    void wirelessEarbudsUnderFiftyDollars() {
        String text = "wireless earbuds under $50";
        ProductQuery q = parser.parse(analysis(text, Language.EN,
                List.of(new Entity(Entity.CATEGORY, "earbuds", 9, 16, "electronics", "catalogue"))));
        assertThat(q).isEqualTo(new ProductQuery("electronics", "earbuds", Map.of("wireless", "true"),
                new BigDecimal("360.00"), null));
    }

    @Test
    void whomTheProductsAreForAndAGift() {
        assertThat(parser.parse(analysis("a gift for my mom under 300", Language.EN, List.of())))
                .isEqualTo(new ProductQuery(null, null, Map.of(), new BigDecimal("300"), null, "women", true));
        assertThat(parser.parse(analysis("给我爸买个生日礼物", Language.ZH, List.of())))
                .isEqualTo(new ProductQuery(null, null, Map.of(), null, null, "men", true));
        assertThat(parser.parse(analysis("something for my dad", Language.EN, List.of())).recipient()).isEqualTo("men");
        assertThat(parser.parse(analysis("3岁宝宝的鞋", Language.ZH, List.of())).maxPrice()).as("an age, not a price").isNull();
    }

    @Test
    void whatThePersonLikesBesideWhomTheProductsAreFor() {
        assertThat(parser.parse(analysis("looking for a gift for my dad, he likes running", Language.EN, List.of())))
                .isEqualTo(new ProductQuery(null, null, Map.of(), null, null, "men", true, null, null, List.of("running")));
        assertThat(parser.parse(analysis("给我爸买个礼物，他喜欢跑步", Language.ZH, List.of())))
                .isEqualTo(new ProductQuery(null, null, Map.of(), null, null, "men", true, null, null, List.of("running")));
        assertThat(parser.parse(analysis("给喜欢跑步的老爸买礼物", Language.ZH, List.of())).interests()).containsExactly("running");
        assertThat(parser.parse(analysis("a gift for my mom who loves cooking under 300", Language.EN, List.of())))
                .isEqualTo(new ProductQuery(null, null, Map.of(), new BigDecimal("300"), null, "women", true, null, null,
                        List.of("cookware", "kitchen")));
        assertThat(parser.parse(analysis("something for a runner", Language.EN, List.of())).interests()).containsExactly("running");
        assertThat(parser.parse(analysis("a gift for my mom", Language.EN, List.of())).interests()).isEmpty();
        ProductQuery shoes = parser.parse(analysis("running shoes under 500", Language.EN,
                List.of(new Entity(Entity.CATEGORY, "running shoes", 0, 13, "shoes", "catalogue"))));
        assertThat(shoes).as("a product word is no interest")
                .isEqualTo(new ProductQuery("shoes", "running shoes", Map.of(), new BigDecimal("500"), null));
    }

    @Test
    void chineseRunningShoes() {
        ProductQuery q = parser.parse(analysis("推荐一款跑步鞋", Language.ZH,
                List.of(new Entity(Entity.CATEGORY, "跑步鞋", 4, 7, "shoes", "catalogue"))));
        assertThat(q).isEqualTo(new ProductQuery("shoes", "跑步鞋", Map.of(), null, null));
    }

    @Test
    void chineseCeilingsAndAttributes() {
        assertThat(parser.parse(analysis("500元以内的防水外套", Language.ZH, List.of())).maxPrice()).isEqualByComparingTo("500");
        assertThat(parser.parse(analysis("不超过300的黑色鞋", Language.ZH, List.of())))
                .isEqualTo(new ProductQuery(null, null, Map.of("color", "black"), new BigDecimal("300"), null));
        assertThat(parser.parse(analysis("预算100美元", Language.ZH, List.of())).maxPrice()).isEqualByComparingTo("720");
        assertThat(parser.parse(analysis("防水的", Language.ZH, List.of())).attributes()).isEqualTo(Map.of("waterproof", "*"));
    }

    @Test
    void aPriceNamedAsTheProductsIsTheBudget() {
        assertThat(parser.parse(analysis("我想买个3000元的笔记本", Language.ZH, List.of())).maxPrice()).isEqualByComparingTo("3000");
        assertThat(parser.parse(analysis("五百块的耳机", Language.ZH, List.of())).maxPrice()).as("Chinese numerals, since stop 22")
                .isEqualByComparingTo("500");
        assertThat(parser.parse(analysis("what about 2 pairs of socks", Language.EN, List.of())).maxPrice()).as("no currency").isNull();
        assertThat(parser.parse(analysis("买2双袜子", Language.ZH, List.of())).maxPrice()).isNull();
    }

    @Test
    void aroundAPriceIsABandOfTwentyPercentEitherSide() {
        ProductQuery phones = parser.parse(analysis("2000左右的手机", Language.ZH, List.of()));
        assertThat(phones.minPrice()).isEqualByComparingTo("1600");
        assertThat(phones.maxPrice()).isEqualByComparingTo("2400");
        assertThat(phones.aroundPrice()).isEqualByComparingTo("2000");
        assertThat(parser.parse(analysis("1.5万上下的电脑", Language.ZH, List.of())).maxPrice()).isEqualByComparingTo("18000");
        assertThat(parser.parse(analysis("a laptop around 4000 yuan", Language.EN, List.of())).minPrice()).isEqualByComparingTo("3200");
        ProductQuery headphones = parser.parse(analysis("headphones for about $80", Language.EN, List.of()));
        assertThat(headphones.aroundPrice()).isEqualByComparingTo("576.00");
        assertThat(headphones.minPrice()).isEqualByComparingTo("460.80");
        assertThat(headphones.maxPrice()).isEqualByComparingTo("691.20");
        // A height, weight or size "左右" is no price; with a currency it is.
        assertThat(parser.parse(analysis("有没有适合身高170左右的羽绒服", Language.ZH, List.of())).hasPrice()).isFalse();
        assertThat(parser.parse(analysis("体重60公斤左右穿多大", Language.ZH, List.of())).hasPrice()).isFalse();
        assertThat(parser.parse(analysis("42码左右的跑鞋", Language.ZH, List.of())).hasPrice()).isFalse();
        assertThat(parser.parse(analysis("身高170左右，500元左右的羽绒服", Language.ZH, List.of())).aroundPrice()).isEqualByComparingTo("500");
    }

    @Test
    void ceilingsWithThousandsSeparatorsMultipliersAndColloquialUnits() {
        assertThat(parser.parse(analysis("running shoes under 1,000 yuan", Language.EN, List.of())).maxPrice())
                .isEqualByComparingTo("1000");
        assertThat(parser.parse(analysis("earbuds under 1k", Language.EN, List.of())).maxPrice()).isEqualByComparingTo("1000");
        assertThat(parser.parse(analysis("headphones under $1,200", Language.EN, List.of())).maxPrice())
                .isEqualByComparingTo("8640");
        assertThat(parser.parse(analysis("500块钱以内的耳机", Language.ZH, List.of())).maxPrice()).isEqualByComparingTo("500");
        assertThat(parser.parse(analysis("预算1.5万的电脑", Language.ZH, List.of())).maxPrice()).isEqualByComparingTo("15000");
        assertThat(parser.parse(analysis("3千以内", Language.ZH, List.of())).maxPrice()).isEqualByComparingTo("3000");
        assertThat(parser.parse(analysis("a bag under 5 kg", Language.EN, List.of())).maxPrice()).isNotEqualByComparingTo("5000");
    }

    @Test
    void anEnglishBudgetIsACeiling() {
        assertThat(parser.parse(analysis("I want a laptop for my daughter, budget 5000", Language.EN, List.of())).maxPrice())
                .isEqualByComparingTo("5000");
        assertThat(parser.parse(analysis("my budget is around 300 yuan", Language.EN, List.of())).maxPrice())
                .isEqualByComparingTo("300");
        assertThat(parser.parse(analysis("budget of $100", Language.EN, List.of())).maxPrice()).isEqualByComparingTo("720");
    }

    @Test
    void noCeilingWithoutACeilingWord() {
        assertThat(parser.parse(analysis("I paid $50 for shoes", Language.EN, List.of())).maxPrice()).isNull();
        assertThat(parser.parse(analysis("I'm bored", Language.EN, List.of())).attributes()).isEmpty();
    }
}
