package io.shopdesk.dialogue.internal;

import static io.shopdesk.dialogue.internal.ParcelsReplyTest.BEDDING;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.FIRST_DELIVERED;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.HALF_DELIVERED;
import static io.shopdesk.dialogue.internal.ParcelsReplyTest.PILLOWS;
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
}
