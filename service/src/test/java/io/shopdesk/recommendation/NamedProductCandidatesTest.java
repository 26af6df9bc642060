package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.risk.RiskService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The candidates for a request that names a product ("do you have the cashmere scarf?"): the product itself first,
 * then its neighbours. The models never propose the product they rank from (its neighbours are other products), so
 * before, the named product was no candidate at all and the shopper got three other products.
 */
class NamedProductCandidatesTest {
    final ProductCatalogue catalogue = new ProductCatalogue(List.of(ShopperRecommenderTest.product("A", "shoes"),
            ShopperRecommenderTest.product("B", "shoes"), ShopperRecommenderTest.product("C", "sports"),
            ShopperRecommenderTest.product("D", "sports"), ShopperRecommenderTest.product("E", "sports")));
    final ShopperRecommender recommender = new ShopperRecommender(catalogue,
            TrainedRecommenders.train(ShopperRecommenderTest.RATINGS));
    final CandidateSupplier supplier = new CandidateSupplier(3,
            new StaticListableBeanFactory().getBeanProvider(RiskService.class));

    private List<String> candidates(String text, ProductQuery query) {
        RecommendationDecision decision = new RecommendationDecision();
        decision.recommend("named", "query", "RecommendOnProductNamed");
        Analysis analysis = new Analysis(text, Language.EN, false, true, "en", List.of(), List.of(), null, Map.of());
        RecommendationRequest request = new RecommendationRequest("c1", analysis, Language.EN, null, null, false,
                "fallback", null);
        return supplier.supply(recommender, decision, query, request, null).candidates().stream()
                .map(Candidate::getSku).toList();
    }

    @Test
    void theProductNamedComesFirstThenItsNeighbours() {
        List<String> skus = candidates("do you have A en?", new ProductQuery(null, null, Map.of(), null, "A"));
        assertThat(skus.getFirst()).isEqualTo("A");
        assertThat(skus.subList(1, skus.size())).isNotEmpty().doesNotContain("A");
    }

    @Test
    void aProductNamedOutsideTheFiltersOrAskedToBeAvoidedIsNoCandidate() {
        assertThat(candidates("A en in sports?", new ProductQuery("sports", null, Map.of(), null, "A")))
                .doesNotContain("A");
        assertThat(candidates("something similar to A en", new ProductQuery(null, null, Map.of(), null, "A")))
                .doesNotContain("A");
    }
}
