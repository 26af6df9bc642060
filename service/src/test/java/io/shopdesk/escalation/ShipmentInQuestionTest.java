package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipment a hand-off's reason names: of an order sent in several parcels, the parcel the shopper's problem is
 * about (the delivered one never received, the late one chased), not its latest shipment; of an order of one parcel,
 * its shipment as before. A parcel never received is the one the dialogue answered about (the one named, or every
 * delivered one when none is), and the NOT_RECEIVED reason of the real rules names those, on days the demo cannot
 * produce (two parcels delivered, a third on its way).
 */
class ShipmentInQuestionTest {
    static final LocalDate TODAY = LocalDate.parse("2026-12-12");
    static final OrderDetails.Shipment LATE = new OrderDetails.Shipment("JD Logistics", "JDVA28642000482", "in_transit",
            LocalDate.parse("2026-12-08"), null);
    static final OrderDetails.Shipment DELIVERED = new OrderDetails.Shipment("SF Express", "SF1486420000481",
            "delivered", LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-05"));

    static OrderDetails order(OrderDetails.Shipment... shipments) {
        return new OrderDetails("SD10000048", "in_transit", 31, "孟晓雯", "13600008642", new BigDecimal("1197.00"), "CNY",
                List.of("Egyptian Cotton Bedding Set"), List.of("埃及长绒棉床品四件套"), shipments[shipments.length - 1],
                List.of(), null, null, java.util.Arrays.stream(shipments)
                        .map(s -> new OrderDetails.Parcel(s, List.of())).toList());
    }

    @Test
    void aParcelNeverReceivedOfAnOrderInParcelsIsItsDeliveredOne() {
        assertThat(ShipmentInQuestion.of(order(DELIVERED, LATE), "not_received.part_in_time", List.of(1), TODAY))
                .isEqualTo(DELIVERED);
    }

    @Test
    void aLateChaseOfAnOrderInParcelsIsItsLateParcelEvenWhenTheLatestIsDelivered() {
        OrderDetails order = order(LATE, DELIVERED);
        assertThat(ShipmentInQuestion.of(order, null, List.of(), TODAY)).isEqualTo(LATE);
        assertThat(order.daysLateOfParcels(TODAY)).isEqualTo(4);
        assertThat(order.daysLate(TODAY)).as("its latest shipment is delivered").isZero();
    }

    @Test
    void anOrderOfOneParcelNamesItsShipment() {
        assertThat(ShipmentInQuestion.of(order(LATE), "not_received.in_time", List.of(), TODAY)).isEqualTo(LATE);
        assertThat(order(LATE).daysLateOfParcels(TODAY)).isEqualTo(4);
    }

    static final OrderDetails.Shipment SECOND_DELIVERED = new OrderDetails.Shipment("JD Logistics", "JDVA28642000483",
            "delivered", LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-07"));
    static final OrderDetails.Shipment ON_ITS_WAY = new OrderDetails.Shipment("YTO Express", "YT8642000484",
            "in_transit", LocalDate.parse("2026-12-14"), null);

    static EscalationReason notReceived(String detail, List<Integer> answered) {
        OrderInQuestion order = EscalationFacts.orderInQuestion(order(DELIVERED, SECOND_DELIVERED, ON_ITS_WAY), detail,
                answered, TODAY,
                EscalationScenariosTest.LABELS);
        EscalationTurn turn = new EscalationTurn("oos", 0.5, "8642", "en", 0, "scenario", 0, "order_request_for_agent",
                detail, 0, 0, false);
        EscalationCheck check = EscalationRules.evaluate(EscalationScenariosTest.RULES,
                List.of(turn, order, EscalationPolicy.DEFAULT));
        assertThat(check.reasons()).singleElement().extracting(EscalationReason::code).isEqualTo("NOT_RECEIVED");
        return check.reasons().getFirst();
    }

    @Test
    void aLaterParcelNamedAsNeverReceivedIsTheOneTheReasonNames() {
        OrderDetails order = order(DELIVERED, SECOND_DELIVERED, ON_ITS_WAY);
        assertThat(ShipmentInQuestion.of(order, "not_received.part_in_time", List.of(2), TODAY))
                .isEqualTo(SECOND_DELIVERED);
        EscalationReason reason = notReceived("not_received.part_in_time", List.of(2));
        assertThat(reason.messageEn()).isEqualTo("The shopper says they never received order SD10000048 (JD Logistics, "
                + "tracking number JDVA28642000483), shown as delivered on 2026-12-07; open an investigation with JD "
                + "Logistics");
        assertThat(reason.messageZh()).isEqualTo("顾客称没有收到包裹：订单 SD10000048（京东物流，运单号 JDVA28642000483）"
                + "显示已于 2026-12-07 签收，请向京东物流发起查件");
    }

    @Test
    void severalParcelsDeliveredAndNoneNamedAreEachNamedWithCarrierTrackingNumberAndDay() {
        assertThat(ShipmentInQuestion.parcels(order(DELIVERED, SECOND_DELIVERED, ON_ITS_WAY),
                "not_received.part_in_time", List.of(1, 2))).containsExactly(1, 2);
        EscalationReason reason = notReceived("not_received.part_in_time", List.of(1, 2));
        assertThat(reason.messageEn()).isEqualTo("The shopper says they never received order SD10000048: 2 parcels shown "
                + "as delivered (SF Express, tracking number SF1486420000481, delivered on 2026-12-05; JD Logistics, "
                + "tracking number JDVA28642000483, delivered on 2026-12-07); open an investigation with SF Express and "
                + "JD Logistics");
        assertThat(reason.messageZh()).isEqualTo("顾客称没有收到包裹：订单 SD10000048 的 2 个包裹显示已签收（顺丰速运，运单号 "
                + "SF1486420000481，已于 2026-12-05 签收；京东物流，运单号 JDVA28642000483，已于 2026-12-07 签收），请向"
                + "顺丰速运、京东物流发起查件");
        EscalationReason late = notReceived("not_received.part_late_report", List.of(1, 2));
        assertThat(late.messageEn()).endsWith("delivered on 2026-12-07); reported after the window for a carrier "
                + "investigation: see what can still be done");
        assertThat(late.messageZh()).endsWith("已于 2026-12-07 签收），已过查件反馈期限，请看看还能怎么处理");
    }

    @Test
    void withoutTheDialoguesParcelsAParcelNeverReceivedIsTheFirstDeliveredAndOtherDetailsNameNone() {
        OrderDetails order = order(DELIVERED, SECOND_DELIVERED, ON_ITS_WAY);
        assertThat(ShipmentInQuestion.parcels(order, "not_received.part_in_time", List.of())).containsExactly(1);
        assertThat(ShipmentInQuestion.parcels(order, "not_received.part_in_time", List.of(7))).containsExactly(1);
        assertThat(ShipmentInQuestion.parcels(order, "missing_item.delivered", List.of(1, 2))).isEmpty();
        assertThat(notReceived("not_received.part_in_time", List.of()).messageEn()).startsWith("The shopper says they "
                + "never received order SD10000048 (SF Express, tracking number SF1486420000481), shown as delivered on "
                + "2026-12-05");
    }
}
