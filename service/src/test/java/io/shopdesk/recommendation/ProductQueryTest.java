package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a shopper's word is found in a product's name or tag. */
class ProductQueryTest {

    @Test
    void anEnglishWordMatchesAWholeWordInEitherNumber() {
        assertThat(ProductQuery.hasWord("PixelArc Laptop Air 14", "laptops")).isTrue();
        assertThat(ProductQuery.hasWord("Storage Box", "boxes")).isTrue();
        assertThat(ProductQuery.hasWord("UrbanStep Canvas Sneakers", "sneaker")).isTrue();
        assertThat(ProductQuery.hasWord("Remote Control Car", "cars")).isTrue();
        assertThat(ProductQuery.hasWord("Running Armband Phone Holder", "phone holders")).isTrue();
    }

    @Test
    void anEnglishWordIsNotThePrefixOrTheEndOfAnother() {
        assertThat(ProductQuery.hasWord("cardio", "cars")).isFalse();
        assertThat(ProductQuery.hasWord("Silk Pillowcase", "pillow")).isFalse();
        assertThat(ProductQuery.hasWord("Dehumidifier 20L", "humidifier")).isFalse();
        assertThat(ProductQuery.hasWord("Running Shorts with Pockets", "shoes")).as("shoes without -es is no prefix").isFalse();
    }

    @Test
    void aChineseWordOrAWordBesideChineseMatchesAnywhere() {
        assertThat(ProductQuery.hasWord("美妆小冰箱", "冰箱")).isTrue();
        assertThat(ProductQuery.hasWord("纯棉Polo衫", "polo")).isTrue();
        assertThat(ProductQuery.hasWord("跑步手机臂包", "汽车")).isFalse();
    }
}
