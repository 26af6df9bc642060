package io.shopdesk.escalation;

import io.shopdesk.commerce.OrderDetails;
import java.time.LocalDate;

/**
 * The shipment a hand-off's reason names ({@link OrderInQuestion}'s carrier, tracking number and day of delivery): the
 * order's latest one, except for an order sent in several parcels, where the shopper's problem may be about another
 * parcel than the latest. Stateless and thread-safe.
 */
final class ShipmentInQuestion {

    private ShipmentInQuestion() {
    }

    /**
     * Of an order sent in several parcels, a parcel never received ({@code not_received.part_*} in the dialogue) is its
     * first delivered one, a late order its {@link OrderDetails#lateParcel late parcel}; else the order's shipment.
     */
    static OrderDetails.Shipment of(OrderDetails order, String dialogueDetail, LocalDate today) {
        if (!order.isSplit()) {
            return order.shipment();
        }
        if (dialogueDetail != null && dialogueDetail.startsWith("not_received.part_")
                && !order.parcelsDelivered().isEmpty()) {
            return order.parcelsDelivered().getFirst().shipment();
        }
        return order.lateParcel(today).map(OrderDetails.Parcel::shipment).orElse(order.shipment());
    }
}
