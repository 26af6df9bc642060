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

    final ProductFollowUps followUps = new ProductFollowUps();

    ProductFollowUpsTest() {
        followUps.remember("c1", RUNNING_SHOES, List.of(new BigDecimal("899"), new BigDecimal("329"), new BigDecimal("799")));
    }

    @Test
    void cheaperMeansUnderTheCheapestCardShown() {
        assertThat(followUps.refine("c1", "any cheaper ones?", NOTHING)).contains(
                new ProductQuery("shoes", "running shoes", Map.of(), new BigDecimal("328.99"), null));
        assertThat(followUps.refine("c1", "便宜点的呢", NOTHING).orElseThrow().maxPrice()).isEqualByComparingTo("328.99");
    }

    @Test
    void anAttributeOrACeilingIsAddedToTheLastQuery() {
        assertThat(followUps.refine("c1", "do you have them in black?",
                new ProductQuery(null, null, Map.of("color", "black"), null, null)))
                .contains(new ProductQuery("shoes", "running shoes", Map.of("color", "black"), null, null));
        assertThat(followUps.refine("c1", "any under 500?", new ProductQuery(null, null, Map.of(), new BigDecimal("500"), null))
                .orElseThrow().maxPrice()).isEqualByComparingTo("500");
    }

    @Test
    void aNewProductOrABareMessageOrAnotherConversationRefinesNothing() {
        assertThat(followUps.refine("c1", "cheaper laptops", new ProductQuery("electronics", "laptops", Map.of(), null, null)))
                .isEmpty();
        assertThat(followUps.refine("c1", "do you have them?", NOTHING)).isEmpty();
        assertThat(followUps.refine("c2", "any cheaper ones?", NOTHING)).isEmpty();
        assertThat(followUps.refine(null, "any cheaper ones?", NOTHING)).isEmpty();
    }
}
