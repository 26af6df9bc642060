package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the dialogue rules read of an order for a request about it: its status and the days since its delivery. */
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
}
