package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhyFollowUpTest {
    final WhyFollowUp why = new WhyFollowUp();

    @Test
    void englishWhyQuestionsAboutTheLastAnswer() {
        for (String text : List.of("why?", "Why", "why not?", "but why?", "ok but why was it declined?",
                "why did it fail?", "Why did my payment fail?", "why didn't it go through", "why can't I pay?",
                "How come?", "what's the reason?", "what is the reason for that", "what happened?",
                "what went wrong?", "can you tell me why?", "tell me why", "I want to know why", "explain",
                "why is it under review?", "why won't it let me pay", "why aren't instalments available?",
                "Why’s that?", "why was my card declined", "hmm, why")) {
            assertThat(why.asksWhy(text)).as(text).isTrue();
        }
    }

    @Test
    void aFailedPaymentsReasonDisputedAsksWhy() {
        // "I have enough money though" after "there wasn't enough balance": was "did you mean".
        for (String text : List.of("I have enough money though", "but I have enough money on my card",
                "there's plenty of money on my card", "I do have enough funds", "my card has enough credit",
                "but my balance is fine", "I've got money in my account")) {
            assertThat(why.asksWhy(text)).as(text).isTrue();
        }
        for (String text : List.of("I have enough points", "I have a question about money", "do I have enough credit?")) {
            assertThat(why.asksWhy(text)).as(text).isFalse();
        }
    }

    @Test
    void chineseWhyQuestionsAboutTheLastAnswer() {
        for (String text : List.of("为什么？", "为什么", "为啥失败", "为啥失败了", "为什么付不了款", "为什么不能分期？", "怎么回事",
                "怎么回事？？", "什么原因", "原因是什么？", "那为什么会失败呢", "凭什么不通过", "为什么这笔付款被拒绝了", "为何审核这么久", "是怎么回事",
                "这是怎么回事？", "那是为什么呢")) {
            assertThat(why.asksWhy(text)).as(text).isTrue();
        }
    }

    /** A why-question about something new goes to its own topic; so does anything that does not open with why. */
    @Test
    void questionsAboutSomethingNewAreNoFollowUp() {
        for (String text : List.of("why is shipping so expensive?", "why is your stupid app so slow?",
                "why is my order late", "explain the return policy", "what happened to the price of the jacket",
                "my payment failed, why?", "why?!? this is the third time I ask you about my refund and nobody answers",
                "whyyy", "what is a chargeback?", "为什么运费这么贵", "付款失败了，为什么？", "为什么快递还没到", "怎么退货", "",
                "   ")) {
            assertThat(why.asksWhy(text)).as(text).isFalse();
        }
        assertThat(why.asksWhy(null)).isFalse();
    }

    @Test
    void longMessagesAreNotRead() {
        assertThat(why.asksWhy("why " + "it ".repeat(40))).isFalse();
        assertThat(why.asksWhy("why " + "it ".repeat(20))).isTrue();
    }
}
