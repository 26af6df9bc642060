package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a shopper's word is found in a product's name or tag, whom a product is for, and how far it is from the price asked. */
class ProductQueryTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));

    private static Product product(String sku) {
        return CATALOGUE.find(sku).orElseThrow();
    }

    @Test
    void aProductIsForWomenMenKidsBabiesOrAnyone() {
        assertThat(product("BEA-6005").audience()).as("Velvet Matte Lipstick").isEqualTo("women");
        assertThat(product("APP-2006").audience()).as("Silk Blend Midi Dress").isEqualTo("women");
        assertThat(product("BEA-6027").audience()).as("Men's Face Wash").isEqualTo("men");
        assertThat(product("KID-7011").audience()).as("Kids Raincoat").isEqualTo("kids");
        assertThat(product("KID-7005").audience()).as("Lightweight Baby Stroller").isEqualTo("baby");
        assertThat(product("SPO-5030").audience()).as("Fitness Tracker Chest Strap").isNull();
        assertThat(product("SHO-1004").audience()).as("UrbanStep Canvas Sneakers, unisex").isNull();
    }

    @Test
    void forSomeoneTheirOwnProductsComeFirstThenAnyonesThenAnotherGroups() {
        ProductQuery forDad = new ProductQuery(null, null, Map.of(), null, null, "men", false);
        List<String> ranked = List.of("KID-7011", "SPO-5030", "BEA-6005", "BEA-6027").stream().map(ProductQueryTest::product)
                .sorted(Comparator.comparingInt(forDad::preference)).map(Product::sku).toList();
        assertThat(ranked).containsExactly("BEA-6027", "SPO-5030", "KID-7011", "BEA-6005");
    }

    @Test
    void forAGiftTheGiftsComeFirstWithinEachGroup() {
        ProductQuery giftForMom = new ProductQuery(null, null, Map.of(), new BigDecimal("300"), null, "women", true);
        List<String> ranked = List.of("APP-2030", "HOM-4008", "BEA-6027", "SPO-5015", "BEA-6005").stream()
                .map(ProductQueryTest::product).sorted(Comparator.comparingInt(giftForMom::preference))
                .map(Product::sku).toList();
        // Lipstick (women, gift), candles (anyone, gift), sports bra (women), foam roller (anyone), men's face wash.
        assertThat(ranked).containsExactly("BEA-6005", "HOM-4008", "APP-2030", "SPO-5015", "BEA-6027");
        assertThat(ProductQuery.ANY.preference(product("KID-7011"))).isEqualTo(ProductQuery.ANY.preference(product("SPO-5030")));
    }

    @Test
    void forADadWhoLikesRunningTheRunningProductsComeFirstGiftsAmongThemFirstAndAnotherGroupLast() {
        ProductQuery giftForARunningDad = new ProductQuery(null, null, Map.of(), null, null, "men", true, null, null,
                List.of("running"));
        // Cashmere scarf (gift), men's face wash, running shorts (anyone), AirFlow running shoes (anyone), women's
        // running shoes (another group), Hand Cream Gift Set (gift).
        List<String> ranked = List.of("APP-2012", "BEA-6027", "APP-2014", "SHO-1001", "SHO-1016", "BEA-6026").stream()
                .map(ProductQueryTest::product).sorted(Comparator.comparingInt(giftForARunningDad::preference))
                .map(Product::sku).toList();
        assertThat(ranked).containsExactly("APP-2014", "SHO-1001", "APP-2012", "BEA-6026", "BEA-6027", "SHO-1016");
    }

    @Test
    void aProductIsForAnInterestByItsTagOrItsCategory() {
        ProductQuery running = ProductQuery.ANY.withInterests(List.of("running"));
        assertThat(running.matchesInterest(product("SHO-1001"))).as("AirFlow Running Shoes").isTrue();
        assertThat(running.matchesInterest(product("APP-2012"))).as("Cashmere Scarf").isFalse();
        ProductQuery sports = ProductQuery.ANY.withInterests(List.of("category:sports"));
        assertThat(sports.matchesInterest(product("SPO-5015"))).as("Foam Roller").isTrue();
        assertThat(sports.matchesInterest(product("SHO-1001"))).as("shoes are not the sports category").isFalse();
        assertThat(ProductQuery.ANY.matchesInterest(product("SHO-1001"))).as("no interest named").isFalse();
        assertThat(ProductQuery.ANY.preference(product("SHO-1001"))).isEqualTo(ProductQuery.ANY.preference(product("APP-2012")));
    }

    @Test
    void aProductsDistanceFromARangeIsHowFarItsPriceIsOutsideIt() {
        // "300到500的耳机": ¥349 is inside, ¥69 is 231 below, ¥1,499 999 above.
        ProductQuery range = new ProductQuery("electronics", null, Map.of(), new BigDecimal("500"), null, null, false,
                new BigDecimal("300"), null);
        assertThat(range.priceDistance(product("ELE-3016"))).isEqualByComparingTo("0");
        assertThat(range.priceDistance(product("ELE-3017"))).isEqualByComparingTo("231");
        assertThat(range.priceDistance(product("ELE-3002"))).isEqualByComparingTo("999");
        assertThat(range.accepts(product("ELE-3016"))).isTrue();
        assertThat(range.accepts(product("ELE-3014"))).as("¥299").isFalse();
    }

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

    @Test
    void aProductHasASizeItComesIn() {
        assertThat(product("SHO-1015").has(ProductQuery.SIZE, "44")).as("SwiftStride Daily, 36-45").isTrue();
        assertThat(product("SHO-1016").has(ProductQuery.SIZE, "44")).as("SwiftStride Women's, 35-40").isFalse();
        assertThat(product("APP-2014").has(ProductQuery.SIZE, "M")).as("Running Shorts, S-XXL").isTrue();
        assertThat(product("SPO-5030").has(ProductQuery.SIZE, "44")).as("a chest strap has no sizes").isFalse();
        assertThat(product("SHO-1015").has(ProductQuery.SIZE, "*")).as("has sizes at all").isTrue();
    }

    @Test
    void whatSuitsTheRequestIsTheInterestElseTheGift() {
        ProductQuery gift = new ProductQuery(null, null, Map.of(), null, null, "adults", true);
        assertThat(gift.suitsTheRequest(product("HOM-4008"))).as("the candles, a gift").isTrue();
        assertThat(gift.suitsTheRequest(product("SPO-5015"))).as("the foam roller").isFalse();
        ProductQuery runnerGift = new ProductQuery(null, null, Map.of(), null, null, "men", true)
                .withInterests(java.util.List.of("running"));
        assertThat(runnerGift.suitsTheRequest(product("APP-2014"))).as("running shorts, no gift tag").isTrue();
        assertThat(runnerGift.suitsTheRequest(product("HOM-4008"))).as("a gift, not for running").isFalse();
        assertThat(ProductQuery.ANY.suitsTheRequest(product("SPO-5015"))).isTrue();
    }

    @Test
    void anotherGroupIsAsTheRulesSayIt() {
        ProductQuery forParents = new ProductQuery(null, null, Map.of(), null, null, "adults", true);
        assertThat(forParents.forAnotherGroup(product("BEA-6005"))).as("a women's lipstick for parents").isFalse();
        assertThat(forParents.forAnotherGroup(product("KID-7029"))).as("a kids' puzzle for parents").isTrue();
        assertThat(forParents.preference(product("BEA-6005"))).as("ranked as anyone's, not last").isLessThan(8);
        ProductQuery forAKid = new ProductQuery(null, null, Map.of(), null, null, "kids", false);
        assertThat(forAKid.forAnotherGroup(product("KID-7005"))).as("a baby stroller for a kid").isFalse();
        assertThat(forAKid.forAnotherGroup(product("BEA-6005"))).isTrue();
    }
}
