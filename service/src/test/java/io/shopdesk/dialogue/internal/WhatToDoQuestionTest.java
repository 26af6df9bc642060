package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhatToDoQuestionTest {

    @ParameterizedTest
    @ValueSource(strings = {"what should I do?", "What do I do now?", "what now?", "now what", "ok but what should I do?",
            "so what can I do about it?", "what are my options?", "What am I supposed to do now?", "what next?",
            "what do you suggest?", "what’s next?", "then what should I do"})
    void englishMessagesThatOnlyAskWhatToDo(String text) {
        assertThat(WhatToDoQuestion.asks(text, "en")).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what should I do to return a jacket?", "what do I do if my parcel is late?",
            "what should I buy for my dad?", "what now, can I get a refund?", "I know what to do", "what",
            "what can I do with points?", ""})
    void englishQuestionsAboutSomethingAreNone(String text) {
        assertThat(WhatToDoQuestion.asks(text, "en")).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"那怎么办", "那我该怎么办？", "怎么办啊", "现在怎么办呢", "咋办", "那该如何处理", "我应该怎么做", "那怎么解决呢", "那我现在怎么办", "那我们现在该怎么办？"})
    void chineseMessagesThatOnlyAskWhatToDo(String text) {
        assertThat(WhatToDoQuestion.asks(text, "zh")).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"退货怎么办", "快递丢了怎么办", "优惠券用不了怎么办", "怎么办理退款", "我不知道该怎么办才能退货呢", "办"})
    void chineseQuestionsAboutSomethingAreNone(String text) {
        assertThat(WhatToDoQuestion.asks(text, "zh")).as(text).isFalse();
    }

    @org.junit.jupiter.api.Test
    void eachLanguageHasItsOwnWording() {
        assertThat(WhatToDoQuestion.asks("那怎么办", "en")).isFalse();
        assertThat(WhatToDoQuestion.asks("what should I do?", "zh")).isFalse();
    }
}
