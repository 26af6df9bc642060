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
 * What a shopper who never got their parcel reads, with the shipped reply texts, for the demo order SD10000002 (JD
 * Logistics, delivered on 2026-11-13): within the window for a carrier investigation, after it, without a day of
 * delivery; and the lead before the status of an order not delivered yet.
 */
class NotReceivedReplyTest {
    static final ReplyTemplates TEXTS = ReplyTemplates.load(Path.of("rules/dialogue/replies"));
    static final KbSearchResult NO_HITS = new KbSearchResult(List.of(), false);

    static OrderDetails order(String status, LocalDate eta, LocalDate deliveredOn) {
        return new OrderDetails("SD10000002", status, 2, "Emily Clark", "13900004321", new BigDecimal("1298.00"), "CNY",
                List.of("StormShield Waterproof Jacket", "Cashmere Scarf"), List.of("风暴防水冲锋衣", "羊绒围巾"),
                new OrderDetails.Shipment("JD Logistics", "JDVA27483910562", status, eta, deliveredOn));
    }

    static final OrderDetails DELIVERED = order("delivered", LocalDate.parse("2026-11-13"), LocalDate.parse("2026-11-13"));

    static Reply reply(String action, String detail, OrderDetails order, String today, Language language) {
        Decision decision = new Decision();
        decision.decide(action, detail, "Rule");
        OrderLookup lookup = new OrderLookup(order.id(), order, "4321", null, 0, 0, LocalDate.parse(today));
        List<Reply> replies = ReplyComposer.compose(decision, language, TEXTS, NO_HITS, lookup,
                new ReplyPolicies(3, new ReturnWindow(7, 30), new LateDeliveryPolicy(3), new NotReceivedPolicy(7),
                        InvoiceWindow.FAQ, DamagedParcelPolicy.FAQ));
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }

    @Test
    void withinTheWindowAColleagueOpensAnInvestigationWithTheCarrier() {
        Reply en = reply("order_request_for_agent", "not_received.in_time", DELIVERED, "2026-11-15", Language.EN);
        assertThat(en.type()).isEqualTo("text");
        assertThat(en.text()).isEqualTo("I'm sorry you haven't received it. JD Logistics shows order SD10000002 as "
                + "delivered on 2026-11-13 (tracking number JDVA27483910562). Couriers often leave parcels in a parcel "
                + "locker (快递柜), at a pickup station (驿站), at your building's reception or with a neighbour, so it's "
                + "worth a quick look there. I'm passing it to a colleague from our logistics team now, who will open an "
                + "investigation with JD Logistics: it's usually resolved within 1–3 business days, and if the parcel is "
                + "lost we'll reship it or refund you.");
        assertThat(en.data()).containsEntry("code", "order_request_for_agent").containsEntry("request", "not_received")
                .containsEntry("case", "in_time").containsEntry("deliveredOn", "2026-11-13")
                .containsEntry("reportBy", "2026-11-20");
        assertThat(reply("order_request_for_agent", "not_received.in_time", DELIVERED, "2026-11-15", Language.ZH).text())
                .isEqualTo("很抱歉您还没拿到包裹。京东物流显示订单 SD10000002 已于 2026-11-13 签收（运单号：JDVA27483910562）。"
                        + "快递员经常会把包裹放在快递柜、附近的驿站、小区门卫或前台，也可能交给了邻居，麻烦您先找一找。我现在把它转给"
                        + "物流组的同事，由同事向京东物流发起查件，一般1-3个工作日内给您答复；确认丢件的话会为您补发或退款。");
    }

    @Test
    void afterTheWindowItSaysSoAndPromisesNoRefund() {
        Reply en = reply("order_request_for_agent", "not_received.late_report", DELIVERED, "2026-12-06", Language.EN);
        assertThat(en.text()).isEqualTo("I'm sorry you haven't received it. JD Logistics shows order SD10000002 as "
                + "delivered on 2026-11-13 (tracking number JDVA27483910562). If you haven't yet, please check your parcel "
                + "locker (快递柜), the nearest pickup station (驿站), your building's reception and your neighbours. A "
                + "missing parcel should be reported within 7 days of delivery, and that window ended on 2026-11-20, so I "
                + "can't open a carrier investigation from here; I'm passing it to a colleague from our logistics team, "
                + "who will see what can still be done.");
        assertThat(en.text()).doesNotContain("refund");
        Reply zh = reply("order_request_for_agent", "not_received.late_report", DELIVERED, "2026-12-06", Language.ZH);
        assertThat(zh.text()).contains("没收到的包裹需要在签收后 7 天内反馈，这个订单已经过了期限（2026-11-20）")
                .doesNotContain("退款");
    }

    @Test
    void withoutADayOfDeliveryAColleagueChecksItWithTheCarrier() {
        OrderDetails undated = order("delivered", LocalDate.parse("2026-11-13"), null);
        Reply en = reply("order_request_for_agent", "not_received.delivered_undated", undated, "2026-12-06", Language.EN);
        assertThat(en.text()).startsWith("I'm sorry you haven't received it. JD Logistics shows order SD10000002 as "
                + "delivered (tracking number JDVA27483910562), but I can't see the day it was delivered.")
                .endsWith("who will check it with JD Logistics and tell you what happens next.");
        assertThat(en.data()).doesNotContainKey("reportBy").doesNotContainKey("deliveredOn");
        assertThat(reply("order_request_for_agent", "not_received.delivered_undated", undated, "2026-12-06", Language.ZH)
                .text()).contains("京东物流显示订单 SD10000002 已签收（运单号：JDVA27483910562），但我这里看不到签收日期。");
    }

    @Test
    void anOrderNotDeliveredYetIsToldSoThenItsStatusLateIfItIs() {
        OrderDetails onItsWay = order("in_transit", LocalDate.parse("2026-12-08"), null);
        Reply en = reply("order_status", "not_received", onItsWay, "2026-12-06", Language.EN);
        assertThat(en.type()).isEqualTo("order_status");
        assertThat(en.text()).isEqualTo("It hasn't been delivered yet. Here's where it is: "
                + "Order SD10000002 is in transit. Carrier: JD Logistics, tracking number JDVA27483910562, estimated "
                + "delivery 2026-12-08.");
        assertThat(reply("order_status", "not_received", onItsWay, "2026-12-14", Language.ZH).text())
                .startsWith("这个订单还没有签收，这是它目前的进度：非常抱歉，订单 SD10000002 延误了：原定 2026-12-08 送达，"
                        + "已经晚了 6 天");
    }
}
