package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BotIdentityQuestionTest {

    @Test
    void englishQuestionsAboutWhatTheShopperTalksTo() {
        for (String q : List.of("are you a robot?", "Am I talking to a bot?", "is this a real person?", "are you human?",
                "Are you a real person?", "r u a bot", "are you an AI?", "is this a bot or a human?",
                "are you a person or a bot?", "am I chatting with a human?", "is this automated?", "hi, are you a bot?",
                "Are you a real human being?", "is there a real person there?", "are you a chatbot")) {
            assertThat(BotIdentityQuestion.asks(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void chineseQuestionsAsReviewed() {
        for (String q : List.of("你是机器人吗", "是真人吗", "你是人工还是机器人", "亲，你是不是机器人啊", "你们是机器人吗", "你们是真人还是机器人")) {
            assertThat(BotIdentityQuestion.asks(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void requestsForAPersonAndOtherQuestionsAreNot() {
        for (String q : List.of("I want a real person", "talk to a human", "agent", "are you there?", "are you open on Sunday?",
                "is this real leather?", "is this real?", "are you sure?", "is this available in blue?", "human",
                "are you able to cancel my order?")) {
            assertThat(BotIdentityQuestion.asks(q, "en")).as(q).isFalse();
        }
        for (String q : List.of("我要真人", "转人工", "人工客服")) {
            assertThat(BotIdentityQuestion.asks(q, "zh")).as(q).isFalse();
        }
        assertThat(BotIdentityQuestion.asks("are you a robot?", "zh")).isFalse();
        assertThat(BotIdentityQuestion.asks("你是机器人吗", "en")).isFalse();
    }
}
