package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.RecommendationService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The "did you mean" a products rule (ProductNamed, ProductRequested) decided and no cards replaced names the catch-all
 * Fallback, here without the recommendation module (the scenarios cover the module answering with nothing: "compare
 * prices with other shops"); every other reply keeps its rule.
 */
class ProductsReplyTest {
    private final ProductsReply products = new ProductsReply(
            new StaticListableBeanFactory().getBeanProvider(RecommendationService.class));

    private List<Reply> repliesTo(Decision decision) {
        Reply fallback = new Reply("fallback", "Did you mean…", Map.of("rule", decision.getRule(), "suggestions", List.of()));
        return products.addTo(List.of(fallback), "c1", null, Language.EN, new ConversationState(), decision, null);
    }

    @Test
    void aFallbackLeftToProductsThatNoneReplaceNamesFallback() {
        for (String rule : List.of("ProductRequested", "ProductNamed")) {
            Decision decision = new Decision();
            decision.decide("fallback", null, rule);
            List<Reply> replies = repliesTo(decision);
            assertThat(replies).extracting(Reply::type).containsExactly("fallback");
            assertThat(replies.getFirst().data()).containsEntry("rule", "Fallback").containsEntry("suggestions", List.of());
            assertThat(decision.getRule()).isEqualTo("Fallback");
            assertThat(decision.isMisunderstanding()).isTrue();
        }
    }

    @Test
    void anOffTopicDeclineKeepsItsRule() {
        Decision decision = new Decision();
        decision.decide("fallback", "off_topic", "DeclineOffTopic");
        assertThat(repliesTo(decision).getFirst().data()).containsEntry("rule", "DeclineOffTopic");
        assertThat(decision.getDetail()).isEqualTo("off_topic");
    }
}
