package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotArrivedYetTest {

    @Test
    void englishSaysItHasNotCome() {
        for (String q : List.of("it's still not here", "It’s still not here!", "still not here", "it still hasn't arrived",
                "my order still hasn't arrived", "I still haven't received it", "I haven't got my parcel yet",
                "the package hasn't come yet", "nothing has arrived", "why isn't it here yet?", "why is it so late?",
                "it's so late", "my order is overdue", "still waiting", "but it still hasn't arrived, it's been a week",
                "I didn't receive anything", "it's been a week and my parcel still isn't here",
                "It's been 5 days, and my order still hasn't arrived", "after two weeks it's still not here",
                "my package isn't here yet", "why isn't my package here yet?", "why hasn't my order arrived?",
                "why haven't they arrived yet")) {
            assertThat(NotArrivedYet.says(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void englishSaysItHasNotComeInAnger() {
        // Stop 33: the angry ones were handed to a person at once, without the order asked for.
        for (String q : List.of("my package is a week late!!", "My package is a WEEK late!! unacceptable",
                "My package is a week late!! This is ridiculous", "I'm so angry, my parcel is a week late",
                "Where is my package?? It's a week late!!", "my order is 3 days late", "the parcel is two weeks overdue")) {
            assertThat(NotArrivedYet.says(q, "en")).as(q).isTrue();
        }
        for (String q : List.of("this is ridiculous", "I'm so angry", "where is my package??", "my payment is a week late",
                "I'm so angry, where is my refund?")) {
            assertThat(NotArrivedYet.says(q, "en")).as(q).isFalse();
        }
    }

    @Test
    void chineseSaysItHasNotCome() {
        for (String q : List.of("怎么还没到", "为什么还没到", "还没收到", "我没收到啊", "没收到", "我根本没收到", "怎么还没收到啊",
                "快递怎么还没到啊", "都过了好几天了还没到",
                "物流一直没更新", "到现在也没收到", "怎么还没发货", "已经晚了好几天了", "晚了3天了", "怎么这么慢", "快递太慢了",
                "都一个星期了还没到", "快递怎么还没到")) {
            assertThat(NotArrivedYet.says(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void otherQuestionsAboutDeliveryAreNot() {
        for (String q : List.of("when will it arrive?", "where is my order?", "it arrived, thanks", "it's here now",
                "how long does shipping take?", "can you hurry it up?", "I haven't decided yet", "still there?",
                "I'm late for work", "i still haven't decided which one to buy", "it's been a week since I ordered",
                "it's been great, thanks", "why isn't my coupon working?", "it isn't here in the app")) {
            assertThat(NotArrivedYet.says(q, "en")).as(q).isFalse();
        }
        for (String q : List.of("什么时候到", "已经收到了，谢谢", "到了", "运费多少", "我的订单到哪了", "现在下单会不会太晚了",
                "亲 我的退款怎么还没到账", "积分怎么还没到账", "验证码怎么还没收到", "发票还没收到",
                "我没收到验证码", "我没收到回复", "显示签收了但我没收到",
                "客服回复太慢了", "网页加载好慢")) {
            assertThat(NotArrivedYet.says(q, "zh")).as(q).isFalse();
        }
    }

    @Test
    void aLongMessageIsNotReadAsOne() {
        String essay = "it's still not here " + "and I have been waiting and waiting for it ".repeat(3);
        assertThat(NotArrivedYet.says(essay, "en")).isFalse();
        assertThat(NotArrivedYet.says("还没收到".repeat(11), "zh")).isFalse();
    }
}
