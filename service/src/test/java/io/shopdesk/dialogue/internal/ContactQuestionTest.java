package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactQuestionTest {

    @ParameterizedTest
    @ValueSource(strings = {"what's your customer service phone number?", "What is your phone number", "phone number?",
            "do you have a hotline?", "Do you have an email address?", "how can I contact you?", "how do I reach your support team",
            "what are your support hours?", "what are your opening hours", "when are your agents available?",
            "what time does customer service open?", "hi, what's your customer service number please",
            "how can I contact you by phone", "how do I reach you by email?", "can I call you?", "what's your email",
            "what's your support email?", "is there a number I can call", "is there an email I can write to?",
            "when are you open?", "what time do you close?", "your hotline?", "do you have a phone line?",
            "is customer service open on sundays?", "are you open now?", "are your agents online at weekends?",
            "how can I reach customer service by phone?", "how do I email customer support?",
            "what's the phone number for customer service?", "is there a phone number for support?",
            "do you have a number I can call?"})
    void englishQuestionsAboutReachingTheShop(String text) {
        assertThat(ContactQuestion.asks(text, "en")).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to talk to a person", "agent", "call me back", "what's my order number?",
            "can you give me your number and I'll call about my refund for SD10000001", "my phone number changed",
            "how do I change my phone number?", "",
            "I want to call someone", "can someone call me?", "please call me", "email", "can you email me the invoice?",
            "what's the number of my order?", "is there a discount?", "is it available in blue?", "are you a bot?",
            "can I speak to someone on the phone?", "what's the number of my order for you?", "the phone", "the phone?"})
    void englishRequestsAndOtherQuestionsAreNone(String text) {
        assertThat(ContactQuestion.asks(text, "en")).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"你们客服电话多少", "客服电话是多少？", "有没有客服电话", "客服几点上班", "人工客服什么时候在线",
            "客服工作时间", "怎么联系你们客服", "请问客服邮箱是多少", "售后几点下班啊", "有邮箱吗", "我想问下你们客服几点下班",
            "你们电话多少", "有电话吗", "邮箱是多少", "你们的邮箱", "怎么打电话给你们", "怎么给你们打电话", "可以打电话吗",
            "有没有电话可以打", "客服电话怎么打", "你们几点上班", "你们什么时候营业", "营业时间",
            "周末有客服吗", "周日有人工客服吗", "节假日客服上班吗", "能发邮件吗", "周末上班吗", "晚上有人吗"})
    void chineseQuestionsAboutReachingTheShop(String text) {
        assertThat(ContactQuestion.asks(text, "zh")).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"转人工", "我要找客服", "人工客服", "我的电话号码换了", "怎么修改手机号", "快递员电话多少", "客服",
            "我想打电话", "能给我打个电话吗", "给我打电话", "什么时候开始", "什么时候发货", "几点发货"})
    void chineseRequestsAndOtherQuestionsAreNone(String text) {
        assertThat(ContactQuestion.asks(text, "zh")).as(text).isFalse();
    }

    @Test
    void eachLanguageHasItsOwnWording() {
        assertThat(ContactQuestion.asks("客服电话多少", "en")).isFalse();
        assertThat(ContactQuestion.asks("what are your support hours?", "zh")).isFalse();
    }
}
