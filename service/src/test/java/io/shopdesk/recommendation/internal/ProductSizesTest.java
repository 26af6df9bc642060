package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether a product comes in a size, as its {@code size} attribute in {@code products.csv} writes the sizes: number
 * ranges (36-45, 100-150), letter ranges (S-XXL, XS-L, M-L), lists (35/36/37, S/M/L), one size (7), and words no size
 * falls in (one_size, queen, 60x40cm).
 */
class ProductSizesTest {

    @Test
    void aNumberRangeHoldsTheSizesFromOneEndToTheOther() {
        assertThat(ProductSizes.comeIn("36-45", "44")).isTrue();
        assertThat(ProductSizes.comeIn("36-45", "36")).as("the lower end").isTrue();
        assertThat(ProductSizes.comeIn("36-45", "45")).as("the upper end").isTrue();
        assertThat(ProductSizes.comeIn("36-45", "42.5")).as("a half size within").isTrue();
        assertThat(ProductSizes.comeIn("35-40", "44")).as("SwiftStride Women's Running Shoes").isFalse();
        assertThat(ProductSizes.comeIn("36-45", "46")).isFalse();
        assertThat(ProductSizes.comeIn("36-45", "35")).isFalse();
        assertThat(ProductSizes.comeIn("100-150", "120")).as("kids' clothes by height").isTrue();
        assertThat(ProductSizes.comeIn("100-150", "44")).isFalse();
        assertThat(ProductSizes.comeIn("36-45", "M")).as("a letter size is no shoe size").isFalse();
    }

    @Test
    void aLetterRangeHoldsTheLetterSizesBetweenItsEnds() {
        assertThat(ProductSizes.comeIn("S-XXL", "M")).isTrue();
        assertThat(ProductSizes.comeIn("S-XXL", "XXL")).isTrue();
        assertThat(ProductSizes.comeIn("S-XXL", "S")).isTrue();
        assertThat(ProductSizes.comeIn("S-XXL", "XS")).isFalse();
        assertThat(ProductSizes.comeIn("S-XXL", "XXXL")).isFalse();
        assertThat(ProductSizes.comeIn("XS-L", "XL")).isFalse();
        assertThat(ProductSizes.comeIn("XS-L", "XS")).isTrue();
        assertThat(ProductSizes.comeIn("M-L", "L")).isTrue();
        assertThat(ProductSizes.comeIn("M-L", "S")).isFalse();
        assertThat(ProductSizes.comeIn("s-xl", "m")).as("case aside").isTrue();
        assertThat(ProductSizes.comeIn("S-XXL", "44")).isFalse();
    }

    @Test
    void aListHoldsItsSizesOnly() {
        assertThat(ProductSizes.comeIn("35/36/37", "36")).isTrue();
        assertThat(ProductSizes.comeIn("35/36/37", "38")).isFalse();
        assertThat(ProductSizes.comeIn("S/M/L", "M")).isTrue();
        assertThat(ProductSizes.comeIn("S/M/L", "XL")).isFalse();
        assertThat(ProductSizes.comeIn("36-38/40-42", "41")).as("a list of ranges").isTrue();
        assertThat(ProductSizes.comeIn("36-38/40-42", "39")).isFalse();
    }

    @Test
    void oneSizeIsThatSizeAndWordsAreNoSize() {
        assertThat(ProductSizes.comeIn("7", "7")).as("Official Size 7 Basketball").isTrue();
        assertThat(ProductSizes.comeIn("7", "6")).isFalse();
        assertThat(ProductSizes.comeIn("M", "M")).isTrue();
        assertThat(ProductSizes.comeIn("one_size", "M")).isFalse();
        assertThat(ProductSizes.comeIn("queen", "44")).isFalse();
        assertThat(ProductSizes.comeIn("60x40cm", "60")).isFalse();
        assertThat(ProductSizes.comeIn(null, "44")).as("a product without sizes").isFalse();
    }

    @Test
    void letterSizesAreWrittenOneWay() {
        assertThat(ProductSizes.letter("xl")).isEqualTo("XL");
        assertThat(ProductSizes.letter("2xl")).isEqualTo("XXL");
        assertThat(ProductSizes.letter("medium")).isEqualTo("M");
        assertThat(ProductSizes.letter("extra large")).isEqualTo("XL");
        assertThat(ProductSizes.letter("q")).isNull();
    }
}
