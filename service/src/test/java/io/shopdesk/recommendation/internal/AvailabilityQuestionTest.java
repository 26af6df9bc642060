package io.shopdesk.recommendation.internal;

import static io.shopdesk.recommendation.internal.TaggedMessage.chinese;
import static io.shopdesk.recommendation.internal.TaggedMessage.english;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.recommendation.ProductCatalogue;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether the shipped catalogue carries the thing a shopper names, and by which word its products are found. */
class AvailabilityQuestionTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));
    static final Set<String> ATTRIBUTE_WORDS = Set.of("黑色", "black", "wireless");

    private static AvailabilityQuestion asked(Analysis analysis) {
        return AvailabilityQuestion.of(analysis, CATALOGUE, ATTRIBUTE_WORDS::contains);
    }

    @Test
    void aThingNoProductIsIsNamedWithoutACatalogueWord() {
        assertThat(asked(chinese("你们/rr 卖/v 手机/n 吗/y"))).isEqualTo(new AvailabilityQuestion("手机", null, false));
        assertThat(asked(chinese("有/vyou 汽车/n 卖/v 吗/y"))).isEqualTo(new AvailabilityQuestion("汽车", null, false));
        assertThat(asked(english("do/VERB you/PRON sell/VERB sofas/ADV ?/PUNCT"))).isEqualTo(new AvailabilityQuestion("sofas", null, false));
        assertThat(asked(english("do/VERB you/PRON sell/VERB groceries/NOUN ?/PUNCT")))
                .isEqualTo(new AvailabilityQuestion("groceries", null, false));
        assertThat(asked(english("I/PRON want/VERB to/PART buy/VERB a/DET leather/NOUN sofa/NOUN")))
                .isEqualTo(new AvailabilityQuestion("leather sofas", null, false));
    }

    @Test
    void aMessageThatIsOnlyAThingSomeProductIsAsksForIt() {
        assertThat(asked(english("a/DET watch/VERB"))).as("Smart Watch S2 and the Kids 4G Smart Watch Phone")
                .isEqualTo(new AvailabilityQuestion("watches", "watch", false));
        assertThat(asked(chinese("一块/s 手表/n"))).isEqualTo(new AvailabilityQuestion("手表", "手表", false));
        assertThat(asked(english("weather/NOUN ?/PUNCT"))).as("no product is one: no question about it")
                .isEqualTo(AvailabilityQuestion.NONE);
        assertThat(asked(english("customer/NOUN service/NOUN"))).isEqualTo(AvailabilityQuestion.NONE);
        assertThat(asked(english("black/ADJ"))).isEqualTo(AvailabilityQuestion.NONE);
    }

    @Test
    void aCategoryWordNoProductHasIsNotSoldUnlessItNamesAWholeCategory() {
        Set<String> wholeCategory = Set.of("clothes", "衣服");
        // The catalogue as it was before V27 brought blenders and phone cases.
        ProductCatalogue before = new ProductCatalogue(CATALOGUE.all().stream()
                .filter(p -> !p.nameEn().contains("Blender") && !p.nameEn().contains("Phone Case")).toList());

        assertThat(AvailabilityQuestion.ofCategoryWord("blender", "home", before, wholeCategory::contains))
                .isEqualTo(new AvailabilityQuestion("blenders", null, false));
        assertThat(AvailabilityQuestion.ofCategoryWord("phone case", "electronics", before, wholeCategory::contains))
                .isEqualTo(new AvailabilityQuestion("phone cases", null, false));
        assertThat(AvailabilityQuestion.ofCategoryWord("手机壳", "electronics", before, wholeCategory::contains))
                .isEqualTo(new AvailabilityQuestion("手机壳", null, false));
        assertThat(AvailabilityQuestion.ofCategoryWord("jeans", "apparel", before, wholeCategory::contains)).as("a plural stays")
                .isEqualTo(AvailabilityQuestion.NONE);

        assertThat(AvailabilityQuestion.ofCategoryWord("blender", "home", CATALOGUE, wholeCategory::contains))
                .as("the shop sells blenders now").isEqualTo(AvailabilityQuestion.NONE);
        assertThat(AvailabilityQuestion.ofCategoryWord("玩具", "kids", CATALOGUE, wholeCategory::contains))
                .as("the toys have the tag 玩具").isEqualTo(AvailabilityQuestion.NONE);
        assertThat(AvailabilityQuestion.ofCategoryWord("衣服", "apparel", CATALOGUE, wholeCategory::contains))
                .as("a whole category").isEqualTo(AvailabilityQuestion.NONE);
        assertThat(AvailabilityQuestion.ofCategoryWord("sofa", "home", CATALOGUE, wholeCategory::contains))
                .isEqualTo(new AvailabilityQuestion("sofas", null, false));
        assertThat(AvailabilityQuestion.ofCategoryWord("运动鞋", "shoes", CATALOGUE, Set.of("运动鞋")::contains))
                .as("a large part of the shoes, though only a kids' shoe has the word").isEqualTo(AvailabilityQuestion.NONE);
        assertThat(AvailabilityQuestion.ofCategoryWord("运动鞋", "shoes", CATALOGUE, wholeCategory::contains))
                .as("without the whole-category word, the kids' shoe of another category does not count")
                .isEqualTo(new AvailabilityQuestion("运动鞋", null, false));
    }

    @Test
    void aThingSomeProductIsByNameOrTagIsCarriedUnderTheShoppersWord() {
        assertThat(asked(english("do/VERB you/PRON sell/VERB phones/NOUN ?/PUNCT")).catalogueWord())
                .as("the Kids 4G Smart Watch Phone").isEqualTo("phones");
        assertThat(asked(english("do/VERB you/PRON sell/VERB cars/NOUN ?/PUNCT")).catalogueWord())
                .as("the Remote Control Car").isEqualTo("cars");
        assertThat(asked(chinese("你们/rr 卖/v 冰箱/n 吗/y")).catalogueWord()).as("美妆小冰箱").isEqualTo("冰箱");
        assertThat(asked(english("do/AUX you/PRON have/VERB watches/NOUN ?/PUNCT")).catalogueWord()).isEqualTo("watches");
        assertThat(asked(english("do/AUX you/PRON have/VERB perfume/NOUN ?/PUNCT")).catalogueWord()).as("a tag").isEqualTo("perfume");
    }

    @Test
    void aPhraseNoProductHasFallsBackToItsHead() {
        assertThat(asked(english("can/AUX you/PRON recommend/VERB a/DET smart/ADJ phone/NOUN")))
                .isEqualTo(new AvailabilityQuestion("smart phones", "phone", false));
        assertThat(asked(chinese("有/vyou 真皮/n 沙发/n 吗/y"))).isEqualTo(new AvailabilityQuestion("真皮沙发", null, false));
    }

    @Test
    void anAccessoryIsWhatItsNameEndsWithNotWhatItGoesWith() {
        var armband = CATALOGUE.find("SPO-5020").orElseThrow(); // 跑步手机臂包, Running Armband Phone Holder
        assertThat(AvailabilityQuestion.isA(armband, "手机")).isFalse();
        assertThat(AvailabilityQuestion.isA(armband, "phones")).isFalse();
        assertThat(AvailabilityQuestion.isA(armband, "臂包")).isTrue();
        assertThat(AvailabilityQuestion.isA(armband, "phone holders")).isTrue();
        assertThat(AvailabilityQuestion.isA(CATALOGUE.find("SHO-1029").orElseThrow(), "socks"))
                .as("Running Socks 3 Pairs: a count is not the end of a name").isTrue();
        assertThat(AvailabilityQuestion.isA(CATALOGUE.find("SPO-5027").orElseThrow(), "自行车灯")).as("自行车灯套装").isTrue();
        assertThat(AvailabilityQuestion.isA(CATALOGUE.find("ELE-3023").orElseThrow(), "laptops")).as("Laptop Sleeve 14-inch")
                .isFalse();
        assertThat(asked(chinese("你们/rr 卖/v 手机/n 吗/y")).carried()).as("only the armband has 手机").isFalse();
    }

    @Test
    void aColourOrAServiceIsNoThingTheShopLacks() {
        assertThat(asked(chinese("有/vyou 没有/v 黑色/n 的/ude1"))).isEqualTo(AvailabilityQuestion.NONE);
        assertThat(asked(chinese("你们/rr 有/vyou 实体店/n 吗/y"))).isEqualTo(new AvailabilityQuestion(null, null, true));
        assertThat(asked(english("recommend/VERB something/PRON"))).isEqualTo(AvailabilityQuestion.NONE);
    }
}
