package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Token;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Whether a product a shopper named is among an order's items, by the shipped catalogue's names and tags: "the beanie"
 * is not among a jacket and a scarf, "the jacket" and 外套 (a tag of the jacket) are; a product named by its name is the
 * one named or one whose name has it; a whole-category word counts by category; a word no product has says nothing.
 */
class ProductMentionTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));
    static final Predicate<String> WHOLE = Set.of("clothes", "衣服")::contains;
    static final List<Product> JACKET_AND_SCARF = List.of(CATALOGUE.find("APP-2001").orElseThrow(),
            CATALOGUE.find("APP-2012").orElseThrow());

    static ProductMention word(String word, String category) {
        return new ProductMention(null, word, category, word);
    }

    @Test
    void aWordIsAmongTheItemsWhoseNameOrTagsHaveIt() {
        assertThat(word("beanie", "apparel").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isFalse();
        assertThat(word("帽", "apparel").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isFalse();
        assertThat(word("jackets", "apparel").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isTrue();
        assertThat(word("围巾", "apparel").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isTrue();
        assertThat(word("外套", "apparel").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).as("a tag of the jacket").isTrue();
    }

    @Test
    void aWholeCategoryWordCountsByCategoryAndAWordNoProductHasSaysNothing() {
        assertThat(word("clothes", "apparel").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isTrue();
        assertThat(word("clothes", "apparel").isAmong(List.of(CATALOGUE.find("HOM-4005").orElseThrow()), CATALOGUE, WHOLE))
                .isFalse();
        assertThat(word("spaceship", "kids").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isTrue();
        List<Product> sneakers = List.of(CATALOGUE.find("SHO-1004").orElseThrow());
        assertThat(word("shoes", "shoes").isAmong(sneakers, CATALOGUE, WHOLE)).as("the category's own name").isTrue();
        assertThat(word("shoes", "shoes").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isFalse();
        assertThat(word("鞋子", "shoes").isAmong(sneakers, CATALOGUE, WHOLE)).as("鞋 of 鞋子 in 帆布鞋").isTrue();
        assertThat(word("鞋子", "shoes").isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isFalse();
    }

    @Test
    void aProductNamedIsTheOneNamedOrOneWhoseNameHasIt() {
        ProductMention beanie = new ProductMention("APP-2021", null, null, "Wool Blend Beanie");
        assertThat(beanie.isAmong(JACKET_AND_SCARF, CATALOGUE, WHOLE)).isFalse();
        assertThat(beanie.isAmong(List.of(CATALOGUE.find("APP-2021").orElseThrow()), CATALOGUE, WHOLE)).isTrue();
        ProductMention shoes = new ProductMention("SHO-1001", null, null, "AirFlow Running Shoes");
        assertThat(shoes.isAmong(List.of(CATALOGUE.find("SHO-1002").orElseThrow()), CATALOGUE, WHOLE))
                .as("the women's AirFlow Running Shoes").isTrue();
    }

    @Test
    void aMessageNamesEachProductOnceAndAChineseWordAsTheShopperWroteIt() {
        Analysis zh = new Analysis("我想退那顶帽子", Language.ZH, false, true, "cmn",
                List.of(new Token("我", "r", 0, 1), new Token("想", "v", 1, 2), new Token("退", "v", 2, 3),
                        new Token("那顶", "r", 3, 5), new Token("帽子", "n", 5, 7)),
                List.of(new Entity(Entity.CATEGORY, "帽", 5, 6, "apparel", "catalogue")), null, Map.of());
        assertThat(ProductMention.in(zh)).containsExactly(new ProductMention(null, "帽", "apparel", "帽子"));
        Analysis en = new Analysis("return the Beanie and the Cashmere Scarf, the beanie first", Language.EN, false, true,
                "eng", List.of(), List.of(new Entity(Entity.CATEGORY, "Beanie", 11, 17, "apparel", "catalogue"),
                        new Entity(Entity.PRODUCT, "Cashmere Scarf", 26, 40, "APP-2012", "catalogue"),
                        new Entity(Entity.CATEGORY, "beanie", 46, 52, "apparel", "catalogue"),
                        new Entity(Entity.ORDER_ID, "SD10000002", 0, 0, "SD10000002", "pattern")),
                null, Map.of());
        assertThat(ProductMention.in(en)).containsExactly(new ProductMention(null, "beanie", "apparel", "Beanie"),
                new ProductMention("APP-2012", null, null, "Cashmere Scarf"));
    }
}
