package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpWordingTest {
    final FollowUpWording wording = new FollowUpWording();

    @Test
    void chineseFollowUpsGiveTheirNewWords() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("那香港呢", "香港");
        expected.put("新疆呢？", "新疆");
        expected.put("专票呢", "专票");
        expected.put("那换货呢", "换货");
        expected.put("那么国外呢?", "国外");
        expected.put("还有专票？", "专票");
        expected.put("那, 换货?", "换货");
        expected.put("如果是新疆的话呢", "新疆");
        expected.put("6期呢", "6期");
        expected.put("可以重开吗", "重开");
        expected.put("那能加急吗？", "加急");
        expected.forEach((text, words) ->
                assertThat(wording.newWords(text, Language.ZH)).as(text).hasValue(words));
    }

    @Test
    void chineseCompleteQuestionsAndAcknowledgementsAreNone() {
        for (String text : List.of("那我的订单到哪了", "那我的订单到哪了呢", "怎么退货", "运费多少呢", "那怎么换货呢", "能便宜点吗", "可以优惠点吗", "能打折吗",
                "可以开增值税专用发票吗",
                "好的呢", "嗯嗯呢", "那好吧", "那香港", "能便宜点吗", "那这个商品什么时候能到呢", "香港", "",
                "这个问题太长了根本不是一个简短的追问呢")) {
            assertThat(wording.newWords(text, Language.ZH)).as(text).isEmpty();
        }
    }

    @Test
    void englishFollowUpsGiveTheirNewWords() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("what about Hong Kong?", "hong kong");
        expected.put("What about a VAT invoice?", "a vat invoice");
        expected.put("and exchanges?", "exchanges");
        expected.put("And exchanges", "exchanges");
        expected.put("how about express shipping?", "express shipping");
        expected.put("ok, and what about international orders?", "international orders");
        expected.put("Hong Kong?", "hong kong");
        expected.put("exchanges?", "exchanges");
        expected.forEach((text, words) ->
                assertThat(wording.newWords(text, Language.EN)).as(text).hasValue(words));
    }

    @Test
    void englishCompleteQuestionsAndSmallTalkAreNone() {
        for (String text : List.of("how do I return a jacket?", "and how do I return a jacket?",
                "what about my order?", "and can I pay with huabei?", "where is my order?", "why?", "really?",
                "ok?", "thanks?", "Hong Kong", "what about the thing I bought for my mother last week in the sale?",
                "what is your return policy?", "agent?", "")) {
            assertThat(wording.newWords(text, Language.EN)).as(text).isEmpty();
        }
    }
}
