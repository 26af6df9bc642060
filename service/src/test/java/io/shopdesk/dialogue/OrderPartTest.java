package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Which part of an order sent in several parcels a request is for: the parcel holding the products named, else the
 * parcels delivered while others are on their way; none for an order of one parcel, whose answers stay the order's.
 */
class OrderPartTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    static final OrderDetails.Item BEDDING = new OrderDetails.Item("Egyptian Cotton Bedding Set", "埃及长绒棉床品四件套", 1);
    static final OrderDetails.Item PILLOW = new OrderDetails.Item("Memory Foam Pillow", "记忆棉护颈枕", 2);
    static final OrderDetails.Shipment DELIVERED =
            new OrderDetails.Shipment("SF Express", "SF1", "delivered", null, TODAY.minusDays(1));
    static final OrderDetails.Shipment ON_ITS_WAY =
            new OrderDetails.Shipment("JD Logistics", "JDVA2", "in_transit", TODAY.plusDays(2), null);

    static OrderDetails order(List<OrderDetails.Parcel> parcels) {
        OrderDetails.Shipment latest = parcels.isEmpty() ? null : parcels.getLast().shipment();
        return new OrderDetails("SD10000048", "in_transit", 31, "孟晓雯", "13600008642", new BigDecimal("1197.00"), "CNY",
                List.of("Egyptian Cotton Bedding Set", "Memory Foam Pillow"), List.of("埃及长绒棉床品四件套", "记忆棉护颈枕"),
                latest, List.of(), null, List.of(BEDDING, PILLOW), parcels);
    }

    static final OrderDetails SPLIT = order(List.of(new OrderDetails.Parcel(DELIVERED, List.of(BEDDING)),
            new OrderDetails.Parcel(ON_ITS_WAY, List.of(PILLOW))));

    static Predicate<OrderDetails.Parcel> holding(OrderDetails.Item item) {
        return parcel -> parcel.items().contains(item);
    }

    @Test
    void aProductNamedInADeliveredParcelIsAnsweredWithThatParcelsDelivery() {
        OrderPart part = OrderPart.of(SPLIT, true, holding(BEDDING), TODAY);
        assertThat(part).isEqualTo(new OrderPart(OrderPart.Kind.NAMED_DELIVERED, List.of(1), TODAY.minusDays(1), 1));
        assertThat(part.parcelsOf(SPLIT)).extracting(OrderDetails.Parcel::shipment).containsExactly(DELIVERED);
        assertThat(part.kind().code()).isEqualTo("named_delivered");
    }

    @Test
    void aProductNamedInAParcelOnItsWayIsThatParcel() {
        assertThat(OrderPart.of(SPLIT, true, holding(PILLOW), TODAY))
                .isEqualTo(new OrderPart(OrderPart.Kind.NAMED_ON_ITS_WAY, List.of(2), null, -1));
    }

    @Test
    void withNoOneParcelNamedThePartIsWhatWasDelivered() {
        OrderPart delivered = new OrderPart(OrderPart.Kind.DELIVERED_PART, List.of(1), TODAY.minusDays(1), 1);
        assertThat(OrderPart.of(SPLIT, false, parcel -> false, TODAY)).as("nothing named").isEqualTo(delivered);
        assertThat(OrderPart.of(SPLIT, true, parcel -> true, TODAY)).as("a word both parcels have").isEqualTo(delivered);
        assertThat(OrderPart.of(SPLIT, true, parcel -> false, TODAY)).as("products of both parcels").isEqualTo(delivered);
        assertThat(OrderPart.onTheirWay(SPLIT)).containsExactly(2);
    }

    @Test
    void ofSeveralParcelsHoldingAWordTheOneWhoseItemNamesHaveItIsMeant() {
        // "the bedding set": "bedding" is a tag of the pillows too, so both parcels hold it; only one item is named so.
        assertThat(OrderPart.of(SPLIT, true, parcel -> true, OrderPart.namesAll(List.of("Bedding")), TODAY).kind())
                .isEqualTo(OrderPart.Kind.NAMED_DELIVERED);
        assertThat(OrderPart.of(SPLIT, true, parcel -> true, OrderPart.namesAll(List.of("护颈枕")), TODAY).parcels())
                .containsExactly(2);
        assertThat(OrderPart.of(SPLIT, true, parcel -> true, OrderPart.namesAll(List.of("bedding", "pillow")), TODAY)
                .kind()).as("named in different parcels").isEqualTo(OrderPart.Kind.DELIVERED_PART);
        assertThat(OrderPart.of(SPLIT, true, parcel -> true, OrderPart.namesAll(List.of("home")), TODAY).kind())
                .as("named by neither").isEqualTo(OrderPart.Kind.DELIVERED_PART);
    }

    @Test
    void ofSeveralDeliveredParcelsTheEarliestDeliverySetsTheWindows() {
        var earlier = new OrderDetails.Shipment("SF Express", "SF0", "delivered", null, TODAY.minusDays(9));
        OrderDetails three = order(List.of(new OrderDetails.Parcel(DELIVERED, List.of(BEDDING)),
                new OrderDetails.Parcel(earlier, List.of()), new OrderDetails.Parcel(ON_ITS_WAY, List.of(PILLOW))));
        assertThat(OrderPart.of(three, false, parcel -> false, TODAY))
                .isEqualTo(new OrderPart(OrderPart.Kind.DELIVERED_PART, List.of(1, 2), TODAY.minusDays(9), 9));
    }

    @Test
    void aDeliveryWithoutADayOrWithoutTodayHasNoDaysSince() {
        var undated = new OrderDetails.Shipment("SF Express", "SF1", "delivered", null, null);
        OrderDetails order = order(List.of(new OrderDetails.Parcel(undated, List.of(BEDDING)),
                new OrderDetails.Parcel(ON_ITS_WAY, List.of(PILLOW))));
        assertThat(OrderPart.of(order, true, holding(BEDDING), TODAY).daysSinceDelivery()).isEqualTo(-1);
        assertThat(OrderPart.of(SPLIT, true, holding(BEDDING), null).daysSinceDelivery()).isEqualTo(-1);
    }

    @Test
    void theWholeOrderAnswersWhenNothingTellsItsPartsApart() {
        assertThat(OrderPart.of(order(List.of(new OrderDetails.Parcel(DELIVERED, List.of(BEDDING)))), true,
                holding(BEDDING), TODAY)).as("one parcel").isNull();
        assertThat(OrderPart.of(order(List.of()), false, parcel -> false, TODAY)).as("not shipped").isNull();
        assertThat(OrderPart.of(null, false, parcel -> false, TODAY)).isNull();
        OrderDetails allDelivered = order(List.of(new OrderDetails.Parcel(DELIVERED, List.of(BEDDING)),
                new OrderDetails.Parcel(DELIVERED, List.of(PILLOW))));
        assertThat(OrderPart.of(allDelivered, false, parcel -> false, TODAY)).as("all delivered, nothing named").isNull();
        assertThat(OrderPart.of(allDelivered, true, holding(PILLOW), TODAY).kind())
                .as("all delivered, the pillows' parcel named").isEqualTo(OrderPart.Kind.NAMED_DELIVERED);
        OrderDetails noneDelivered = order(List.of(new OrderDetails.Parcel(ON_ITS_WAY, List.of(BEDDING)),
                new OrderDetails.Parcel(ON_ITS_WAY, List.of(PILLOW))));
        assertThat(OrderPart.of(noneDelivered, false, parcel -> false, TODAY)).as("none delivered").isNull();
        var returned = new OrderDetails.Shipment("ZTO Express", "ZTO3", "returned", null, null);
        OrderDetails backToShop = order(List.of(new OrderDetails.Parcel(returned, List.of(BEDDING)),
                new OrderDetails.Parcel(ON_ITS_WAY, List.of(PILLOW))));
        assertThat(OrderPart.of(backToShop, true, holding(BEDDING), TODAY)).as("its parcel went back").isNull();
    }
}
