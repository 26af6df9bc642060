package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingItemReportTest {

    @Test
    void englishSaysAnItemOfTheOrderIsMissing() {
        for (String q : List.of("I ordered two things but only got one", "I ordered 2 items but only received 1",
                "I only received part of my order", "only got one of the two pillows", "Only one of them arrived.",
                "I got just one", "an item is missing from my package", "One item is missing from my order",
                "something is missing", "Something is missing from my parcel!", "there's an item missing",
                "my order is missing an item", "the box was missing one item", "I didn't get the other item",
                "I haven't received the rest of my order", "the other one hasn't arrived", "where is the rest of my order?",
                "not everything arrived", "part of my order is missing", "the second item never came",
                "I received an incomplete order", "Hi, I only got half of my order", "items missing from my delivery",
                "i only got 1 of 2 items, refund the other one", "I want a refund for the missing item")) {
            assertThat(MissingItemReport.says(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void chineseSaysAnItemOfTheOrderIsMissing() {
        for (String q : List.of("我买了两件只收到一件", "少发了一件", "你们漏发了", "少了一件", "包裹里少了一件东西", "缺件了",
                "没收到另一件", "另一件还没到", "还有一件没收到", "东西没收齐", "只收到了一部分", "订单不全", "怎么只到了一个",
                "买了三样只来了两样", "发少了", "我的货少了一件，怎么回事？", "东西少了", "少发了一件，退钱", "少发了一件，我要退款")) {
            assertThat(MissingItemReport.says(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void aPartOfAProductAWholeParcelSomethingElseOrAWhatIfIsNot() {
        for (String q : List.of("missing parts", "the lego set arrived with a piece missing", "a part is missing",
                "it says delivered but I never got it", "I only got one coupon", "I only received one email",
                "what if an item is missing?", "if something is missing what do I do?", "where is my order?",
                "I only have one question", "my package is missing", "the screws are missing",
                "do you ship items separately?", "the mug I got arrived broken")) {
            assertThat(MissingItemReport.says(q, "en")).as(q).isFalse();
        }
        for (String q : List.of("少了零件", "缺配件", "显示已签收但是我没收到", "怎么还没到", "如果少发了怎么办", "退款少了一笔",
                "积分少了一些", "少了一块钱", "至少一件吗", "多少件包邮", "分开发货吗", "收到的围巾有破洞", "我的订单到哪了")) {
            assertThat(MissingItemReport.says(q, "zh")).as(q).isFalse();
        }
    }

    @Test
    void eachLanguageOnlyItsOwnWordsAndOnlyAShortMessage() {
        assertThat(MissingItemReport.says("少发了一件", "en")).isFalse();
        assertThat(MissingItemReport.says("I only got one", "zh")).isFalse();
        assertThat(MissingItemReport.says("少发了一件" + "。".repeat(MissingItemReport.MAX_LENGTH_ZH), "zh")).isFalse();
        assertThat(MissingItemReport.says("", "en")).isFalse();
    }
}
