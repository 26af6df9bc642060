package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which products of the shipped catalogue a query lets the models rank, and when it is over the shopper's budget. */
class CatalogueSelectionTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));

    private static List<String> selected(CatalogueSelection selection) {
        return IntStream.range(0, CATALOGUE.size()).filter(selection.filter())
                .mapToObj(p -> CATALOGUE.get(p).nameEn()).toList();
    }

    private static ProductQuery query(String category, String term, String maxPrice) {
        return new ProductQuery(category, term, Map.of(), maxPrice == null ? null : new BigDecimal(maxPrice), null);
    }

    @Test
    void aLaptopUnderTheCheapestLaptopsPriceSelectsTheLaptopsOverBudgetNotTheSleeveWithinIt() {
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, query("electronics", "laptop", "5000"));

        assertThat(selection.overBudget()).isTrue();
        assertThat(selected(selection)).containsExactly("PixelArc Laptop Air 14");
    }

    private static ProductQuery around(String category, String term, String price) {
        BigDecimal at = new BigDecimal(price);
        return new ProductQuery(category, term, Map.of(), at.multiply(new BigDecimal("1.2")), null, null, false,
                at.multiply(new BigDecimal("0.8")), at);
    }

    @Test
    void aroundAPriceSelectsTheBandNotEverythingUnderIt() {
        // 1000元左右的耳机: 800 to 1,200, so the ¥899 and ¥1,199 earbuds, not the ¥69 wired ones.
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, around("electronics", "耳机", "1000"));

        assertThat(selection.relaxed()).isEqualTo(CatalogueSelection.Relaxed.NONE);
        assertThat(selected(selection)).containsExactly("Wireless Earbuds Pro", "Noise Cancelling Earbuds Max");
    }

    @Test
    void underAPriceStaysACeiling() {
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, query("electronics", "耳机", "300"));

        assertThat(selection.relaxed()).isEqualTo(CatalogueSelection.Relaxed.NONE);
        assertThat(selected(selection)).containsExactly("Wireless Earbuds Lite", "Sport Wireless Earbuds",
                "Budget Wireless Earbuds", "Wired In-Ear Headphones", "Earbuds Silicone Case");
    }

    @Test
    void overAPriceIsAFloor() {
        ProductQuery overThousand = new ProductQuery("electronics", "耳机", Map.of(), null, null, null, false,
                new BigDecimal("1000"), null);

        assertThat(selected(CatalogueSelection.of(CATALOGUE, overThousand)))
                .containsExactly("Over-Ear ANC Headphones", "Noise Cancelling Earbuds Max");
    }

    @Test
    void aroundAPriceNoProductIsNearGivesWayOnThePrice() {
        // The laptop costs ¥5,999: nothing around ¥3,000, so the laptop, flagged.
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, around("electronics", "laptop", "3000"));

        assertThat(selection.relaxed()).isEqualTo(CatalogueSelection.Relaxed.PRICE);
        assertThat(selected(selection)).containsExactly("PixelArc Laptop Air 14");
    }

    @Test
    void aLaptopWithinBudgetSelectsTheLaptopAndItsSleeve() {
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, query("electronics", "laptop", "8000"));

        assertThat(selection.overBudget()).isFalse();
        assertThat(selected(selection)).containsExactlyInAnyOrder("PixelArc Laptop Air 14", "Laptop Sleeve 14-inch");
    }

    @Test
    void anAccessoryAskedForByItsOwnWordIsSelectedWithinBudget() {
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, query("electronics", "laptop sleeve", "200"));

        assertThat(selection.overBudget()).isFalse();
        assertThat(selected(selection)).containsExactly("Laptop Sleeve 14-inch");
    }

    @Test
    void anAttributeNoNamedProductHasGivesWayButTheProductWordStays() {
        ProductQuery blackLaptop = new ProductQuery("electronics", "笔记本电脑", Map.of("color", "black"),
                new BigDecimal("8000"), null);
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, blackLaptop);

        assertThat(selection.relaxed()).isEqualTo(CatalogueSelection.Relaxed.ATTRIBUTES);
        assertThat(selected(selection)).containsExactly("PixelArc Laptop Air 14");
    }

    @Test
    void pluralsFindTheirSingularAndWordsStartAtAWordBoundary() {
        assertThat(selected(CatalogueSelection.of(CATALOGUE, query("electronics", "laptops", null))))
                .contains("PixelArc Laptop Air 14");
        assertThat(selected(CatalogueSelection.of(CATALOGUE, query("home", "humidifier", null))))
                .containsExactly("Humidifier 4L");
        assertThat(selected(CatalogueSelection.of(CATALOGUE, query("apparel", "polo衫", null)))).containsExactly("Polo Shirt");
    }

    /** "Eau de Parfum" does not say "perfume"; the product's tag does, so a perfume under ¥300 is none at that price. */
    @Test
    void aWordInAProductsTagsButNotItsNameNarrowsLikeANameWord() {
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, query("beauty", "perfume", "300"));

        assertThat(selection.overBudget()).isTrue();
        assertThat(selected(selection)).containsExactlyInAnyOrder("Floral Eau de Parfum 50ml", "Woody Eau de Parfum 100ml");
        assertThat(selected(CatalogueSelection.of(CATALOGUE, query("shoes", "靴子", null))))
                .isNotEmpty().allSatisfy(name -> assertThat(name).contains("Boots"));
    }

    @Test
    void earbudsWithinBudgetStayWithinIt() {
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, query("electronics", "earbuds", "300"));

        assertThat(selection.overBudget()).isFalse();
        assertThat(selected(selection)).isNotEmpty().allSatisfy(name -> assertThat(name).containsIgnoringCase("earbuds"));
        assertThat(IntStream.range(0, CATALOGUE.size()).filter(selection.filter()).mapToObj(CATALOGUE::get)
                .map(Product::price)).allSatisfy(price -> assertThat(price).isLessThanOrEqualTo(new BigDecimal("300")));
    }

    @Test
    void aCategoryWordInNoProductNameSelectsTheWholeCategory() {
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, query("apparel", "clothes", null));

        assertThat(selection.overBudget()).isFalse();
        assertThat(selected(selection)).hasSize((int) CATALOGUE.all().stream()
                .filter(p -> p.category().equals("apparel")).count());
    }

    @Test
    void aCeilingUnderEveryPriceOfTheCategorySelectsTheCategoryOverBudget() {
        CatalogueSelection selection = CatalogueSelection.of(CATALOGUE, query("electronics", null, "10"));

        assertThat(selection.overBudget()).isTrue();
        assertThat(selected(selection)).contains("PixelArc Laptop Air 14", "USB-C Charging Cable 2m");
    }

    @Test
    void aQueryWithoutCeilingIsNeverOverBudget() {
        assertThat(CatalogueSelection.of(CATALOGUE, ProductQuery.ANY).overBudget()).isFalse();
        assertThat(selected(CatalogueSelection.of(CATALOGUE, ProductQuery.ANY))).hasSize(CATALOGUE.size());
    }

    private static ProductQuery inSize(String category, String term, String size, String maxPrice) {
        return new ProductQuery(category, term, Map.of(ProductQuery.SIZE, size),
                maxPrice == null ? null : new BigDecimal(maxPrice), null);
    }

    @Test
    void aSizeSelectsTheProductsThatComeInItOnly() {
        // The women's running shoes (35-40) do not come in 44; the insoles (35-46) after the shoes do.
        List<String> names = selected(CatalogueSelection.of(CATALOGUE, inSize("shoes", "running shoes", "44", null)));
        assertThat(names).contains("SwiftStride Daily Running Shoes", "TrailPeak Trail Running Shoes", "Running Shoe Insoles")
                .doesNotContain("SwiftStride Women's Running Shoes", "AirFlow Running Shoes Women");
        assertThat(selected(CatalogueSelection.of(CATALOGUE, inSize("shoes", "running shoes", "37", null))))
                .containsExactlyInAnyOrder("AirFlow Running Shoes Women", "SwiftStride Daily Running Shoes",
                        "SwiftStride Women's Running Shoes", "Running Shoe Insoles");
        assertThat(selected(CatalogueSelection.of(CATALOGUE, inSize("apparel", "shorts", "M", null))))
                .containsExactly("Running Shorts with Pockets");
    }

    @Test
    void aSizeNeverGivesWay() {
        // No running shoe comes in 50: nothing, not running shoes in other sizes, nor other shoes in 50, nor the insoles.
        CatalogueSelection none = CatalogueSelection.of(CATALOGUE, inSize("shoes", "running shoes", "50", null));
        assertThat(selected(none)).isEmpty();
        // Black running shoes in 37: none is black in 37, so the colour gives way and the size stays.
        ProductQuery black37 = new ProductQuery("shoes", "running shoes", Map.of("color", "black", ProductQuery.SIZE, "37"),
                null, null);
        CatalogueSelection closest = CatalogueSelection.of(CATALOGUE, black37);
        assertThat(closest.relaxed()).isEqualTo(CatalogueSelection.Relaxed.ATTRIBUTES);
        assertThat(selected(closest)).containsExactlyInAnyOrder("AirFlow Running Shoes Women",
                "SwiftStride Daily Running Shoes", "SwiftStride Women's Running Shoes");
        // Under ¥300 in 44: the price gives way, the size does not.
        CatalogueSelection overBudget = CatalogueSelection.of(CATALOGUE, inSize("shoes", "running shoes", "44", "300"));
        assertThat(overBudget.relaxed()).isEqualTo(CatalogueSelection.Relaxed.PRICE);
        assertThat(selected(overBudget)).doesNotContain("SwiftStride Women's Running Shoes", "AirFlow Running Shoes Women");
    }

    @Test
    void whatAFollowUpStaysWithinHoldsWhateverGivesWay() {
        // Gifts for parents under ¥129: the kids' puzzle only; at any price (nothing cheaper) still only gifts.
        ProductQuery gifts = new ProductQuery(null, null, Map.of(), new BigDecimal("128.99"), null, "adults", true);
        CatalogueSelection cheaper = CatalogueSelection.of(CATALOGUE, gifts, gifts::suitsTheRequest);
        assertThat(selected(cheaper)).containsExactly("Wooden Jigsaw Puzzles 4-Pack");
        assertThat(IntStream.range(0, CATALOGUE.size()).filter(CatalogueSelection.of(CATALOGUE, gifts.withoutMaxPrice(),
                gifts::suitsTheRequest).filter()).mapToObj(CATALOGUE::get))
                .isNotEmpty().allSatisfy(p -> assertThat(p.tags()).contains("gift"));
        // Without it, under ¥129 is anything cheap (the foam roller, the jump rope).
        assertThat(selected(CatalogueSelection.of(CATALOGUE, gifts))).contains("Foam Roller", "Smart Jump Rope");
    }
}
