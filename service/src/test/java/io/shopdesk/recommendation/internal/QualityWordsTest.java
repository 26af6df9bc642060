package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductQuery;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The qualities a shopper asks of the cards shown ({@code qualities.csv}, {@code quality-words.csv}): the shipped
 * words, what each means for the catalogue's products, and a bad row named by its file and line.
 */
class QualityWordsTest {
    static final Path FOLDER = Path.of("knowledge-base/products");
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(FOLDER.resolve("products.csv"));
    final QualityWords words = QualityWords.read(FOLDER.resolve("qualities.csv"), FOLDER.resolve("quality-words.csv"),
            CATALOGUE);

    private String quality(String message) {
        return words.in(message).map(ProductQuality::name).orElse(null);
    }

    @Test
    void theShippedWordsReadInBothLanguages() {
        assertThat(words.size()).isEqualTo(46);
        assertThat(quality("something warmer")).isEqualTo("warmer");
        assertThat(quality("有没有暖和一点的")).isEqualTo("warmer");
        assertThat(quality("保暖的")).isEqualTo("warmer");
        assertThat(quality("any lighter ones?")).isEqualTo("lighter");
        assertThat(quality("有轻一点的吗")).isEqualTo("lighter");
        assertThat(quality("大一点的")).isEqualTo("bigger");
        assertThat(quality("smaller ones?")).isEqualTo("smaller");
        assertThat(quality("something quieter")).isEqualTo("quieter");
        assertThat(quality("正式一点的")).isEqualTo("formal");
        assertThat(quality("anything more formal?")).isEqualTo("formal");
    }

    @Test
    void aNewRequestKeepsATagQualityItNamesAndNoOrderingOne() {
        // "Recommend me a warm jacket under 1000" showed rain jackets: warm was read only after cards (stop 32).
        AskedQuality warm = AskedQuality.ofRequest(words.in("recommend me a warm jacket under 1000")).orElseThrow();
        assertThat(warm.requested()).isTrue();
        assertThat(warm.answer()).isEqualTo(AskedQuality.Answer.SELECT);
        assertThat(warm.has(CATALOGUE.find("APP-2002").orElseThrow())).as("Arctic Down Puffer Jacket").isTrue();
        assertThat(warm.has(CATALOGUE.find("APP-2032").orElseThrow())).as("Packable Rain Jacket").isFalse();
        assertThat(AskedQuality.ofRequest(words.in("a lighter tent"))).as("nothing to compare with").isEmpty();
        assertThat(AskedQuality.ofRequest(words.in("a tent"))).isEmpty();
    }

    @Test
    void anEnglishWordCountsOnlyAsAWholeWord() {
        assertThat(quality("show me the lightweight running shoes")).as("lightweight is not lighter").isNull();
        assertThat(quality("any cheaper ones?")).isNull();
    }

    @Test
    void warmerIsTheWinterThingsAndLighterALowerWeightThanEveryCard() {
        ProductQuality warmer = words.in("warmer").orElseThrow();
        assertThat(warmer.kind()).isEqualTo(ProductQuality.Kind.TAG);
        assertThat(warmer.tagged(CATALOGUE.find("APP-2009").orElseThrow())).as("Thermal Base Layer Set").isTrue();
        assertThat(warmer.tagged(CATALOGUE.find("BEA-6005").orElseThrow())).as("a lipstick").isFalse();
        ProductQuality lighter = words.in("lighter").orElseThrow();
        List<Product> shoes = List.of(CATALOGUE.find("SHO-1015").orElseThrow(), CATALOGUE.find("SHO-1014").orElseThrow());
        assertThat(lighter.attributeOf(shoes)).contains("weight_g");
        List<Product> headphones = List.of(CATALOGUE.find("ELE-3002").orElseThrow(), CATALOGUE.find("ELE-3017").orElseThrow());
        assertThat(lighter.attributeOf(headphones)).as("the catalogue lists no weight for headphones").isEmpty();
        assertThat(ProductQuality.value(CATALOGUE.find("SPO-5002").orElseThrow(), "weight_kg"))
                .as("2-24 kg is no one number").isNull();
    }

    @Test
    void aFollowUpAsksTheQualityWithinTheRequestAndSaysWhenTheMeasureIsNotListed() {
        ProductFollowUps followUps = new ProductFollowUps();
        ProductQuery runningShoes = new ProductQuery("shoes", "running shoes", Map.of(), null, null);
        followUps.remember("c1", runningShoes, CatalogueSelection.Relaxed.NONE,
                Map.of("SHO-1015", new BigDecimal("329"), "SHO-1014", new BigDecimal("549")));
        List<Product> cards = List.of(CATALOGUE.find("SHO-1015").orElseThrow(), CATALOGUE.find("SHO-1014").orElseThrow());
        ProductFollowUps.Refinement lighter = followUps.refine("c1", "any lighter ones?", ProductQuery.ANY, cards,
                words.in("any lighter ones?")).orElseThrow();
        assertThat(lighter.query()).isEqualTo(runningShoes);
        assertThat(lighter.quality().attribute()).isEqualTo("weight_g");
        assertThat(lighter.quality().bound()).isEqualByComparingTo("240");
        assertThat(lighter.exclude()).containsExactlyInAnyOrder("SHO-1015", "SHO-1014");
        assertThat(lighter.quality().has(CATALOGUE.find("SHO-1008").orElseThrow())).as("185 g").isTrue();
        assertThat(lighter.quality().has(CATALOGUE.find("SHO-1001").orElseThrow())).as("230 g").isTrue();
        assertThat(lighter.quality().has(CATALOGUE.find("SHO-1014").orElseThrow())).as("260 g").isFalse();

        followUps.remember("c2", new ProductQuery("electronics", "headphones", Map.of(), null, null),
                CatalogueSelection.Relaxed.NONE, Map.of("ELE-3002", new BigDecimal("1499")));
        ProductFollowUps.Refinement headphones = followUps.refine("c2", "有轻一点的吗", ProductQuery.ANY,
                List.of(CATALOGUE.find("ELE-3002").orElseThrow()), words.in("有轻一点的吗")).orElseThrow();
        assertThat(headphones.quality().answer()).isEqualTo(AskedQuality.Answer.NOT_LISTED);

        ProductFollowUps.Refinement bigger = followUps.refine("c1", "大一点的", ProductQuery.ANY, cards,
                words.in("大一点的")).orElseThrow();
        assertThat(bigger.quality().answer()).as("shoes have sizes, no capacity: which size?")
                .isEqualTo(AskedQuality.Answer.ASK_SIZE);
        assertThat(followUps.refine("c1", "便宜点的", ProductQuery.ANY, cards, Optional.empty()).orElseThrow().quality())
                .isNull();
    }

    @Test
    void aBadRowNamesTheFileAndLine(@TempDir Path folder) throws IOException {
        Path qualities = folder.resolve("qualities.csv");
        Path terms = folder.resolve("quality-words.csv");
        Files.writeString(terms, "term,quality\nwarmer,warmer\n");
        Files.writeString(qualities, "quality,kind,catalogue,zh,en\n# a comment\n\nwarmer,tag,winter;wintr,更保暖,warmer\n");
        assertThatThrownBy(() -> QualityWords.read(qualities, terms, CATALOGUE)).isInstanceOf(IllegalStateException.class)
                .hasMessage(qualities + ":4: no product of the catalogue has the tag 'wintr'");
        Files.writeString(qualities, "quality,kind,catalogue,zh,en\nwarmer,hotter,winter,更保暖,warmer\n");
        assertThatThrownBy(() -> QualityWords.read(qualities, terms, CATALOGUE))
                .hasMessage(qualities + ":2: the kind must be tag, less or more, got 'hotter'");
        Files.writeString(qualities, "quality,kind,catalogue,zh,en\nwarmer,tag,winter,更保暖\n");
        assertThatThrownBy(() -> QualityWords.read(qualities, terms, CATALOGUE))
                .hasMessage(qualities + ":2: expected quality,kind,catalogue,zh,en, got 'warmer,tag,winter,更保暖'");
        Files.writeString(qualities, "quality,kind,catalogue,zh,en\nwarmer,tag,winter,更保暖,warmer\nwarmer,tag,down,更保暖,warmer\n");
        assertThatThrownBy(() -> QualityWords.read(qualities, terms, CATALOGUE))
                .hasMessage(qualities + ":3: the quality 'warmer' is defined twice");
        Files.writeString(qualities, "quality,kind,catalogue,zh,en\nwarmer,tag,winter,更保暖,warmer\n");
        Files.writeString(terms, "term,quality\nwarmer,warmer\nlighter,lightr\n");
        assertThatThrownBy(() -> QualityWords.read(qualities, terms, CATALOGUE))
                .hasMessage(terms + ":3: the quality 'lightr' is not in qualities.csv");
        Files.writeString(terms, "term,quality\n暖和\n");
        assertThatThrownBy(() -> QualityWords.read(qualities, terms, CATALOGUE))
                .hasMessage(terms + ":2: expected term,quality, got '暖和'");
        assertThat(QualityWords.read(folder.resolve("none.csv"), terms, CATALOGUE).size()).as("no file, no qualities")
                .isZero();
    }
}
