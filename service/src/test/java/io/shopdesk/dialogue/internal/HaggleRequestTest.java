package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HaggleRequestTest {

    @Test
    void englishHaggling() {
        for (String q : List.of("can you give me a discount?", "Can you do a better price?", "any chance of a lower price?",
                "can you make it cheaper?", "could you give me a discount on these headphones?", "can I get a discount?",
                "can you lower the price?", "is the price negotiable?", "can you go any lower?", "can you knock something off?",
                "could you do me a deal?", "give me a discount please", "can you make it a bit cheaper for me?",
                "can I have it for less?", "come on, can you do a better price?", "any chance of a discount?")) {
            assertThat(HaggleRequest.asks(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void chineseHagglingAsReviewed() {
        for (String q : List.of("能便宜点吗", "能不能便宜点", "便宜点呗", "可以优惠点吗", "这个耳机能便宜点吗")) {
            assertThat(HaggleRequest.asks(q, "zh")).as(q).isTrue();
        }
        assertThat(HaggleRequest.asks("有便宜点的吗", "zh")).isFalse();
    }

    @Test
    void cheaperProductsAndCouponQuestionsAreNot() {
        for (String q : List.of("anything cheaper?", "show me cheaper ones", "do you have coupons?", "do you have any discounts?",
                "how can I get a discount?", "how do I use a discount code?", "is there a student discount?",
                "are there cheaper headphones?", "can you show me something cheaper?", "what is the price?",
                "can you give me a refund?")) {
            assertThat(HaggleRequest.asks(q, "en")).as(q).isFalse();
        }
    }
}
