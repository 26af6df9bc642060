package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bare "no" in either language, and what is not one: a yes, thanks, a question, a cancellation. */
class NoAnswerTest {

    @Test
    void englishNo() {
        for (String q : List.of("no", "No thanks", "no, thank you", "nope", "don't change it", "Leave it as it is, thanks",
                "no, keep the old address", "that's wrong", "Never mind", "I changed my mind")) {
            assertThat(NoAnswer.is(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void chineseNo() {
        for (String q : List.of("不用了", "不要", "算了", "不对", "不用了，谢谢", "先不改了", "不是这个", "否")) {
            assertThat(NoAnswer.is(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void yesThanksQuestionsAndCancellationsAreNot() {
        for (String q : List.of("yes", "ok", "thanks", "no problem", "cancel it", "cancel my order", "why not?",
                "no I want to return it", "")) {
            assertThat(NoAnswer.is(q, "en")).as(q).isFalse();
        }
        for (String q : List.of("是的", "好的", "谢谢", "不客气", "取消订单", "不要这个颜色了能换吗", "不对吧，怎么还没到")) {
            assertThat(NoAnswer.is(q, "zh")).as(q).isFalse();
        }
    }
}
