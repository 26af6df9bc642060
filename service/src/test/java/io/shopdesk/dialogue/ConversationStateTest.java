package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.recommendation.ProductMention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-conversation count of wrong phone digits: per order, and kept in the JSON the conversation is stored as;
 * and what the conversation remembers of an unhappy shopper (no cross-sell then).
 */
class ConversationStateTest {

    @Test
    void wrongPhoneDigitsAreCountedPerOrder() {
        ConversationState state = new ConversationState();
        assertThat(state.wrongPhoneDigits("SD10000001")).isZero();
        assertThat(state.addWrongPhoneDigits("SD10000001")).isEqualTo(1);
        assertThat(state.addWrongPhoneDigits("SD10000001")).isEqualTo(2);
        assertThat(state.addWrongPhoneDigits("SD10000002")).isEqualTo(1);
        assertThat(state.wrongPhoneDigits("SD10000001")).isEqualTo(2);
    }

    @Test
    void theCountsSurviveTheStoredJsonAndOldStatesHaveNone() {
        JsonMapper json = JsonMapper.builder().build();
        ConversationState state = new ConversationState();
        state.addWrongPhoneDigits("SD10000001");
        state.addWrongPhoneDigits("SD10000001");

        String stored = json.writeValueAsString(state);
        assertThat(json.readTree(stored).get("wrongPhoneDigits").toString()).isEqualTo("{\"SD10000001\":2}");
        ConversationState read = json.readValue(stored, ConversationState.class);
        assertThat(read.wrongPhoneDigits("SD10000001")).isEqualTo(2);
        assertThat(read.addWrongPhoneDigits("SD10000001")).isEqualTo(3);

        ConversationState beforeTheCount = json.readValue("{\"orderId\":\"SD10000001\"}", ConversationState.class);
        assertThat(beforeTheCount.getWrongPhoneDigits()).isEqualTo(Map.of());
        assertThat(beforeTheCount.addWrongPhoneDigits("SD10000001")).isEqualTo(1);
    }

    @Test
    void theProductsNamedWithARequestSurviveTheStoredJsonAndOldStatesHaveNone() {
        JsonMapper json = JsonMapper.builder().build();
        ConversationState state = new ConversationState();
        state.setOrderRequest("return");
        state.setRequestProducts(List.of(new ProductMention(null, "帽", "apparel", "帽子"),
                new ProductMention("APP-2021", null, null, "Wool Blend Beanie")));

        ConversationState read = json.readValue(json.writeValueAsString(state), ConversationState.class);
        assertThat(read.getRequestProducts()).containsExactly(new ProductMention(null, "帽", "apparel", "帽子"),
                new ProductMention("APP-2021", null, null, "Wool Blend Beanie"));
        assertThat(json.readValue("{\"orderRequest\":\"return\"}", ConversationState.class).getRequestProducts())
                .isEmpty();
    }

    @Test
    void anUpsetShopperIsRememberedAfterTheNegativeTurnsInARowEnd() {
        ConversationState state = new ConversationState();
        state.countSentiment(false);
        assertThat(state.isUpset()).isFalse();
        state.countSentiment(true);
        state.countSentiment(true);
        assertThat(state.getConsecutiveNegativeTurns()).isEqualTo(2);
        state.countSentiment(false);
        assertThat(state.getConsecutiveNegativeTurns()).isZero();
        assertThat(state.isUpset()).as("for the rest of the conversation").isTrue();
    }

    @Test
    void aReportedProblemAndAnUpsetShopperSurviveTheStoredJsonAndOldStatesHaveNeither() {
        JsonMapper json = JsonMapper.builder().build();
        ConversationState state = new ConversationState();
        state.setProblemReported(true);
        state.countSentiment(true);

        ConversationState read = json.readValue(json.writeValueAsString(state), ConversationState.class);
        assertThat(read.isProblemReported()).isTrue();
        assertThat(read.isUpset()).isTrue();

        ConversationState before = json.readValue("{\"orderId\":\"SD10000001\"}", ConversationState.class);
        assertThat(before.isProblemReported()).isFalse();
        assertThat(before.isUpset()).isFalse();
    }
}
