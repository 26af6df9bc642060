package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YesAnswerTest {

    @Test
    void englishYes() {
        for (String q : List.of("yes", "Yes please", "yes, please do", "sure", "Sure, go ahead!", "ok", "okay thanks",
                "please do", "yeah that would be great", "yep", "go ahead please", "Yes!", "yes, that's right", "Correct",
                "confirm")) {
            assertThat(YesAnswer.is(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void chineseYes() {
        for (String q : List.of("好的", "好", "可以", "是的", "要", "麻烦了", "好的，麻烦了", "好的谢谢", "帮我查一下", "嗯嗯", "行，转吧", "确认", "没错", "对的，改吧")) {
            assertThat(YesAnswer.is(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void noThanksAloneAndQuestionsAreNot() {
        for (String q : List.of("no", "no thanks", "not now", "thanks", "thank you", "yes I want to return it",
                "ok when will it arrive?", "is it yes?", "")) {
            assertThat(YesAnswer.is(q, "en")).as(q).isFalse();
        }
        for (String q : List.of("不用了", "不要", "不行", "谢谢", "好的吗", "可以退货吗", "要多久", "好的，什么时候到")) {
            assertThat(YesAnswer.is(q, "zh")).as(q).isFalse();
        }
    }
}
