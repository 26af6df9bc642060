package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.DamagedParcelPolicy;
import io.shopdesk.dialogue.InvoiceWindow;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.LateDeliveryPolicy;
import io.shopdesk.dialogue.NotReceivedPolicy;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.dialogue.ReturnWindow;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Language;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the status of the demo order SD10000001 (in transit, due on 2026-11-28) reads on a given day with the shipped
 * reply texts: on time as it always did, slightly late or late with the day it was due, how many days ago, the carrier
 * and tracking number and what happens next; and the answers to a shopper chasing it.
 */
class OrderStatusReplyTest {
    static final ReplyTemplates TEXTS = ReplyTemplates.load(Path.of("rules/dialogue/replies"));
    static final LateDeliveryPolicy THREE_DAYS = new LateDeliveryPolicy(3);
    static final KbSearchResult NO_HITS = new KbSearchResult(List.of(), false);

    static OrderDetails order(String status, OrderDetails.Shipment shipment) {
        return new OrderDetails("SD10000001", status, 1, "张伟", "13800135678", new BigDecimal("828.00"), "CNY",
                List.of("AirFlow Running Shoes"), List.of("轻风跑步鞋"), shipment);
    }

    static final OrderDetails IN_TRANSIT = order("in_transit",
            new OrderDetails.Shipment("SF Express", "SF1234567890123", "in_transit", LocalDate.parse("2026-11-28"), null));

    static Reply reply(String action, OrderDetails order, String today, Language language) {
        return reply(action, null, order, today, language);
    }

    static Reply reply(String action, String detail, OrderDetails order, String today, Language language) {
        Decision decision = new Decision();
        decision.decide(action, detail, "Rule");
        OrderLookup lookup = new OrderLookup(order.id(), order, "5678", null, 0, 0, LocalDate.parse(today));
        List<Reply> replies = ReplyComposer.compose(decision, language, TEXTS, NO_HITS, lookup,
                new ReplyPolicies(3, new ReturnWindow(7, 30), THREE_DAYS, new NotReceivedPolicy(7), InvoiceWindow.FAQ,
                        DamagedParcelPolicy.FAQ));
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }

    @Test
    void onTimeTheStatusReadsAsItAlwaysDid() {
        Reply en = reply("order_status", IN_TRANSIT, "2026-11-28", Language.EN);
        assertThat(en.text()).isEqualTo("Order SD10000001 is in transit. Carrier: SF Express, tracking number "
                + "SF1234567890123, estimated delivery 2026-11-28.");
        assertThat(en.data()).doesNotContainKey("daysLate").containsEntry("eta", "2026-11-28")
                .containsEntry("deliveredOn", null);
        assertThat(reply("order_status", IN_TRANSIT, "2026-11-25", Language.ZH).text())
                .isEqualTo("订单 SD10000001 当前状态：运输中。承运商：顺丰速运，运单号：SF1234567890123，预计送达：2026-11-28。");
    }

    @Test
    void lateItSaysWhenItWasDueHowLongAgoAndOffersAnInvestigation() {
        Reply en = reply("order_status", IN_TRANSIT, "2026-12-06", Language.EN);
        assertThat(en.type()).isEqualTo("order_status");
        assertThat(en.text()).isEqualTo("I'm sorry, order SD10000001 is late: it was due on 2026-11-28, 8 days ago, and "
                + "it's still showing as in transit (carrier: SF Express, tracking number SF1234567890123). Would you "
                + "like me to pass it to a colleague who can open an investigation with SF Express?");
        assertThat(en.data()).containsEntry("daysLate", 8).containsEntry("status", "in_transit")
                .containsEntry("trackingNumber", "SF1234567890123").containsEntry("eta", "2026-11-28");
        assertThat(reply("order_status", IN_TRANSIT, "2026-12-06", Language.ZH).text())
                .isEqualTo("非常抱歉，订单 SD10000001 延误了：原定 2026-11-28 送达，已经晚了 8 天，目前状态仍是“运输中”"
                        + "（承运商：顺丰速运，运单号：SF1234567890123）。需要我转给同事，向顺丰速运发起查件吗？");
    }

    @Test
    void slightlyLateItGivesTheTrackingAndTheDayAColleagueWouldInvestigate() {
        assertThat(reply("order_status", IN_TRANSIT, "2026-11-29", Language.EN).text())
                .isEqualTo("Order SD10000001 is running a little late: it was due on 2026-11-28, 1 day ago, and it's "
                        + "still showing as in transit (carrier: SF Express, tracking number SF1234567890123, which shows "
                        + "its latest scan). If it still hasn't arrived on 2026-12-02, tell me and I'll pass it to a "
                        + "colleague who can open an investigation with SF Express.");
        assertThat(reply("order_status", IN_TRANSIT, "2026-12-01", Language.ZH).text())
                .isEqualTo("订单 SD10000001 比预计晚了一点：原定 2026-11-28 送达，已经晚了 3 天，目前状态是“运输中”"
                        + "（承运商：顺丰速运，运单号：SF1234567890123，可以用它查看最新的物流轨迹）。如果到 2026-12-02 还没收到，"
                        + "请告诉我，我会转给同事向顺丰速运发起查件。");
    }

    @Test
    void aShopperChasingALateOrderIsNotToldTheSameSentenceAgain() {
        Reply slight = reply("late_delivery", IN_TRANSIT, "2026-11-30", Language.EN);
        assertThat(slight.type()).isEqualTo("order_status");
        assertThat(slight.text()).isEqualTo("It's only a little behind: order SD10000001 was due on 2026-11-28, 2 days "
                + "ago, and it's still showing as in transit. I can't speed up SF Express or get a newer date than theirs, "
                + "but tracking number SF1234567890123 shows its latest scan. If it still hasn't arrived on 2026-12-02, "
                + "tell me and I'll pass it to a colleague who can open an investigation with SF Express.");
        assertThat(slight.data()).containsEntry("code", "late_delivery").containsEntry("daysLate", 2);
        Reply forAgent = reply("late_delivery_for_agent", IN_TRANSIT, "2026-12-06", Language.EN);
        assertThat(forAgent.text()).isEqualTo("I'm sorry for the wait. Order SD10000001 was due on 2026-11-28, 8 days "
                + "ago, and it's still showing as in transit, so I'm passing it to a colleague who can open an "
                + "investigation with SF Express (tracking number SF1234567890123) and will tell you what happens next.");
        assertThat(forAgent.data()).containsEntry("code", "late_delivery_for_agent").containsEntry("orderId", "SD10000001");
        assertThat(reply("late_delivery_for_agent", IN_TRANSIT, "2026-12-06", Language.ZH).text())
                .isEqualTo("让您久等了，非常抱歉！订单 SD10000001 原定 2026-11-28 送达，已经晚了 8 天，目前状态仍是“运输中”。"
                        + "我现在把它转给同事，由同事向顺丰速运发起查件（运单号：SF1234567890123），后续进展会告诉您。");
        assertThat(reply("late_delivery", IN_TRANSIT, "2026-11-29", Language.ZH).text())
                .isEqualTo("订单 SD10000001 只比预计晚了一点：原定 2026-11-28 送达，已经晚了 1 天，目前状态仍是“运输中”。"
                        + "快递的速度我这边没办法加快，也拿不到比顺丰速运更新的时间，您可以用运单号 SF1234567890123 查看最新的物流"
                        + "轨迹。如果到 2026-12-02 还没收到，请告诉我，我会转给同事向顺丰速运发起查件。");
    }

    @Test
    void aDeliveredOrderSaysTheDayItArrivedWhateverItsEstimate() {
        OrderDetails delivered = order("delivered", new OrderDetails.Shipment("SF Express", "SF1234567890123", "delivered",
                LocalDate.parse("2026-11-28"), LocalDate.parse("2026-12-03")));
        Reply en = reply("order_status", delivered, "2026-12-06", Language.EN);
        assertThat(en.text()).isEqualTo("Order SD10000001 has been delivered. SF Express delivered it on 2026-12-03 "
                + "(tracking number SF1234567890123).");
        assertThat(en.data()).doesNotContainKey("daysLate").containsEntry("deliveredOn", "2026-12-03");
    }

    @Test
    void anOrderOnTimeTheShopperSaysHasNotComeIsReassuredBeforeItsStatus() {
        assertThat(reply("order_status", "not_arrived", IN_TRANSIT, "2026-11-28", Language.EN).text())
                .isEqualTo("It isn't late yet: it's still within its estimated delivery. Here's the latest: Order "
                        + "SD10000001 is in transit. Carrier: SF Express, tracking number SF1234567890123, estimated "
                        + "delivery 2026-11-28.");
        assertThat(reply("order_status", "not_arrived", IN_TRANSIT, "2026-11-25", Language.ZH).text())
                .isEqualTo("请放心，这个订单没有延误，还在预计送达时间内。这是最新进度：订单 SD10000001 当前状态：运输中。"
                        + "承运商：顺丰速运，运单号：SF1234567890123，预计送达：2026-11-28。");
    }

    @Test
    void withoutAnEstimateItIsNotCalledOnTimeAndUnpaidItSaysWhyItHasNotShipped() {
        OrderDetails packing = order("processing", new OrderDetails.Shipment("SF Express", null, "label_created", null, null));
        assertThat(reply("order_status", "not_arrived", order("paid", null), "2026-11-28", Language.EN).text())
                .isEqualTo("It hasn't been handed to the carrier yet, so it has no delivery date so far. Here's where it "
                        + "is: Order SD10000001 is paid. It's waiting for our warehouse to pick and pack it, so there's "
                        + "no carrier or tracking number yet. In-stock items paid for before 15:00 usually leave the same "
                        + "day, and the rest the next day (up to 48 hours during big sales); if it's been longer than "
                        + "that, type \"agent\" and a colleague will check with the warehouse.");
        assertThat(reply("order_status", "not_arrived", packing, "2026-11-28", Language.ZH).text())
                .startsWith("这个订单还没有交给快递，所以暂时还没有预计送达时间。这是它目前的进度：订单 SD10000001 当前状态：");
        assertThat(reply("order_status", "not_arrived", order("pending_payment", null), "2026-11-28", Language.EN).text())
                .isEqualTo("It hasn't shipped because its payment isn't complete yet. Order SD10000001 is awaiting "
                        + "payment: you can complete it in My Orders with Alipay, WeChat Pay or a card.");
    }

    @Test
    void hurryIsLedByWhoHasTheOrder() {
        // Not shipped yet: the warehouse has it (order_status.lead.hurry.paid); on its way: the carrier.
        assertThat(reply("order_status", "hurry", order("paid", null), "2026-11-28", Language.EN).text())
                .startsWith("I understand you're waiting for it! I can't hurry the warehouse from here: in-stock orders "
                        + "paid before 15:00 (Beijing time) are dispatched the same day, later ones the next day. "
                        + "Here's where it is: Order SD10000001 is paid.");
        assertThat(reply("order_status", "hurry", IN_TRANSIT, "2026-11-20", Language.EN).text())
                .startsWith("I understand you're waiting for it! I can't make the carrier go faster, but here is the "
                        + "latest: Order SD10000001");
    }
}
