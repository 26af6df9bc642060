package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HurryRequestTest {

    @Test
    void englishUrging() {
        for (String q : List.of("can you hurry it up?", "Can you make it faster?", "please rush it", "can you chase the courier?",
                "can it be expedited?", "could my order be sped up please?",
                "can you speed it up?", "could you expedite my order?", "hurry up please", "can you get it here sooner?",
                "I need it sooner", "can you push the carrier to hurry?", "is there any way to speed it up?",
                "can you ask the courier to deliver faster?", "please hurry")) {
            assertThat(HurryRequest.asks(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void chineseUrgingAsReviewed() {
        for (String q : List.of("能不能快点啊", "帮我催一下", "急用", "能加急吗")) {
            assertThat(HurryRequest.asks(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void questionsAboutShippingSpeedAreNot() {
        for (String q : List.of("do you have express shipping?", "how fast is delivery?", "is there faster shipping?",
                "how long does shipping take?", "can I pay faster with Alipay?", "when will it arrive?",
                "can you ask the courier for the tracking number?", "thanks")) {
            assertThat(HurryRequest.asks(q, "en")).as(q).isFalse();
        }
    }
}
