package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the dialogue rules read of an order for a request about it (its status and the days since its delivery) and for
 * a shopper chasing it (the days it is past its estimated delivery).
 */
class OrderLookupTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    static OrderDetails order(String status, OrderDetails.Shipment shipment) {
        return new OrderDetails("SD10000002", status, 2, "Emily Clark", "+14155554321", new BigDecimal("1298.00"), "CNY",
                List.of("StormShield Waterproof Jacket"), List.of("风暴防水冲锋衣"), shipment);
    }

    static OrderLookup lookUp(OrderDetails order) {
        return new OrderLookup("SD10000002", order, "4321", null, 0, 0, TODAY);
    }

    @Test
    void daysSinceDeliveryCountFromTheDayOfDelivery() {
        var deliveredToday = new OrderDetails.Shipment("JD Logistics", "JDVA1", "delivered", TODAY, TODAY);
        var deliveredAWeekAgo = new OrderDetails.Shipment("JD Logistics", "JDVA1", "delivered", null, TODAY.minusDays(7));
        assertThat(lookUp(order("delivered", deliveredToday)).getDaysSinceDelivery()).isZero();
        assertThat(lookUp(order("delivered", deliveredAWeekAgo)).getDaysSinceDelivery()).isEqualTo(7);
        assertThat(lookUp(order("delivered", deliveredAWeekAgo)).getDeliveredOn()).isEqualTo("2026-11-18");
        assertThat(lookUp(order("delivered", deliveredAWeekAgo)).getStatus()).isEqualTo("delivered");
    }

    @Test
    void theRulesCountAnOrdersParcelsByWhereTheyAre() {
        var delivered = new OrderDetails.Shipment("SF Express", "SF1", "delivered", TODAY, TODAY);
        var onTheWay = new OrderDetails.Shipment("JD Logistics", "JDVA2", "in_transit", TODAY.plusDays(2), null);
        var returned = new OrderDetails.Shipment("ZTO Express", "ZTO3", "returned", TODAY, null);
        OrderDetails split = new OrderDetails("SD10000048", "in_transit", 31, "孟晓雯", "13600008642",
                new BigDecimal("1197.00"), "CNY", List.of("Egyptian Cotton Bedding Set"), List.of("埃及长绒棉床品四件套"),
                onTheWay, List.of(), null, null, List.of(new OrderDetails.Parcel(delivered, List.of()),
                new OrderDetails.Parcel(returned, List.of()), new OrderDetails.Parcel(onTheWay, List.of())));
        OrderLookup lookup = new OrderLookup("SD10000048", split, "8642", null, 0, 0, TODAY);
        assertThat(lookup).extracting(OrderLookup::getParcels, OrderLookup::getParcelsDelivered,
                OrderLookup::getParcelsOnTheirWay).containsExactly(3, 1, 1);
        assertThat(lookUp(order("delivered", delivered))).as("one shipment is one parcel")
                .extracting(OrderLookup::getParcels, OrderLookup::getParcelsDelivered).containsExactly(1, 1);
        assertThat(lookUp(order("paid", null)).getParcels()).isZero();
        assertThat(lookup.isNamesProductNotInOrder()).isFalse();
        OrderLookup beanie = lookup.withProductsNotInOrder(List.of("beanie"));
        assertThat(beanie.isNamesProductNotInOrder()).isTrue();
        assertThat(beanie.getProductsNotInOrder()).containsExactly("beanie");
        assertThat(beanie.isVerified()).as("the rest of the look-up as it was").isTrue();
    }

    @Test
    void anOrderWithoutADeliveryDayHasNoDaysSince() {
        var onTheWay = new OrderDetails.Shipment("SF Express", "SF1", "in_transit", TODAY.plusDays(3), null);
        assertThat(lookUp(order("in_transit", onTheWay)).getDaysSinceDelivery()).isEqualTo(-1);
        assertThat(lookUp(order("paid", null)).getDaysSinceDelivery()).isEqualTo(-1);
        assertThat(lookUp(order("paid", null)).getDeliveredOn()).isNull();
        assertThat(new OrderLookup("SD99999999", null, null, null).getStatus()).isNull();
    }

    @Test
    void theReturnWindowsLastDaysCountFromTheDayOfDelivery() {
        ReturnWindow window = new ReturnWindow(7, 30);
        assertThat(window.lastDay(LocalDate.parse("2026-11-13"))).isEqualTo("2026-11-20");
        assertThat(window.lastDefectiveDay(LocalDate.parse("2026-11-13"))).isEqualTo("2026-12-13");
    }

    static OrderLookup lookUpOn(LocalDate today, OrderDetails order) {
        return new OrderLookup("SD10000001", order, "5678", null, 0, 0, today);
    }

    static OrderDetails.Shipment onTheWay(String status, LocalDate eta) {
        return new OrderDetails.Shipment("SF Express", "SF1234567890123", status, eta, null);
    }

    @Test
    void daysLateCountFromTheEstimatedDeliveryOnTheShopsDate() {
        LocalDate today = LocalDate.parse("2026-12-06");
        var dueNovember28 = order("in_transit", onTheWay("in_transit", LocalDate.parse("2026-11-28")));
        assertThat(lookUpOn(today, dueNovember28).getDaysLate()).isEqualTo(8);
        assertThat(lookUpOn(LocalDate.parse("2026-11-29"), dueNovember28).getDaysLate()).isEqualTo(1);
        assertThat(lookUpOn(LocalDate.parse("2026-11-28"), dueNovember28).getDaysLate()).isZero();
        assertThat(lookUpOn(LocalDate.parse("2026-11-25"), dueNovember28).getDaysLate()).isZero();
        for (String onItsWay : List.of("paid", "processing", "shipped", "out_for_delivery")) {
            assertThat(lookUpOn(today, order(onItsWay, onTheWay("picked_up", LocalDate.parse("2026-12-03"))))
                    .getDaysLate()).as(onItsWay).isEqualTo(3);
        }
    }

    @Test
    void anOrderNoLongerOnItsWayIsNeverLate() {
        LocalDate today = LocalDate.parse("2026-12-06");
        LocalDate eta = LocalDate.parse("2026-11-20");
        for (String closed : List.of("delivered", "cancelled", "refunded", "returned", "return_requested", "pending_payment")) {
            assertThat(lookUpOn(today, order(closed, onTheWay("in_transit", eta))).getDaysLate()).as(closed).isZero();
        }
        var deliveredParcel = new OrderDetails.Shipment("SF Express", "SF1", "delivered", eta, eta.plusDays(9));
        assertThat(lookUpOn(today, order("in_transit", deliveredParcel)).getDaysLate()).isZero();
        assertThat(lookUpOn(today, order("in_transit", onTheWay("delivered", eta))).getDaysLate()).isZero();
    }

    @Test
    void withoutAnEstimateAShipmentOrTodayNothingIsLate() {
        LocalDate today = LocalDate.parse("2026-12-06");
        assertThat(lookUpOn(today, order("in_transit", onTheWay("in_transit", null))).getDaysLate()).isZero();
        assertThat(lookUpOn(today, order("paid", null)).getDaysLate()).isZero();
        assertThat(lookUpOn(null, order("in_transit", onTheWay("in_transit", LocalDate.parse("2026-11-28"))))
                .getDaysLate()).isZero();
        assertThat(new OrderLookup("SD99999999", null, null, null).getDaysLate()).isZero();
    }

    @Test
    void upToTheSlightDaysAnOrderIsSlightlyLateAndAColleagueInvestigatesTheDayAfter() {
        LateDeliveryPolicy policy = new LateDeliveryPolicy(3);
        assertThat(policy.isSlight(0)).isFalse();
        assertThat(policy.isSlight(1)).isTrue();
        assertThat(policy.isSlight(3)).isTrue();
        assertThat(policy.isSlight(4)).isFalse();
        assertThat(policy.investigateOn(LocalDate.parse("2026-11-28"))).isEqualTo("2026-12-02");
        var dueNovember28 = order("in_transit", onTheWay("in_transit", LocalDate.parse("2026-11-28")));
        assertThat(lookUpOn(LocalDate.parse("2026-12-02"), dueNovember28).getDaysLate()).isEqualTo(4);
    }

    static OrderDetails.Payment payment(String amount, String method, String status, String failureCode, String at) {
        return new OrderDetails.Payment("P-" + at, new BigDecimal(amount), "CNY", method, status, failureCode, null,
                java.time.OffsetDateTime.parse(at));
    }

    static OrderDetails withPayments(String status, String updatedAt, OrderDetails.Payment... payments) {
        return new OrderDetails("SD10000002", status, 2, "Emily Clark", "+14155554321", new BigDecimal("1298.00"), "CNY",
                List.of("StormShield Waterproof Jacket"), List.of("风暴防水冲锋衣"), null, List.of(payments),
                updatedAt == null ? null : java.time.OffsetDateTime.parse(updatedAt));
    }

    @Test
    void thePaymentFieldsTheRulesReadCountTheRecords() {
        OrderLookup twice = lookUp(withPayments("paid", null,
                payment("1298.00", "card", "succeeded", null, "2026-11-10T20:06:10+08:00"),
                payment("1298.00", "card", "succeeded", null, "2026-11-10T20:07:00+08:00")));
        assertThat(twice.getSucceededPayments()).isEqualTo(2);
        assertThat(twice.isDuplicateCharge()).isTrue();
        assertThat(twice.getFailedPayments()).isZero();
        assertThat(twice.getLatestFailureCode()).isNull();

        OrderLookup retried = lookUp(withPayments("delivered", null,
                payment("1298.00", "card", "failed", "insufficient_funds", "2026-11-10T20:01:00+08:00"),
                payment("1298.00", "card", "failed", "card_declined", "2026-11-10T20:02:00+08:00"),
                payment("1298.00", "alipay", "succeeded", null, "2026-11-10T20:04:00+08:00")));
        assertThat(retried.getSucceededPayments()).isEqualTo(1);
        assertThat(retried.isDuplicateCharge()).isFalse();
        assertThat(retried.getFailedPayments()).isEqualTo(2);
        assertThat(retried.getLatestFailureCode()).isEqualTo("card_declined");
        assertThat(retried.isPaymentPending()).isFalse();

        OrderLookup waiting = lookUp(withPayments("pending_payment", null,
                payment("1298.00", "wechat_pay", "pending", null, "2026-11-25T10:20:40+08:00")));
        assertThat(waiting.isPaymentPending()).isTrue();
        assertThat(waiting.getSucceededPayments()).isZero();

        assertThat(new OrderLookup("SD99999999", null, null, null).getSucceededPayments()).isZero();
        assertThat(new OrderLookup("SD99999999", null, null, null).getLatestFailureCode()).isNull();
    }

    @Test
    void aRefundedOrderWasRefundedOnTheDayItLastChangedInShopTime() {
        var refunded = payment("1298.00", "card", "refunded", null, "2026-11-14T02:16:00+08:00");
        // 2026-11-16 01:30 in Shanghai is still 2026-11-15 in UTC: the shop's day counts.
        assertThat(lookUp(withPayments("refunded", "2026-11-15T17:30:00Z", refunded)).getRefundedOn())
                .isEqualTo("2026-11-16");
        assertThat(lookUp(withPayments("refunded", "2026-11-15T17:30:00Z", refunded)).getRefundedPayments()).isEqualTo(1);
        // Returned and awaiting its refund, or without a time: no day is made up.
        assertThat(lookUp(withPayments("returned", "2026-11-15T17:30:00Z", refunded)).getRefundedOn()).isNull();
        assertThat(lookUp(withPayments("refunded", null, refunded)).getRefundedOn()).isNull();
        var paid = payment("1298.00", "card", "succeeded", null, "2026-11-14T02:16:00+08:00");
        assertThat(lookUp(withPayments("cancelled", "2026-11-15T17:30:00Z", paid)).getRefundedOn()).isNull();
    }

    static OrderDetails inParcels(OrderDetails.Shipment... shipments) {
        List<OrderDetails.Parcel> parcels = java.util.Arrays.stream(shipments)
                .map(s -> new OrderDetails.Parcel(s, List.of())).toList();
        return new OrderDetails("SD10000048", "in_transit", 31, "孟晓雯", "13600008642", new BigDecimal("1197.00"), "CNY",
                List.of("Egyptian Cotton Bedding Set"), List.of("埃及长绒棉床品四件套"), shipments[shipments.length - 1],
                List.of(), null, null, parcels);
    }

    @Test
    void anOrderInParcelsIsAsLateAsItsParcelFurthestPastItsEstimateNotItsLatestShipment() {
        var lateFirst = new OrderDetails.Shipment("JD Logistics", "JDVA1", "in_transit", TODAY.minusDays(5), null);
        var latestDelivered = new OrderDetails.Shipment("SF Express", "SF2", "delivered", TODAY.minusDays(1),
                TODAY.minusDays(1));
        OrderLookup lookup = lookUp(inParcels(lateFirst, latestDelivered));
        assertThat(lookup.getOrder().daysLate(TODAY)).as("the latest shipment, delivered, is not late").isZero();
        assertThat(lookup.getDaysLate()).as("parcel 1 is 5 days past its estimate").isEqualTo(5);
        assertThat(lookup.getLateParcel()).isEqualTo(1);

        var slightlyLate = new OrderDetails.Shipment("SF Express", "SF2", "in_transit", TODAY.minusDays(2), null);
        OrderLookup both = lookUp(inParcels(slightlyLate, lateFirst));
        assertThat(both.getDaysLate()).isEqualTo(5);
        assertThat(both.getLateParcel()).as("the one furthest past its estimate").isEqualTo(2);
    }

    @Test
    void aDeliveredParcelIsNeverLateAndAnOrderOfOneParcelKeepsItsShipmentsCount() {
        var deliveredLate = new OrderDetails.Shipment("SF Express", "SF1", "delivered", TODAY.minusDays(9),
                TODAY.minusDays(3));
        var onTime = new OrderDetails.Shipment("JD Logistics", "JDVA2", "in_transit", TODAY.plusDays(2), null);
        OrderLookup split = lookUp(inParcels(deliveredLate, onTime));
        assertThat(split.getDaysLate()).isZero();
        assertThat(split.getLateParcel()).isZero();

        var late = new OrderDetails.Shipment("JD Logistics", "JDVA1", "in_transit", TODAY.minusDays(4), null);
        OrderLookup one = lookUp(order("in_transit", late));
        assertThat(one.getDaysLate()).isEqualTo(4);
        assertThat(one.getLateParcel()).as("one parcel: the order's own wording").isZero();
    }
}
