package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which catalogue products a message names by name, on the shipped catalogue and attribute words. */
class NamedProductsTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));
    static final ProductQueryParser WORDS = new ProductQueryParser(Path.of("knowledge-base/products/attributes.csv"),
            7.2, CATALOGUE);
    final NamedProducts named = new NamedProducts(CATALOGUE, WORDS::isAttributeWord);

    private List<String> skus(String message) {
        return named.in(ShownCardQuestion.normalise(message)).products().stream().map(Product::sku).toList();
    }

    @Test
    void theWholeNameInEitherLanguageNamesTheProduct() {
        assertThat(skus("how long is the cashmere scarf?")).containsExactly("APP-2012");
        assertThat(skus("What is the Cashmere Scarf made of")).containsExactly("APP-2012");
        assertThat(skus("羊绒围巾多长")).containsExactly("APP-2012");
        assertThat(skus("这条羊绒围巾是纯羊绒的吗")).containsExactly("APP-2012");
    }

    @Test
    void aPartFromTheNamesFirstWordNamesTheProduct() {
        assertThat(skus("does the StormShield jacket have a hood?")).containsExactly("APP-2001");
        assertThat(skus("风暴冲锋衣是连帽的吗")).containsExactly("APP-2001");
        assertThat(skus("is the pixelarc laptop backlit?")).containsExactly("ELE-3011");
    }

    @Test
    void theWholeNameWinsOverANameThatHoldsIt() {
        assertThat(skus("how much are the AirFlow Running Shoes?")).containsExactly("SHO-1001");
    }

    @Test
    void aNameSeveralProductsFitNamesThemAll() {
        assertThat(skus("how much are the TrailPeak running shoes?")).hasSize(2)
                .allSatisfy(sku -> assertThat(CATALOGUE.find(sku).orElseThrow().nameEn()).contains("TrailPeak", "Running Shoes"));
        assertThat(skus("which is better, the cashmere scarf or the cashmere sweater?"))
                .containsExactlyInAnyOrder("APP-2012", "APP-2029");
        // Was the Packable Rain Jacket alone: its full name outscored the StormShield's part, and the comparison got cards.
        assertThat(skus("what's the difference between the StormShield jacket and the packable rain jacket?"))
                .containsExactlyInAnyOrder("APP-2001", "APP-2032");
    }

    @Test
    void aKindOfProductNamesNone() {
        assertThat(skus("recommend a scarf for my mum")).isEmpty();
        assertThat(skus("推荐一条围巾")).isEmpty();
        assertThat(skus("do you have this jacket in XL?")).isEmpty();
        assertThat(skus("the jacket I received is torn")).isEmpty();
        assertThat(skus("what's your return policy for scarves?")).isEmpty();
        assertThat(skus("do you have running shoes in size 44?")).as("running is a tag").isEmpty();
        assertThat(skus("any wireless earbuds?")).as("wireless is an attribute word").isEmpty();
        assertThat(skus("is the kids jacket warm?")).as("kids says for whom").isEmpty();
        assertThat(skus("is the cashmere soft?")).as("one word of two names, no name").isEmpty();
        assertThat(skus("羊绒的好吗")).isEmpty();
        assertThat(skus("风暴衣服")).as("three characters of the name are no name").isEmpty();
    }

    @Test
    void aNameIsReadAsItSoTheQuestionIsAskedOfTheCardInView() {
        assertThat(named.in("how long is the cashmere scarf?").asIt("how long is the cashmere scarf?"))
                .isEqualTo("how long is it?");
        assertThat(named.in("这条羊绒围巾多长").asIt("这条羊绒围巾多长")).isEqualTo("它多长");
        assertThat(named.in("does the stormshield jacket have a hood?").asIt("does the stormshield jacket have a hood?"))
                .isEqualTo("does it have a hood?");
    }

    @Test
    void aWordOfTheNameAfterItsNounIsAskedNotNamed() {
        // Was "is it?": "waterproof", a word of the name, was read into it, and the question asked nothing.
        assertThat(named.in("is the stormshield jacket waterproof?").asIt("is the stormshield jacket waterproof?"))
                .isEqualTo("is it waterproof?");
        assertThat(skus("is the stormshield jacket waterproof?")).containsExactly("APP-2001");
    }
}
