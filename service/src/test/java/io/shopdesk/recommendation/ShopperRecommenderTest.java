package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hot path on four products: popularity for guests, mf without what the shopper rated, neighbours of an anchor. */
class ShopperRecommenderTest {
    static final RatingData RATINGS = RatingData.of(List.of(
            new RatingData.Rating("1", "A", 5), new RatingData.Rating("1", "B", 4),
            new RatingData.Rating("2", "A", 5), new RatingData.Rating("2", "C", 5),
            new RatingData.Rating("3", "B", 2), new RatingData.Rating("3", "D", 4)));

    static Product product(String sku, String category) {
        return new Product(sku, sku + "中文", sku + " en", category, "Brand", BigDecimal.TEN, 5, Map.of(), Set.of(), false);
    }

    // E has no interactions at all: the models cannot score it, so it comes last.
    final ProductCatalogue catalogue = new ProductCatalogue(List.of(product("A", "shoes"), product("B", "shoes"),
            product("C", "sports"), product("D", "sports"), product("E", "sports")));
    final ShopperRecommender recommender = new ShopperRecommender(catalogue, TrainedRecommenders.train(RATINGS));

    private List<String> skus(List<ShopperRecommender.Scored> scored) {
        return scored.stream().map(s -> catalogue.get(s.product()).sku()).toList();
    }

    @Test
    void guestsGetTheMostRatedFirstWithTheHigherMeanBreakingTies() {
        List<ShopperRecommender.Scored> top = recommender.recommend(null, -1, p -> true, 5);
        assertThat(skus(top)).containsExactly("A", "B", "C", "D", "E");
        assertThat(top).extracting(ShopperRecommender.Scored::model).containsOnly("popularity");
        assertThat(skus(recommender.recommend("unknown-shopper", -1, p -> !catalogue.get(p).sku().equals("B"), 2)))
                .containsExactly("A", "C");
    }

    @Test
    void aKnownShopperGetsMfScoresWithoutWhatTheyAlreadyRated() {
        List<ShopperRecommender.Scored> top = recommender.recommend("1", -1, p -> true, 5);
        assertThat(skus(top)).containsExactlyInAnyOrder("C", "D", "E").doesNotContain("A", "B");
        assertThat(skus(top).getLast()).isEqualTo("E");
        assertThat(top).extracting(ShopperRecommender.Scored::model).containsOnly("mf");
        assertThat(skus(recommender.recommend("1", -1, p -> catalogue.get(p).category().equals("shoes"), 3))).isEmpty();
    }

    @Test
    void anAnchorGivesItsNeighboursWithinTheFilterAndFallsBackWhenItHasNone() {
        List<ShopperRecommender.Scored> similar = recommender.recommend(null, catalogue.index("A"), p -> true, 3);
        assertThat(similar).isNotEmpty().extracting(ShopperRecommender.Scored::model).containsOnly("item-cf");
        assertThat(skus(similar)).doesNotContain("A", "E");
        List<ShopperRecommender.Scored> fallback = recommender.recommend(null, catalogue.index("E"), p -> true, 2);
        assertThat(skus(fallback)).containsExactly("A", "B");
        assertThat(recommender.knows("1")).isTrue();
        assertThat(recommender.knows("9")).isFalse();
    }

    @Test
    void shoppersOfCountsWhoViewedBoughtOrRatedAProduct() {
        assertThat(recommender.shoppersOf("A")).isEqualTo(2);
        assertThat(recommender.shoppersOf("D")).isEqualTo(1);
        assertThat(recommender.shoppersOf("E")).as("no interactions").isZero();
        assertThat(recommender.shoppersOf("Z")).as("not in the catalogue").isZero();
    }
}
