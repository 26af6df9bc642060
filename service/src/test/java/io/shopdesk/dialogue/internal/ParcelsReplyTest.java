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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a shopper reads about an order sent in several parcels, with the shipped reply texts, for an order like the demo
 * SD10000048 (a bedding set delivered by SF Express on 2026-12-05, two pillows on their way with JD Logistics, due on
 * 2026-12-08): its status, the answer to "I only got one of my items" with a parcel on its way and with every parcel
 * delivered (listed or not), and "return the beanie" for an order without one. The cases the demo data has not.
 */
class ParcelsReplyTest {
    static final ReplyTemplates TEXTS = ReplyTemplates.load(Path.of("rules/dialogue/replies"));
    static final KbSearchResult NO_HITS = new KbSearchResult(List.of(), false);
    static final OrderDetails.Item BEDDING = new OrderDetails.Item("Egyptian Cotton Bedding Set", "埃及长绒棉床品四件套", 1);
    static final OrderDetails.Item PILLOWS = new OrderDetails.Item("Memory Foam Pillow", "记忆棉护颈枕", 2);
    static final OrderDetails.Shipment FIRST_DELIVERED = new OrderDetails.Shipment("SF Express", "SF1486420000481",
            "delivered", LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-05"));
    static final OrderDetails.Shipment SECOND_ON_ITS_WAY = new OrderDetails.Shipment("JD Logistics", "JDVA28642000482",
            "in_transit", LocalDate.parse("2026-12-08"), null);
    static final OrderDetails.Shipment SECOND_DELIVERED = new OrderDetails.Shipment("JD Logistics", "JDVA28642000482",
            "delivered", LocalDate.parse("2026-12-08"), LocalDate.parse("2026-12-07"));

    static OrderDetails order(String status, List<OrderDetails.Parcel> parcels) {
        return new OrderDetails("SD10000048", status, 31, "孟晓雯", "13600008642", new BigDecimal("1197.00"), "CNY",
                List.of(BEDDING.nameEn(), PILLOWS.nameEn()), List.of(BEDDING.nameZh(), PILLOWS.nameZh()),
                parcels.isEmpty() ? null : parcels.getLast().shipment(), List.of(), null, List.of(BEDDING, PILLOWS),
                parcels);
    }

    static final OrderDetails HALF_DELIVERED = order("in_transit", List.of(
            new OrderDetails.Parcel(FIRST_DELIVERED, List.of(BEDDING)),
            new OrderDetails.Parcel(SECOND_ON_ITS_WAY, List.of(PILLOWS))));

    static Reply reply(String action, String detail, OrderLookup lookup, Language language) {
        Decision decision = new Decision();
        decision.decide(action, detail, "Rule");
        List<Reply> replies = ReplyComposer.compose(decision, language, TEXTS, NO_HITS, lookup,
                new ReplyPolicies(3, new ReturnWindow(7, 30), new LateDeliveryPolicy(3), new NotReceivedPolicy(7),
                        InvoiceWindow.FAQ, DamagedParcelPolicy.FAQ));
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }

    static OrderLookup lookup(OrderDetails order, String today) {
        return new OrderLookup(order.id(), order, "8642", null, 0, 0, LocalDate.parse(today));
    }

    @Test
    void theStatusOfAnOrderInTwoParcelsSaysWhereEachIsAndWhatItCarries() {
        Reply en = reply("order_status", null, lookup(HALF_DELIVERED, "2026-12-06"), Language.EN);
        assertThat(en.text()).isEqualTo("Order SD10000048 is in transit. It was sent in 2 parcels: parcel 1 (Egyptian "
                + "Cotton Bedding Set) was delivered by SF Express on 2026-12-05 (tracking number SF1486420000481); "
                + "parcel 2 (Memory Foam Pillow ×2) is on its way with JD Logistics (tracking number JDVA28642000482), "
                + "estimated delivery 2026-12-08.");
        assertThat(en.data()).containsEntry("trackingNumber", "JDVA28642000482");
        assertThat(en.data().get("parcels")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(p -> ((Map<?, ?>) p).get("trackingNumber"), p -> ((Map<?, ?>) p).get("items"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SF1486420000481", List.of("Egyptian Cotton Bedding Set")),
                        org.assertj.core.groups.Tuple.tuple("JDVA28642000482", List.of("Memory Foam Pillow ×2")));
        assertThat(reply("order_status", null, lookup(HALF_DELIVERED, "2026-12-06"), Language.ZH).text())
                .isEqualTo("订单 SD10000048 当前状态：运输中。这个订单分2个包裹发出：第1个包裹（埃及长绒棉床品四件套）已由顺丰速运于 "
                        + "2026-12-05 送达（运单号：SF1486420000481）；第2个包裹（记忆棉护颈枕 ×2）正由京东物流运送中"
                        + "（运单号：JDVA28642000482），预计 2026-12-08 送达。");
    }

    @Test
    void aParcelPastItsEstimateIsRunningLateAndOneWithoutContentsIsNamedByItsNumber() {
        OrderDetails unlisted = order("in_transit", List.of(new OrderDetails.Parcel(FIRST_DELIVERED, List.of()),
                new OrderDetails.Parcel(SECOND_ON_ITS_WAY, List.of())));
        assertThat(reply("order_status", null, lookup(unlisted, "2026-12-10"), Language.EN).text())
                .as("the late wording of the late parcel, then every parcel")
                .startsWith("In order SD10000048, parcel 2 is running a little late: it was due on 2026-12-08, 2 days "
                        + "ago, and it's still on its way (carrier: JD Logistics, tracking number JDVA28642000482")
                .endsWith("with JD Logistics. It was sent in 2 parcels: parcel 1 was delivered by SF Express on 2026-12-05 (tracking number "
                        + "SF1486420000481); parcel 2 is on its way with JD Logistics (tracking number JDVA28642000482); "
                        + "it was due on 2026-12-08 and is running late.");
        assertThat(reply("order_status", null, lookup(unlisted, "2026-12-10"), Language.ZH).text())
                .endsWith("第2个包裹正由京东物流运送中（运单号：JDVA28642000482），原定 2026-12-08 送达，已经晚了。");
    }

    @Test
    void anItemMissingWhileAParcelIsOnItsWaySaysWhichItemIsInWhichParcel() {
        Reply en = reply("order_request", "missing_item.parcel_on_its_way", lookup(HALF_DELIVERED, "2026-12-06"),
                Language.EN);
        assertThat(en.text()).isEqualTo("I understand the worry. Order SD10000048 was sent in 2 parcels, and not all of "
                + "them have reached you yet: parcel 1 (Egyptian Cotton Bedding Set) was delivered by SF Express on "
                + "2026-12-05 (tracking number SF1486420000481); parcel 2 (Memory Foam Pillow ×2) is on its way with JD "
                + "Logistics (tracking number JDVA28642000482), estimated delivery 2026-12-08. What's missing should be in "
                + "the parcel still on its way; if it isn't there once that parcel arrives, tell me and I'll pass it to a "
                + "colleague.");
        assertThat(en.data()).containsEntry("request", "missing_item").containsEntry("case", "parcel_on_its_way")
                .containsEntry("items", List.of("Egyptian Cotton Bedding Set", "Memory Foam Pillow"));
    }

    @Test
    void anItemMissingWhenEveryParcelCameNamesWhatTheOrderShouldContainAndTheParcels() {
        OrderDetails delivered = order("delivered", List.of(new OrderDetails.Parcel(FIRST_DELIVERED, List.of(BEDDING)),
                new OrderDetails.Parcel(SECOND_DELIVERED, List.of(PILLOWS))));
        assertThat(reply("order_request_for_agent", "missing_item.delivered", lookup(delivered, "2026-12-08"),
                Language.EN).text())
                .isEqualTo("I'm sorry something is missing. Order SD10000048 should contain Egyptian Cotton Bedding Set, "
                        + "Memory Foam Pillow ×2. Everything we sent for it has been delivered: parcel 1 (Egyptian Cotton "
                        + "Bedding Set) was delivered by SF Express on 2026-12-05 (tracking number SF1486420000481); parcel 2 "
                        + "(Memory Foam Pillow ×2) was delivered by JD Logistics on 2026-12-07 (tracking number "
                        + "JDVA28642000482). I'm passing it to a colleague from our logistics team, who will check with the "
                        + "warehouse what was packed and send you what's missing or refund it.");
        assertThat(reply("order_request_for_agent", "missing_item.delivered", lookup(delivered, "2026-12-08"),
                Language.ZH).text())
                .isEqualTo("很抱歉给您添麻烦了。订单 SD10000048 应有的商品是：埃及长绒棉床品四件套、记忆棉护颈枕 ×2。这个订单发出的"
                        + "包裹都已送达：第1个包裹（埃及长绒棉床品四件套）已由顺丰速运于 2026-12-05 送达（运单号：SF1486420000481）；"
                        + "第2个包裹（记忆棉护颈枕 ×2）已由京东物流于 2026-12-07 送达（运单号：JDVA28642000482）。我现在把它转给"
                        + "物流组的同事，由同事和仓库核实当时的发货情况，给您补发缺少的商品或退款。");
        OrderDetails noParcel = order("delivered", List.of());
        assertThat(reply("order_request_for_agent", "missing_item.delivered", lookup(noParcel, "2026-12-08"),
                Language.EN).text()).contains("Memory Foam Pillow ×2. It shows as delivered. I'm passing it");
    }

    @Test
    void aProductTheOrderDoesNotContainIsNamedAsTheShopperCalledItWithWhatTheOrderHas() {
        OrderLookup lookup = lookup(HALF_DELIVERED, "2026-12-06").withProductsNotInOrder(List.of("beanie", "gloves"));
        Reply en = reply("order_request", "return.not_in_order", lookup, Language.EN);
        assertThat(en.text()).isEqualTo("There's no beanie or gloves in order SD10000048: it contains Egyptian Cotton "
                + "Bedding Set, Memory Foam Pillow ×2. If the beanie or gloves came in another order, send me that order's "
                + "number; or tell me which of these items you mean.");
        assertThat(en.data()).containsEntry("case", "not_in_order").containsEntry("notInOrder", List.of("beanie", "gloves"));
        OrderLookup zh = lookup(HALF_DELIVERED, "2026-12-06").withProductsNotInOrder(List.of("帽子"));
        assertThat(reply("order_request", "missing_item.not_in_order", zh, Language.ZH).text())
                .isEqualTo("订单 SD10000048 里没有帽子，这个订单的商品是：埃及长绒棉床品四件套、记忆棉护颈枕 ×2。如果帽子是在另一个"
                        + "订单买的，请把那个订单号发给我，我帮您查它在哪里。");
    }
}
