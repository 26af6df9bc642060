package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.OrderPart;
import io.shopdesk.dialogue.ReturnWindow;
import io.shopdesk.nlp.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the answer to a request about part of an order sent in several parcels names ({@code order_request.part_<case>},
 * decided for {@link OrderLookup#getOrderPart()}): the part's parcels, where they are and what they carry
 * ({@code parcels}, {@code partItems}), its day of delivery and the last days of return that follow from it (not the
 * order's latest parcel's), the sentence that opens the answer ({@code lead}: {@code order_request.part.<kind>}, with a
 * cancellation's own wording) and, for a delivered part, the parcels still on their way and what can be done with them
 * ({@code onTheWay}: {@code order_request.part.rest_on_its_way}, {@code .<request>} when worded for it: a parcel never
 * received only says where the rest is); {@code carrier} is the part's carriers (each once: "SF Express and JD
 * Logistics" when several parcels delivered are in question), for the colleague who opens an investigation with
 * them, {@code trackingNumber} its first parcel's. Stateless and thread-safe.
 */
final class OrderPartValues {

    private OrderPartValues() {
    }

    /**
     * Adds the part's values to {@code values} (over the whole order's) and its facts to the reply's {@code data}
     * ({@code part}, {@code partParcels}, {@code parcels}, {@code deliveredOn} and {@code returnBy} of the part).
     */
    static void addTo(Map<String, String> values, Map<String, Object> data, OrderLookup lookup, String request,
                      Language language, ReplyTemplates texts, ReturnWindow returns) {
        OrderDetails order = lookup.getOrder();
        OrderPart part = lookup.getOrderPart();
        List<OrderDetails.Parcel> parcels = part.parcelsOf(order);
        values.put("parcelCount", String.valueOf(order.parcels().size()));
        values.put("parcels", ParcelList.describe(order.parcels(), part.parcels(), lookup.today(), language, texts));
        values.put("partItems", parcels.stream().allMatch(OrderDetails.Parcel::isListed)
                ? ParcelList.items(parcels.stream().flatMap(p -> p.items().stream()).toList(), language, texts)
                : texts.text(language, "order_request.part.items.unlisted"));
        data.remove("deliveredOn");
        data.remove("returnBy");
        LocalDate deliveredOn = part.deliveredOn();
        if (deliveredOn != null) {
            values.put("deliveredOn", deliveredOn.toString());
            values.put("returnBy", returns.lastDay(deliveredOn).toString());
            values.put("defectiveReturnBy", returns.lastDefectiveDay(deliveredOn).toString());
            data.put("deliveredOn", deliveredOn.toString());
            data.put("returnBy", returns.lastDay(deliveredOn).toString());
        }
        String kind = part.kind().code();
        values.put("lead", part.kind() == OrderPart.Kind.NAMED_ON_ITS_WAY ? ""
                : texts.text(language, "order_request.part." + kind, request, values));
        values.put("onTheWay", part.kind() != OrderPart.Kind.DELIVERED_PART ? "" : texts.text(language,
                "order_request.part.rest_on_its_way", request, Map.of("parcels", ParcelList.describe(order.parcels(),
                        OrderPart.onTheirWay(order), lookup.today(), language, texts),
                        "returnDays", values.get("returnDays"))));
        // The carrier a colleague turns to is the part's (the parcel never received), not the latest parcel's; of
        // several parcels delivered and none named, each of their carriers, once.
        OrderDetails.Shipment first = parcels.getFirst().shipment();
        values.put("carrier", String.join(texts.text(language, "order_request.part.carriers.joiner"),
                parcels.stream().map(p -> texts.label(language, "carrier", p.shipment().carrier())).distinct().toList()));
        values.put("trackingNumber", first.trackingNumber() == null ? texts.text(language, "unknown")
                : first.trackingNumber());
        data.put("part", kind);
        data.put("partParcels", part.parcels());
        data.put("parcels", ParcelList.data(order.parcels(), language, texts));
    }
}
