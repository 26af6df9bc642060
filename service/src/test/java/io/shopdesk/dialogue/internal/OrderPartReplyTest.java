package io.shopdesk.dialogue.internal;

import static io.shopdesk.dialogue.internal.ParcelsReplyTest.BEDDING;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.FIRST_DELIVERED;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.HALF_DELIVERED;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.PILLOWS;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.SECOND_DELIVERED;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.SECOND_ON_ITS_WAY;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.order;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.OrderPart;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answer to a request about part of an order sent in several parcels, with the shipped reply texts, for an order
 * like the demo SD10000048 (the bedding set delivered by SF Express on 2026-12-05, two pillows on their way with JD
 * Logistics, due on 2026-12-08), on the days the scenarios cannot choose: past the no-reason window, past every
 * window, a delivery without a day; and the values the part brings (its day, not the order's latest parcel's).
 */
class OrderPartReplyTest {

    static OrderLookup partOf(OrderDetails order, String today, boolean bedding) {
        LocalDate day = LocalDate.parse(today);
        OrderPart part = OrderPart.of(order, bedding, parcel -> parcel.items().contains(BEDDING), day);
        return new OrderLookup(order.id(), order, "8642", null, 0, 0, day).withPart(part);
    }

    @Test
    void theBeddingSetNamedPastItsNoReasonWindowIsReturnedOnlyIfFaulty() {
        Reply en = reply("order_request", "return.part_defective_only", partOf(HALF_DELIVERED, "2026-12-20", true),
                Language.EN);
        assertThat(en.text()).isEqualTo("Order SD10000048 was sent in 2 parcels: parcel 1 (Egyptian Cotton Bedding Set) "
                + "was delivered by SF Express on 2026-12-05 (tracking number SF1486420000481). The 7-day no-reason return "
                + "for the Egyptian Cotton Bedding Set ended on 2026-12-12. If an item is faulty, you can still return it "
                + "until 2027-01-04: in My Orders, open order SD10000048, tap Apply for Return, choose \"Quality issue\" "
                + "and add photos or a short video, and we'll arrange a free pickup.");
        assertThat(en.data()).containsEntry("part", "named_delivered").containsEntry("partParcels", List.of(1))
                .containsEntry("deliveredOn", "2026-12-05").containsEntry("returnBy", "2026-12-12")
                .containsEntry("case", "part_defective_only");
        assertThat(reply("order_request", "return.part_defective_only", partOf(HALF_DELIVERED, "2026-12-20", true),
                Language.ZH).text()).startsWith("订单 SD10000048 分2个包裹发出：第1个包裹（埃及长绒棉床品四件套）已由顺丰速运于 "
                + "2026-12-05 送达（运单号：SF1486420000481）。埃及长绒棉床品四件套的7天无理由退货已于 2026-12-12 截止。"
                + "如果商品有质量问题，2027-01-04 前仍可以退货");
    }

    @Test
    void aCancellationOfThePartDeliveredLongAgoSaysTheOrderCannotBeCancelledAsAWhole() {
        Reply en = reply("order_request", "cancel.part_window_closed", partOf(HALF_DELIVERED, "2027-01-10", false),
                Language.EN);
        assertThat(en.text()).isEqualTo("Order SD10000048 can no longer be cancelled as a whole, as part of it has "
                + "already been delivered: parcel 1 (Egyptian Cotton Bedding Set) was delivered by SF Express on "
                + "2026-12-05 (tracking number SF1486420000481). That was more than 30 days ago, so the Egyptian Cotton "
                + "Bedding Set can no longer be returned or exchanged. Electronics are still covered by our 1-year "
                + "warranty: type \"agent\" if an item has a fault and a colleague will help. Meanwhile, parcel 2 "
                + "(Memory Foam Pillow ×2) is on its way with JD Logistics (tracking number JDVA28642000482); it was due "
                + "on 2026-12-08 and is running late: you can refuse it when it's delivered, and we refund you once it's "
                + "back with us, or return or exchange its items within 7 days after it arrives.");
        assertThat(en.data()).containsEntry("part", "delivered_part");
        assertThat(reply("order_request", "cancel.part_window_closed", partOf(HALF_DELIVERED, "2027-01-10", false),
                Language.ZH).text()).isEqualTo("订单 SD10000048 已经有一部分签收了，无法再整单取消：第1个包裹（埃及长绒棉床品四件套）"
                + "已由顺丰速运于 2026-12-05 送达（运单号：SF1486420000481）。已超过30天，埃及长绒棉床品四件套无法再退换货。"
                + "电子产品仍享受1年保修服务；如果商品出现故障，可以输入“转人工”，同事会协助您。另外，第2个包裹（记忆棉护颈枕 ×2）"
                + "正由京东物流运送中（运单号：JDVA28642000482），原定 2026-12-08 送达，已经晚了：送达时可以拒收，包裹退回仓库后为您退款；"
                + "也可以签收后7天内申请退换货。");
    }

    @Test
    void aFaultyItemOfAPartDeliveredOnAnUnknownDayGetsTheWindowsInGeneral() {
        var undated = new OrderDetails.Shipment("SF Express", "SF1486420000481", "delivered", null, null);
        OrderDetails order = order("in_transit", List.of(new OrderDetails.Parcel(undated, List.of(BEDDING)),
                new OrderDetails.Parcel(SECOND_ON_ITS_WAY, List.of(PILLOWS))));
        Reply en = reply("order_request", "faulty.part_delivered_undated", partOf(order, "2026-12-06", false),
                Language.EN);
        assertThat(en.text()).startsWith("I'm sorry about that. Order SD10000048 was sent in 2 parcels, and only part of "
                + "it has reached you so far: parcel 1 (Egyptian Cotton Bedding Set) was delivered by SF Express "
                + "(tracking number SF1486420000481). A faulty item from it can be returned free of charge within 30 "
                + "days of delivery:");
        assertThat(en.data()).doesNotContainKeys("deliveredOn", "returnBy");
    }

    @Test
    void thePartOnItsWayNamesThatParcelNotTheOrdersLatest() {
        // The pillows travel in the older parcel here, the bedding set (delivered) in the latest one.
        OrderDetails order = order("delivered", List.of(new OrderDetails.Parcel(SECOND_ON_ITS_WAY, List.of(PILLOWS)),
                new OrderDetails.Parcel(FIRST_DELIVERED, List.of(BEDDING))));
        LocalDate today = LocalDate.parse("2026-12-06");
        OrderLookup lookup = new OrderLookup(order.id(), order, "8642", null, 0, 0, today)
                .withPart(OrderPart.of(order, true, parcel -> parcel.items().contains(PILLOWS), today));
        assertThat(reply("order_request", "exchange.part_on_its_way", lookup, Language.EN).text())
                .isEqualTo("Order SD10000048 was sent in 2 parcels, and parcel 1 (Memory Foam Pillow ×2) is on its way "
                        + "with JD Logistics (tracking number JDVA28642000482), estimated delivery 2026-12-08. Once it "
                        + "arrives, you can exchange the Memory Foam Pillow ×2 for another size or colour within 7 days, "
                        + "unused: open order SD10000048 in My Orders and tap Apply for Exchange.");
        assertThat(reply("order_request", "exchange.part_on_its_way", lookup, Language.ZH).text())
                .isEqualTo("订单 SD10000048 分2个包裹发出，第1个包裹（记忆棉护颈枕 ×2）正由京东物流运送中（运单号：JDVA28642000482），"
                        + "预计 2026-12-08 送达。签收后7天内，未使用的记忆棉护颈枕 ×2可以在“我的订单”打开订单 SD10000048，"
                        + "点击“申请换货”，换其他尺码或颜色。");
    }

    @Test
    void aLateOrderInParcelsIsToldAndChasedByItsLateParcelNotItsLatestShipment() {
        // Parcel 2 (the latest) on its way and 4 days past its estimate, parcel 1 delivered.
        OrderLookup lookup = ParcelsReplyTest.lookup(HALF_DELIVERED, "2026-12-12");
        assertThat(lookup.getDaysLate()).isEqualTo(4);
        Reply status = reply("order_status", null, lookup, Language.EN);
        assertThat(status.text()).isEqualTo("I'm sorry, parcel 2 (Memory Foam Pillow ×2) of order SD10000048 is late: "
                + "it was due on 2026-12-08, 4 days ago, and it's still on its way (carrier: JD Logistics, tracking number "
                + "JDVA28642000482). Would you like me to pass it to a colleague who can open an investigation with JD "
                + "Logistics? It was sent in 2 parcels: parcel 1 (Egyptian Cotton Bedding Set) was delivered by SF Express "
                + "on 2026-12-05 (tracking number SF1486420000481); parcel 2 (Memory Foam Pillow ×2) is on its way with JD "
                + "Logistics (tracking number JDVA28642000482); it was due on 2026-12-08 and is running late.");
        assertThat(status.data()).containsEntry("daysLate", 4).containsEntry("lateParcel", 2);

        // Parcel 1 still on its way, 4 days late; parcel 2, the latest shipment, already delivered: the order's own
        // shipment says nothing late, its parcel does.
        OrderDetails firstLate = order("in_transit", List.of(new OrderDetails.Parcel(SECOND_ON_ITS_WAY, List.of(PILLOWS)),
                new OrderDetails.Parcel(FIRST_DELIVERED, List.of(BEDDING))));
        OrderLookup chased = ParcelsReplyTest.lookup(firstLate, "2026-12-12");
        assertThat(firstLate.daysLate(LocalDate.parse("2026-12-12"))).isZero();
        Reply en = reply("late_delivery_for_agent", null, chased, Language.EN);
        assertThat(en.text()).isEqualTo("I'm sorry for the wait. In order SD10000048, parcel 1 (Memory Foam Pillow ×2) "
                + "was due on 2026-12-08, 4 days ago, and it's still on its way, so I'm passing it to a colleague who can "
                + "open an investigation with JD Logistics (tracking number JDVA28642000482) and will tell you what "
                + "happens next.");
        assertThat(en.data()).containsEntry("code", "late_delivery_for_agent").containsEntry("lateParcel", 1)
                .containsEntry("carrier", "JD Logistics").containsEntry("trackingNumber", "JDVA28642000482");
        assertThat(reply("late_delivery_for_agent", null, chased, Language.ZH).text()).isEqualTo("让您久等了，非常抱歉！"
                + "订单 SD10000048 的第1个包裹（记忆棉护颈枕 ×2）原定 2026-12-08 送达，已经晚了 4 天，目前仍在运送中。我现在把它转给"
                + "同事，由同事向京东物流发起查件（运单号：JDVA28642000482），后续进展会告诉您。");

        OrderLookup slightly = ParcelsReplyTest.lookup(firstLate, "2026-12-10");
        assertThat(reply("late_delivery", null, slightly, Language.EN).text()).isEqualTo("It's only a little behind: in "
                + "order SD10000048, parcel 1 (Memory Foam Pillow ×2) was due on 2026-12-08, 2 days ago, and it's still on "
                + "its way. I can't speed up JD Logistics or get a newer date than theirs, but tracking number "
                + "JDVA28642000482 shows its latest scan. If it still hasn't arrived on 2026-12-12, tell me and I'll pass "
                + "it to a colleague who can open an investigation with JD Logistics.");
        assertThat(reply("order_status", null, slightly, Language.ZH).text()).startsWith("订单 SD10000048 的第1个包裹"
                + "（记忆棉护颈枕 ×2）比预计晚了一点：原定 2026-12-08 送达，已经晚了 2 天，目前仍在运送中（承运商：京东物流，运单号："
                + "JDVA28642000482，可以用它查看最新的物流轨迹）。");
    }

    @Test
    void aParcelNeverReceivedReportedPastItsWindowNamesItsOwnCarrierAndDayAndTheRestOnItsWay() {
        Reply en = reply("order_request_for_agent", "not_received.part_late_report",
                partOf(HALF_DELIVERED, "2026-12-20", false), Language.EN);
        assertThat(en.text()).isEqualTo("I'm sorry you haven't received it. Order SD10000048 was sent in 2 parcels: "
                + "parcel 1 (Egyptian Cotton Bedding Set) was delivered by SF Express on 2026-12-05 (tracking number "
                + "SF1486420000481). If you haven't yet, please check your parcel locker (快递柜), the nearest pickup "
                + "station (驿站), your building's reception and your neighbours. A missing parcel should be reported "
                + "within 7 days of delivery, and that window ended on 2026-12-12, so I can't open a carrier investigation "
                + "from here; I'm passing it to a colleague from our logistics team, who will see what can still be done. "
                + "Meanwhile, parcel 2 (Memory Foam Pillow ×2) is on its way with JD Logistics (tracking number "
                + "JDVA28642000482); it was due on 2026-12-08 and is running late.");
        assertThat(en.data()).containsEntry("request", "not_received").containsEntry("case", "part_late_report")
                .containsEntry("deliveredOn", "2026-12-05").containsEntry("reportBy", "2026-12-12");
        assertThat(reply("order_request_for_agent", "not_received.part_late_report",
                partOf(HALF_DELIVERED, "2026-12-20", false), Language.ZH).text()).startsWith("很抱歉您还没拿到包裹。"
                + "订单 SD10000048 分2个包裹发出：第1个包裹（埃及长绒棉床品四件套）已由顺丰速运于 2026-12-05 送达（运单号："
                + "SF1486420000481）。如果还没找过").contains("这个包裹已经过了期限（2026-12-12）");

        var undated = new OrderDetails.Shipment("SF Express", "SF1486420000481", "delivered", null, null);
        OrderDetails order = order("in_transit", List.of(new OrderDetails.Parcel(undated, List.of(BEDDING)),
                new OrderDetails.Parcel(SECOND_ON_ITS_WAY, List.of(PILLOWS))));
        Reply noDay = reply("order_request_for_agent", "not_received.part_delivered_undated",
                partOf(order, "2026-12-06", true), Language.EN);
        assertThat(noDay.text()).startsWith("I'm sorry you haven't received it. Order SD10000048 was sent in 2 parcels: "
                + "parcel 1 (Egyptian Cotton Bedding Set) was delivered by SF Express (tracking number SF1486420000481). "
                + "I can't see the day it was delivered, though.").contains("who will check it with SF Express")
                .doesNotContain("Meanwhile");
    }

    @Test
    void aParcelNeverReceivedOfSeveralDeliveredAndNoneNamedListsEachDeliveredParcelAndEachCarrier() {
        OrderDetails.Item scarf = new OrderDetails.Item("Silk Scarf", "真丝围巾", 1);
        OrderDetails.Shipment third = new OrderDetails.Shipment("SF Express", "SF1486420000484", "in_transit",
                LocalDate.parse("2026-12-14"), null);
        OrderDetails order = order("in_transit", List.of(new OrderDetails.Parcel(FIRST_DELIVERED, List.of(BEDDING)),
                new OrderDetails.Parcel(SECOND_DELIVERED, List.of(PILLOWS)),
                new OrderDetails.Parcel(third, List.of(scarf))));
        OrderLookup lookup = partOf(order, "2026-12-09", false);
        assertThat(lookup.getOrderPart().parcels()).containsExactly(1, 2);
        Reply en = reply("order_request_for_agent", "not_received.part_in_time", lookup, Language.EN);
        assertThat(en.text()).startsWith("I'm sorry you haven't received it. Order SD10000048 was sent in 3 parcels: "
                + "parcel 1 (Egyptian Cotton Bedding Set) was delivered by SF Express on 2026-12-05 (tracking number "
                + "SF1486420000481); parcel 2 (Memory Foam Pillow ×2) was delivered by JD Logistics on 2026-12-07 "
                + "(tracking number JDVA28642000482). Couriers often leave parcels")
                .contains("who will open an investigation with SF Express and JD Logistics: it's usually resolved")
                .endsWith("Meanwhile, parcel 3 (Silk Scarf) is on its way with SF Express (tracking number "
                        + "SF1486420000484), estimated delivery 2026-12-14.");
        assertThat(en.data()).containsEntry("part", "delivered_part").containsEntry("partParcels", List.of(1, 2));
        assertThat(reply("order_request_for_agent", "not_received.part_in_time", lookup, Language.ZH).text())
                .contains("第1个包裹（埃及长绒棉床品四件套）已由顺丰速运于 2026-12-05 送达（运单号：SF1486420000481）；第2个包裹"
                        + "（记忆棉护颈枕 ×2）已由京东物流于 2026-12-07 送达（运单号：JDVA28642000482）")
                .contains("由同事向顺丰速运、京东物流发起查件");
    }
}
