package io.shopdesk.escalation;

import io.shopdesk.commerce.OrderDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The shipment a hand-off's reason names ({@link OrderInQuestion}'s carrier, tracking number and day of delivery): the
 * order's latest one, except for an order sent in several parcels, where the shopper's problem may be about another
 * parcel than the latest. Stateless and thread-safe.
 */
final class ShipmentInQuestion {

    private ShipmentInQuestion() {
    }

    /**
     * The parcels a parcel never received is about ({@code not_received.part_*} in the dialogue), by their number in
     * the order (1 its oldest): those the dialogue answered about ({@code answered}, {@code DialogueOutcome.parcels}:
     * the parcel the shopper named, else every delivered one while others are on their way), so that the agent reads
     * the parcels the shopper was told about; without them (a turn scored before the outcome carried them), the first
     * delivered parcel. Empty for an order of one parcel and for any other detail.
     */
    static List<Integer> parcels(OrderDetails order, String dialogueDetail, List<Integer> answered) {
        if (!order.isSplit() || dialogueDetail == null || !dialogueDetail.startsWith("not_received.part_")) {
            return List.of();
        }
        List<Integer> known = answered.stream().filter(n -> n >= 1 && n <= order.parcels().size()).toList();
        if (!known.isEmpty()) {
            return known;
        }
        return IntStream.rangeClosed(1, order.parcels().size())
                .filter(n -> order.parcels().get(n - 1).isDelivered()).boxed().limit(1).toList();
    }

    /**
     * Of an order sent in several parcels, a parcel never received is the first of its {@link #parcels parcels in
     * question}, a late order its {@link OrderDetails#lateParcel late parcel}; else the order's shipment.
     */
    static OrderDetails.Shipment of(OrderDetails order, String dialogueDetail, List<Integer> answered, LocalDate today) {
        if (!order.isSplit()) {
            return order.shipment();
        }
        List<Integer> inQuestion = parcels(order, dialogueDetail, answered);
        if (!inQuestion.isEmpty()) {
            return order.parcels().get(inQuestion.getFirst() - 1).shipment();
        }
        return order.lateParcel(today).map(OrderDetails.Parcel::shipment).orElse(order.shipment());
    }
}
