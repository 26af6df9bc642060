package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.escalation.ShopperNeed;
import io.shopdesk.escalation.internal.ShopperNeeds.Line;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Which of the shopper's lines says what they need, and which only asks for a person, greets or gives digits. */
class ShopperNeedsTest {
    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    final ShopperNeeds needs = new ShopperNeeds(null, JsonMapper.builder().build());

    static Line line(int second, String text, String intent, String entities) {
        return new Line("text", text, intent, entities, T0.plusSeconds(second));
    }

    static String order(String id, int start) {
        return "[{\"type\":\"order_id\",\"text\":\"" + id + "\",\"value\":\"" + id + "\",\"start\":" + start + "}]";
    }

    @Test
    void theProblemIsTheLatestLineThatTellsIt() {
        ShopperNeed need = needs.from(List.of(
                line(40, "hello??", "oos", null),
                line(30, "SD10000003 5678", "order_status", order("SD10000003", 0)
                        .replace("]", ",{\"type\":\"phone_last4\",\"text\":\"5678\",\"value\":\"5678\"}]")),
                line(20, "I want to talk to a person", "human_agent", null),
                line(10, "you charged me twice for my order", "payment_failed", null),
                line(0, "hi", "greeting", null)));
        assertThat(need).isEqualTo(new ShopperNeed("payment_failed", "SD10000003", "you charged me twice for my order",
                T0.plusSeconds(10)));
    }

    @Test
    void aChineseOrderAndDigitsLineTellsTheOrderOnly() {
        ShopperNeed need = needs.from(List.of(
                line(20, "订单号SD10000007，手机尾号1122", "order_status", order("SD10000007", 3)
                        .replace("]", ",{\"type\":\"phone_last4\",\"text\":\"1122\",\"value\":\"1122\"}]")),
                line(10, "转人工", "human_agent", null)));
        assertThat(need).isEqualTo(new ShopperNeed(null, "SD10000007", null, null));
    }

    @Test
    void onlyARequestForAPersonTellsNothing() {
        assertThat(needs.from(List.of(line(10, "在吗", "greeting", null), line(0, "转人工", "human_agent", null)))).isNull();
        assertThat(needs.from(List.of())).isNull();
    }

    @Test
    void aFileTellsNothingButALongProblemIsCut() {
        String longText = "the zip broke ".repeat(40);
        ShopperNeed need = needs.from(List.of(
                new Line("attachment", "photo.jpg", null, null, T0.plusSeconds(5)),
                line(0, longText, "complaint", null)));
        assertThat(need.text()).hasSize(300).endsWith("…");
        assertThat(need.intent()).isEqualTo("complaint");
    }

    @Test
    void anOrderNumberAloneOrWithItsDigitsSaysNothingElse() {
        assertThat(ShopperNeeds.onlyOrderAndDigits("SD10000002", List.of("SD10000002"))).isTrue();
        assertThat(ShopperNeeds.onlyOrderAndDigits("order SD10000002, my phone ends in 4321", List.of("SD10000002", "4321")))
                .isTrue();
        assertThat(ShopperNeeds.onlyOrderAndDigits("订单号SD10000030，手机尾号1122", List.of("SD10000030", "1122"))).isTrue();
        assertThat(ShopperNeeds.onlyOrderAndDigits("where is SD10000002?", List.of("SD10000002"))).isFalse();
        assertThat(ShopperNeeds.onlyOrderAndDigits("SD10000002 arrived broken", List.of("SD10000002"))).isFalse();
        assertThat(ShopperNeeds.onlyOrderAndDigits("hello", List.of())).isFalse();
    }
}
