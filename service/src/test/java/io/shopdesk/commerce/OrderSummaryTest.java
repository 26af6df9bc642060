package io.shopdesk.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.CustomerRepository.Item;
import io.shopdesk.commerce.CustomerRepository.OrderSummary;
import io.shopdesk.commerce.OrderDetails.Parcel;
import io.shopdesk.commerce.OrderDetails.Shipment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An order's parcels as the agent's context panel reads them: each late or not by itself (a delivered parcel never is),
 * and what of the order no recorded parcel carries.
 */
class OrderSummaryTest {
    static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    static final Item BEDDING = new Item("Egyptian Cotton Bedding Set", "埃及长绒棉床品四件套", 1);
    static final Item PILLOWS = new Item("Memory Foam Pillow", "记忆棉护颈枕", 2);

    static Parcel parcel(String status, String eta, String deliveredOn, OrderDetails.Item... items) {
        return new Parcel(new Shipment("SF Express", "SF1", status, LocalDate.parse(eta),
                deliveredOn == null ? null : LocalDate.parse(deliveredOn), LocalDate.parse("2026-11-20")), List.of(items));
    }

    static OrderSummary order(String status, List<Parcel> parcels) {
        return new OrderSummary("SD1", status, new BigDecimal("1197.00"), "CNY", Instant.parse("2026-11-20T00:00:00Z"),
                List.of(BEDDING, PILLOWS), parcels, List.of());
    }

    @Test
    void eachParcelIsLateByItselfAndADeliveredOneNever() {
        Parcel lateOnItsWay = parcel("in_transit", "2026-12-01", null);
        Parcel deliveredAfterItsEstimate = parcel("delivered", "2026-11-28", "2026-12-04");
        OrderSummary order = order("in_transit", List.of(lateOnItsWay, deliveredAfterItsEstimate));
        assertThat(lateOnItsWay.daysLate(order.status(), TODAY)).isEqualTo(5);
        assertThat(deliveredAfterItsEstimate.daysLate(order.status(), TODAY)).isZero();
        assertThat(order.daysLate(TODAY)).as("the order's own is its latest shipment's, as the chat counts it").isZero();
        assertThat(order.shipment()).isEqualTo(deliveredAfterItsEstimate.shipment());
        assertThat(parcel("returned", "2026-12-01", null).daysLate("in_transit", TODAY)).as("gone back to the shop").isZero();
        assertThat(lateOnItsWay.daysLate("refunded", TODAY)).as("an order no longer on its way").isZero();
        assertThat(parcel("in_transit", "2026-12-06", null).daysLate("in_transit", TODAY)).as("due today").isZero();
        assertThat(lateOnItsWay.daysLate("in_transit", null)).isZero();
    }

    @Test
    void whatNoRecordedParcelCarriesIsListedWithTheQuantityLeft() {
        OrderDetails.Item bedding = new OrderDetails.Item(BEDDING.nameEn(), BEDDING.nameZh(), 1);
        OrderDetails.Item onePillow = new OrderDetails.Item(PILLOWS.nameEn(), PILLOWS.nameZh(), 1);
        OrderDetails.Item twoPillows = new OrderDetails.Item(PILLOWS.nameEn(), PILLOWS.nameZh(), 2);
        assertThat(order("in_transit", List.of(parcel("delivered", "2026-12-01", "2026-12-01", bedding),
                parcel("in_transit", "2026-12-08", null, twoPillows))).itemsNotInParcels()).contains(List.of());
        assertThat(order("in_transit", List.of(parcel("delivered", "2026-12-01", "2026-12-01", bedding, onePillow)))
                .itemsNotInParcels()).contains(List.of(new Item(PILLOWS.nameEn(), PILLOWS.nameZh(), 1)));
        assertThat(order("paid", List.of()).itemsNotInParcels()).as("not shipped yet").contains(List.of(BEDDING, PILLOWS));
        assertThat(order("in_transit", List.of(parcel("delivered", "2026-12-01", "2026-12-01", bedding),
                parcel("in_transit", "2026-12-08", null))).itemsNotInParcels())
                .as("a parcel whose contents were not recorded may carry the pillows").isEqualTo(Optional.empty());
    }
}
