package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingParcelReportTest {

    @Test
    void englishSaysADeliveredParcelDidNotReachThem() {
        for (String q : List.of("it says delivered but I never got it", "It says delivered but I never got it",
                "my package says delivered but i never got it", "Tracking says delivered but I didn't get it.",
                "My package shows as signed for but it's not here.", "The courier marked my order delivered, where is it?",
                "I can't find my parcel even though it was delivered.", "tracking shows delivered but nothing arrived",
                "it was delivered but I haven’t received it", "I haven't received it but it says delivered",
                "status says delivered, I never received anything", "it's marked as delivered but it never arrived",
                "I never got it", "I never received my order", "we never got the package",
                "it wasn't delivered to me", "it was delivered to the wrong address", "someone else signed for it",
                "it was signed for by someone I don't know", "I never signed for it", "my package was stolen",
                "the parcel is lost", "it says delivered but I never got it, can you check if a neighbour has it?",
                "hi, the app says delivered but it's not at my door",
                "the parcel shows delivered but I cannot locate it", "My package is marked as delivered but there's no sign of it",
                "signed for but not received", "the courier left it at the door and now it's gone",
                "the driver left my parcel outside, now it's missing",
                // left with a neighbour, who does not have it: a parcel not received like "someone else signed for it"
                "the courier left it with my neighbour and I can't find it",
                "the driver gave it to my neighbor but they don't have it")) {
            assertThat(MissingParcelReport.says(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void chineseSaysADeliveredParcelDidNotReachThem() {
        for (String q : List.of("显示已签收但是我没收到", "物流显示已签收，但我没收到。", "快递说送到了，可是我没拿到东西",
                "明明签收了却找不到快递", "显示签收了，包裹在哪？", "我没收到货，显示已经签收了", "已签收？我根本没收到",
                "被人代签了", "快递被别人签收了", "不是我签收的", "我没签收过，怎么显示签收了", "快递丢了", "包裹被人拿走了",
                "显示放在快递柜了但是我没找到", "送错地址了", "快递说送到了，可是我找不着东西", "物流显示签收了，可是东西我没看着",
                "快递放在门口了但是我没找到", "快递员把包裹扔在门口就走了，现在找不到了", "快递扔门口被人拿走了",
                "快递员把快递放在邻居家了，但是我找不到", "快递放邻居家了，邻居说没有")) {
            assertThat(MissingParcelReport.says(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void aParcelNotYetComeAnItemShortOrSomethingElseIsNot() {
        for (String q : List.of("it's still not here", "I haven't received my order yet, when will it be delivered?",
                "when will it be delivered?", "it was delivered yesterday, thanks", "I got it, thanks",
                "it was delivered but the box was damaged", "it was delivered but a part is missing",
                "it says delivered but I didn't receive the right size", "it says delivered but I never got my refund",
                "I never got my refund", "what if it says delivered but I didn't get it?",
                "if it says delivered but I never got it, what do I do?", "where is my order?",
                "the mug I got arrived broken", "I didn't get the confirmation email", "the order was delivered", "when will it be delivered? I haven't got it",
                // the parcel came, left where the shopper did not want it: a complaint about the courier
                "the courier left my parcel at the door", "the driver threw my parcel over the fence",
                "can you leave it with my neighbour?", "the courier left it with my neighbour, I picked it up")) {
            assertThat(MissingParcelReport.says(q, "en")).as(q).isFalse();
        }
        for (String q : List.of("怎么还没到", "还没收到", "什么时候送达，我还没收到", "已经签收了，谢谢", "签收了但是少了一件",
                "我的退款怎么还没到账", "退货已签收，退款还没收到", "如果显示签收了但没收到怎么办", "收到的围巾有破洞",
                "可以让门卫代签吗", "我还没签收", "我的订单到哪了", "签收了，东西是坏的", "快递小哥把包裹扔在门口",
                "快递员把快递扔门口就走了", "邻居帮我代收了，谢谢")) {
            assertThat(MissingParcelReport.says(q, "zh")).as(q).isFalse();
        }
    }

    @Test
    void eachLanguageOnlyItsOwnWordsAndOnlyAShortMessage() {
        assertThat(MissingParcelReport.says("显示已签收但是我没收到", "en")).isFalse();
        assertThat(MissingParcelReport.says("it says delivered but I never got it", "zh")).isFalse();
        assertThat(MissingParcelReport.says("it says delivered but I never got it " + "and ".repeat(50), "en")).isFalse();
        assertThat(MissingParcelReport.says("显示已签收但是我没收到" + "啊".repeat(50), "zh")).isFalse();
        assertThat(MissingParcelReport.says("", "en")).isFalse();
        assertThat(MissingParcelReport.says(null, "zh")).isFalse();
    }
}
