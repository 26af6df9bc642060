package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilityQuestionTest {

    @Test
    void questionsAboutWhatTheAssistantDoes() {
        for (String q : List.of("what can you do", "What can you do?", "so what can you do for me?", "how can you help me",
                "What can you help me with?", "what are you for?", "what do you do", "what kind of questions can you answer",
                "what can I ask you about?", "那你能干嘛", "你能做什么", "你会什么？", "你都能帮我做些什么", "您可以帮我处理哪些事情？",
                "你有什么功能", "我可以问你什么问题", "你到底会啥", "help", "Help!", "hlep", "help me please", "I need help",
                "can someone help me?")) {
            assertThat(CapabilityQuestion.asks(q)).as(q).isTrue();
        }
    }

    @Test
    void aQuestionAboutSomethingElseIsNot() {
        for (String q : List.of("what can you do about my late order?", "what do you do with returned items",
                "how can you help me get a refund for order SD10000001", "can you do express shipping", "你能便宜点吗",
                "你能帮我查一下订单吗", "你们会发顺丰吗", "你能做什么优惠", "what can I do if my payment fails", "", "hello",
                "help me track my order", "I need help with a refund")) {
            assertThat(CapabilityQuestion.asks(q)).as(q).isFalse();
        }
    }
}
