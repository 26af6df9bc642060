package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.recommendation.ProductQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a message that names no product refines the last products a conversation was shown. */
class ProductFollowUpsTest {
    static final ProductQuery RUNNING_SHOES = new ProductQuery("shoes", "running shoes", Map.of(), null, null);
    static final ProductQuery NOTHING = ProductQuery.ANY;
    static final Map<String, BigDecimal> CARDS = Map.of("SHO-1017", new BigDecimal("899"), "SHO-1015", new BigDecimal("329"),
            "SHO-1009", new BigDecimal("799"));

    final ProductFollowUps followUps = new ProductFollowUps();

    ProductFollowUpsTest() {
        followUps.remember("c1", RUNNING_SHOES, CatalogueSelection.Relaxed.NONE, CARDS);
    }

    @Test
    void cheaperMeansUnderTheCheapestCardShown() {
        ProductFollowUps.Refinement cheaper = followUps.refine("c1", "any cheaper ones?", NOTHING).orElseThrow();
        assertThat(cheaper.query()).isEqualTo(new ProductQuery("shoes", "running shoes", Map.of(), new BigDecimal("328.99"), null));
        assertThat(cheaper.cheaperThan()).isEqualByComparingTo("329");
        assertThat(followUps.refine("c1", "便宜点的呢", NOTHING).orElseThrow().query().maxPrice()).isEqualByComparingTo("328.99");
    }

    @Test
    void cheaperComparesWithTheProductsAskedForNotTheAccessoriesShownAfterThem() {
        // "I need running shoes under 500": two running shoes and the ¥99 insoles.
        ProductQuery underFiveHundred = RUNNING_SHOES.withMaxPrice(new BigDecimal("500"));
        Map<String, BigDecimal> cards = new java.util.LinkedHashMap<>();
        cards.put("SHO-1015", new BigDecimal("329"));
        cards.put("SHO-1016", new BigDecimal("459"));
        cards.put("SHO-1027", new BigDecimal("99"));
        followUps.remember("c6", underFiveHundred, CatalogueSelection.Relaxed.NONE, cards, java.util.Set.of("SHO-1027"));
        ProductFollowUps.Refinement cheaper = followUps.refine("c6", "something cheaper?", NOTHING).orElseThrow();
        assertThat(cheaper.cheaperThan()).isEqualByComparingTo("329");
        assertThat(cheaper.query().maxPrice()).isEqualByComparingTo("328.99");
        assertThat(followUps.refine("c6", "贵一点的", NOTHING).orElseThrow().pricierThan()).isEqualByComparingTo("459");

        // Asked for insoles, the insoles are what was asked for.
        followUps.remember("c7", new ProductQuery("shoes", "insoles", Map.of(), null, null), CatalogueSelection.Relaxed.NONE,
                Map.of("SHO-1027", new BigDecimal("99")), java.util.Set.of("SHO-1027"));
        assertThat(followUps.refine("c7", "有没有更便宜的", NOTHING).orElseThrow().cheaperThan()).isEqualByComparingTo("99");
    }

    @Test
    void aBandAroundAPriceStaysForAnAttributeAndGivesWayToCheaperOrANewPrice() {
        // "1000元左右的耳机": 800 to 1,200, the ¥899 and ¥1,199 earbuds shown.
        ProductQuery aroundThousand = new ProductQuery("electronics", "耳机", Map.of(), new BigDecimal("1200.00"), null,
                null, false, new BigDecimal("800.00"), new BigDecimal("1000"));
        followUps.remember("c9", aroundThousand, CatalogueSelection.Relaxed.NONE,
                Map.of("ELE-3001", new BigDecimal("899"), "ELE-3031", new BigDecimal("1199")));

        ProductQuery black = new ProductQuery(null, null, Map.of("color", "black"), null, null);
        assertThat(followUps.refine("c9", "有黑色的吗", black).orElseThrow().query())
                .isEqualTo(aroundThousand.withAttributes(Map.of("color", "black")));
        assertThat(followUps.refine("c9", "便宜点的呢", NOTHING).orElseThrow().query())
                .isEqualTo(new ProductQuery("electronics", "耳机", Map.of(), new BigDecimal("898.99"), null));
        ProductQuery underFiveHundred = new ProductQuery(null, null, Map.of(), new BigDecimal("500"), null);
        assertThat(followUps.refine("c9", "500以内的呢", underFiveHundred).orElseThrow().query())
                .isEqualTo(new ProductQuery("electronics", "耳机", Map.of(), new BigDecimal("500"), null));
    }

    @Test
    void aRangeReplacesTheLastPriceAndStaysForAnAttribute() {
        // "500元以内的耳机", then "那300到500的呢": the range replaces the ceiling whole.
        ProductQuery underFiveHundred = new ProductQuery("electronics", "耳机", Map.of(), new BigDecimal("500"), null);
        followUps.remember("c10", underFiveHundred, CatalogueSelection.Relaxed.NONE,
                Map.of("ELE-3013", new BigDecimal("199"), "ELE-3014", new BigDecimal("299")));
        ProductQuery range = new ProductQuery(null, null, Map.of(), new BigDecimal("500"), null, null, false,
                new BigDecimal("300"), null);
        ProductQuery threeToFiveHundred = new ProductQuery("electronics", "耳机", Map.of(), new BigDecimal("500"), null,
                null, false, new BigDecimal("300"), null);
        assertThat(followUps.refine("c10", "那300到500的呢", range).orElseThrow().query()).isEqualTo(threeToFiveHundred);

        followUps.remember("c10", threeToFiveHundred, CatalogueSelection.Relaxed.NONE, Map.of("ELE-3016", new BigDecimal("349")));
        ProductQuery black = new ProductQuery(null, null, Map.of("color", "black"), null, null);
        assertThat(followUps.refine("c10", "有黑色的吗", black).orElseThrow().query())
                .isEqualTo(threeToFiveHundred.withAttributes(Map.of("color", "black")));
    }

    @Test
    void whomTheCardsAreForStaysAndAFollowUpMayNameIt() {
        ProductQuery giftForMom = new ProductQuery(null, null, Map.of(), new BigDecimal("300"), null, "women", true);
        followUps.remember("c8", giftForMom, CatalogueSelection.Relaxed.NONE, Map.of("BEA-6005", new BigDecimal("189"),
                "HOM-4008", new BigDecimal("129")));
        ProductFollowUps.Refinement cheaper = followUps.refine("c8", "something cheaper?", NOTHING).orElseThrow();
        assertThat(cheaper.query()).isEqualTo(new ProductQuery(null, null, Map.of(), new BigDecimal("128.99"), null, "women", true));

        ProductQuery forMen = new ProductQuery(null, null, Map.of(), null, null, "men", false);
        assertThat(followUps.refine("c1", "any for men?", forMen).orElseThrow().query())
                .isEqualTo(new ProductQuery("shoes", "running shoes", Map.of(), null, null, "men", false));
        ProductQuery giftForDad = new ProductQuery(null, null, Map.of(), new BigDecimal("300"), null, "men", true);
        assertThat(followUps.refine("c1", "a gift for my dad under 300", giftForDad))
                .as("a gift after running shoes asks for something else").isEmpty();
    }

    @Test
    void whatThePersonLikesStaysForCheaperAndAFollowUpMayNameAnother() {
        ProductQuery giftForARunningDad = new ProductQuery(null, null, Map.of(), null, null, "men", true, null, null,
                List.of("running"));
        followUps.remember("r1", giftForARunningDad, CatalogueSelection.Relaxed.NONE, Map.of("SHO-1001",
                new BigDecimal("699"), "APP-2014", new BigDecimal("149")));
        ProductFollowUps.Refinement cheaper = followUps.refine("r1", "something cheaper", NOTHING).orElseThrow();
        assertThat(cheaper.query()).isEqualTo(new ProductQuery(null, null, Map.of(), new BigDecimal("148.99"), null,
                "men", true, null, null, List.of("running")));
        assertThat(followUps.refine("r1", "便宜点的", NOTHING).orElseThrow().query().interests()).containsExactly("running");

        ProductQuery likesCycling = ProductQuery.ANY.withInterests(List.of("cycling"));
        assertThat(followUps.refine("r1", "actually he likes cycling", likesCycling).orElseThrow().query())
                .isEqualTo(giftForARunningDad.withInterests(List.of("cycling")));
        assertThat(followUps.refine("c1", "any cheaper ones?", NOTHING).orElseThrow().query().interests())
                .as("cards shown for no interest").isEmpty();
    }

    @Test
    void dearerOrBetterMeansOverTheDearestCardShownWithoutTheCeiling() {
        ProductFollowUps.Refinement dearer = followUps.refine("c1", "anything more expensive?", NOTHING).orElseThrow();
        assertThat(dearer.query()).isEqualTo(RUNNING_SHOES);
        assertThat(dearer.pricierThan()).isEqualByComparingTo("899");
        assertThat(dearer.cheaperThan()).isNull();
        assertThat(followUps.refine("c1", "有没有好一点的", NOTHING).orElseThrow().pricierThan()).isEqualByComparingTo("899");
        assertThat(followUps.refine("c1", "any higher-end ones in black?", new ProductQuery(null, null, Map.of("color", "black"), null, null))
                .orElseThrow().query().attributes()).containsEntry("color", "black");

        followUps.remember("c5", new ProductQuery("shoes", "running shoes", Map.of(), new BigDecimal("900"), null),
                CatalogueSelection.Relaxed.NONE, CARDS);
        ProductFollowUps.Refinement overBudget = followUps.refine("c5", "贵一点的呢", NOTHING).orElseThrow();
        assertThat(overBudget.query().maxPrice()).as("a ceiling would forbid what is asked for").isNull();
        assertThat(overBudget.pricierThan()).isEqualByComparingTo("899");
        // The dearest card stays the dearest of all cards shown for the same query.
        followUps.remember("c1", RUNNING_SHOES, CatalogueSelection.Relaxed.NONE, Map.of("SHO-1014", new BigDecimal("549")));
        assertThat(followUps.refine("c1", "pricier ones?", NOTHING).orElseThrow().pricierThan()).isEqualByComparingTo("899");
        assertThat(followUps.refine("c1", "show me more", NOTHING).orElseThrow().pricierThan()).isNull();
    }

    @Test
    void anAttributeOrACeilingIsAddedToTheLastQuery() {
        ProductFollowUps.Refinement black = followUps.refine("c1", "do you have them in black?",
                new ProductQuery(null, null, Map.of("color", "black"), null, null)).orElseThrow();
        assertThat(black.query()).isEqualTo(new ProductQuery("shoes", "running shoes", Map.of("color", "black"), null, null));
        assertThat(black.cheaperThan()).isNull();
        assertThat(followUps.refine("c1", "any under 500?", new ProductQuery(null, null, Map.of(), new BigDecimal("500"), null))
                .orElseThrow().query().maxPrice()).isEqualByComparingTo("500");
    }

    @Test
    void whatTheSelectionGaveUpIsNotCarriedIntoTheNextMessage() {
        ProductQuery cheapBlack = new ProductQuery("shoes", "running shoes", Map.of("color", "black"), new BigDecimal("300"), null);
        followUps.remember("c2", cheapBlack, CatalogueSelection.Relaxed.PRICE, CARDS);
        assertThat(followUps.refine("c2", "any in white?", new ProductQuery(null, null, Map.of("color", "white"), null, null))
                .orElseThrow().query()).isEqualTo(new ProductQuery("shoes", "running shoes", Map.of("color", "white"), null, null));
        followUps.remember("c4", cheapBlack, CatalogueSelection.Relaxed.PRICE_AND_ATTRIBUTES, CARDS);
        assertThat(followUps.refine("c4", "any cheaper ones?", NOTHING).orElseThrow().query())
                .isEqualTo(new ProductQuery("shoes", "running shoes", Map.of(), new BigDecimal("328.99"), null));
        followUps.remember("c3", cheapBlack, CatalogueSelection.Relaxed.ATTRIBUTES, CARDS);
        assertThat(followUps.refine("c3", "any under 250?", new ProductQuery(null, null, Map.of(), new BigDecimal("250"), null))
                .orElseThrow().query()).isEqualTo(new ProductQuery("shoes", "running shoes", Map.of(), new BigDecimal("250"), null));
    }

    @Test
    void moreMeansTheSameQueryWithoutTheProductsShownSoFar() {
        ProductFollowUps.Refinement more = followUps.refine("c1", "show me more", NOTHING).orElseThrow();
        assertThat(more.query()).isEqualTo(RUNNING_SHOES);
        assertThat(more.exclude()).containsExactlyInAnyOrder("SHO-1017", "SHO-1015", "SHO-1009");
        followUps.remember("c1", RUNNING_SHOES, CatalogueSelection.Relaxed.NONE, Map.of("SHO-1014", new BigDecimal("549")));
        assertThat(followUps.refine("c1", "还有别的吗", NOTHING).orElseThrow().exclude()).hasSize(4);
        assertThat(followUps.refine("c1", "any cheaper ones?", NOTHING).orElseThrow().exclude()).isEmpty();
    }

    @Test
    void aNewProductOrABareMessageOrAnotherConversationRefinesNothing() {
        assertThat(followUps.refine("c1", "cheaper laptops", new ProductQuery("electronics", "laptops", Map.of(), null, null)))
                .isEmpty();
        assertThat(followUps.refine("c1", "do you have them?", NOTHING)).isEmpty();
        assertThat(followUps.refine("c9", "any cheaper ones?", NOTHING)).isEmpty();
        assertThat(followUps.refine(null, "any cheaper ones?", NOTHING)).isEmpty();
    }

    @Test
    void theCardsOfTheLastReplyAreKeptInTheirOrderWithTheCardDiscussed() {
        Map<String, BigDecimal> gifts = new java.util.LinkedHashMap<>();
        gifts.put("BEA-6009", new BigDecimal("880"));
        gifts.put("BEA-6005", new BigDecimal("189"));
        gifts.put("APP-2012", new BigDecimal("399"));
        ProductQuery forHer = new ProductQuery(null, null, Map.of(), null, null, "women", true);
        followUps.remember("g", forHer, CatalogueSelection.Relaxed.NONE, gifts);
        assertThat(followUps.shownCards("g")).containsExactly("BEA-6009", "BEA-6005", "APP-2012");
        assertThat(followUps.discussed("g")).isNull();

        followUps.discussed("g", "BEA-6005", CardQuestion.STOCK, List.of("BEA-6005"));
        assertThat(followUps.discussed("g")).isEqualTo("BEA-6005");
        assertThat(followUps.lastQuestion("g")).isEqualTo(CardQuestion.STOCK);
        assertThat(followUps.shownCards("g")).as("one card shown again changes no place").hasSize(3);
        assertThat(followUps.refine("g", "有便宜点的吗", NOTHING).orElseThrow().cheaperThan())
                .as("the query stays for a follow-up").isEqualByComparingTo("189");

        // A card sold out, shown with similar products: those are the cards now.
        followUps.discussed("g", "APP-2012", CardQuestion.STOCK, List.of("APP-2012", "APP-2030", "BEA-6026"));
        assertThat(followUps.shownCards("g")).containsExactly("APP-2012", "APP-2030", "BEA-6026");

        Map<String, BigDecimal> cheaper = new java.util.LinkedHashMap<>();
        cheaper.put("HOM-4008", new BigDecimal("129"));
        cheaper.put("BEA-6026", new BigDecimal("129"));
        followUps.remember("g", forHer.withMaxPrice(new BigDecimal("188.99")), CatalogueSelection.Relaxed.NONE, cheaper);
        assertThat(followUps.shownCards("g")).containsExactly("HOM-4008", "BEA-6026");
        assertThat(followUps.discussed("g")).as("new cards, none discussed yet").isNull();
        assertThat(followUps.shownCards("other")).isEmpty();
        assertThat(followUps.shownCards(null)).isEmpty();
    }

    @Test
    void cheaperOrDearerStaysWithinTheRequestAndAnAttributeOrPriceNeedNot() {
        assertThat(followUps.refine("c1", "any cheaper ones?", NOTHING).orElseThrow().withinTheRequest()).isTrue();
        assertThat(followUps.refine("c1", "有没有贵一点的", NOTHING).orElseThrow().withinTheRequest()).isTrue();
        assertThat(followUps.refine("c1", "any under 500?", new ProductQuery(null, null, Map.of(), new BigDecimal("500"), null))
                .orElseThrow().withinTheRequest()).isFalse();
        assertThat(followUps.refine("c1", "show me more", NOTHING).orElseThrow().withinTheRequest()).isFalse();
    }

    @Test
    void cheaperThanACardNamedIsCheaperThanThatCard() {
        List<io.shopdesk.recommendation.Product> shown = CatalogueSelectionTest.CATALOGUE.all().stream()
                .filter(p -> CARDS.containsKey(p.sku())).sorted(java.util.Comparator.comparing(p -> List.of(
                        "SHO-1017", "SHO-1009", "SHO-1015").indexOf(p.sku()))).toList();
        assertThat(followUps.refine("c1", "anything cheaper than the second one?", NOTHING, shown).orElseThrow()
                .cheaperThan()).isEqualByComparingTo("799");
        assertThat(followUps.refine("c1", "有没有比第一个便宜的", NOTHING, shown).orElseThrow().cheaperThan())
                .isEqualByComparingTo("899");
        assertThat(followUps.refine("c1", "anything cheaper than these?", NOTHING, shown).orElseThrow().cheaperThan())
                .as("these: the cheapest").isEqualByComparingTo("329");
        assertThat(followUps.refine("c1", "有没有更便宜的", NOTHING, shown).orElseThrow().cheaperThan())
                .isEqualByComparingTo("329");
        assertThat(followUps.refine("c1", "anything more expensive than the last one?", NOTHING, shown).orElseThrow()
                .pricierThan()).isEqualByComparingTo("329");
    }

    @Test
    void aSizeStaysWhenTheOtherAttributesWereGivenUp() {
        ProductQuery black44 = RUNNING_SHOES.withAttributes(Map.of("color", "black", ProductQuery.SIZE, "44"));
        followUps.remember("s1", black44, CatalogueSelection.Relaxed.ATTRIBUTES, CARDS);
        assertThat(followUps.refine("s1", "any cheaper ones?", NOTHING).orElseThrow().query().attributes())
                .isEqualTo(Map.of(ProductQuery.SIZE, "44"));
        assertThat(followUps.refine("c1", "in a 44?", new ProductQuery(null, null, Map.of(ProductQuery.SIZE, "44"), null, null))
                .orElseThrow().query()).isEqualTo(RUNNING_SHOES.withAttributes(Map.of(ProductQuery.SIZE, "44")));
    }
}
