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
 * its shipment as before.
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
        assertThat(ShipmentInQuestion.of(order(DELIVERED, LATE), "not_received.part_in_time", TODAY))
                .isEqualTo(DELIVERED);
    }

    @Test
    void aLateChaseOfAnOrderInParcelsIsItsLateParcelEvenWhenTheLatestIsDelivered() {
        OrderDetails order = order(LATE, DELIVERED);
        assertThat(ShipmentInQuestion.of(order, null, TODAY)).isEqualTo(LATE);
        assertThat(order.daysLateOfParcels(TODAY)).isEqualTo(4);
        assertThat(order.daysLate(TODAY)).as("its latest shipment is delivered").isZero();
    }

    @Test
    void anOrderOfOneParcelNamesItsShipment() {
        assertThat(ShipmentInQuestion.of(order(LATE), "not_received.in_time", TODAY)).isEqualTo(LATE);
        assertThat(order(LATE).daysLateOfParcels(TODAY)).isEqualTo(4);
    }
}
