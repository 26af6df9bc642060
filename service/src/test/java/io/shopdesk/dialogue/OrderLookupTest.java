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
}
