package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.LateDeliveryPolicy;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Language;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A verified order's status as the shopper reads it, and the answers to a shopper chasing a late one: the values the
 * texts may name and the order's data (never the phone). A status may have its own wording
 * ({@code order_status.delivered}, {@code order_status.shipment.delivered}, ...), so that a delivered order says when
 * it arrived rather than an "estimated delivery" in the past; so does a late order, one not delivered and past its
 * estimate ({@code order_status.slightly_late} up to {@link LateDeliveryPolicy#slightDays()}, else
 * {@code order_status.late}): it was due on that day, so many days ago, and what happens next. An order sent in
 * several parcels says where each is and what it carries ({@code order_status.parcels}, {@link ParcelList}) in place of
 * its one shipment, which would tell only the latest parcel (after the late wording, which speaks of the parcel that is
 * late: {@code OrderLookup.getLateParcel()}).
 * Stateless and thread-safe.
 */
final class OrderStatusReply {

    private OrderStatusReply() {
    }

    /**
     * The status of {@code order}, {@code daysLate} days past its estimated delivery (0: not late); {@code today}: the
     * shop's date, by which a parcel of a split order is late (null: none is); {@code lateParcel}: of an order sent in
     * several parcels, the number of the one {@code daysLate} counts (0: none), which the late wording then names
     * ({@code order_status.late.parcel}) with its own carrier, tracking number and estimate.
     */
    static Reply status(OrderDetails order, int daysLate, int lateParcel, LocalDate today, LateDeliveryPolicy late,
                        Language language, ReplyTemplates texts, Map<String, Object> data) {
        Map<String, String> values = values(order, daysLate, lateParcel, late, language, texts, data);
        String variant = daysLate > 0 ? (late.isSlight(daysLate) ? "slightly_late" : "late")
                + (lateParcel > 0 ? ".parcel" : "") : order.status() == null ? "unknown" : order.status();
        String shipment;
        if (order.isSplit()) {
            data.put("parcels", ParcelList.data(order.parcels(), language, texts));
            shipment = texts.text(language, "order_status.parcels", Map.of("count", order.parcels().size(),
                    "parcels", ParcelList.describe(order.parcels(), today, language, texts)));
        } else {
            shipment = order.shipment() == null ? texts.text(language, "order_status.no_shipment", variant, values)
                    : texts.text(language, "order_status.shipment", variant, values);
        }
        values.put("shipment", shipment);
        String text = texts.text(language, "order_status", variant, values).strip();
        if (order.isSplit() && daysLate > 0) {
            // The late wording speaks of the late parcel only: the others follow, as in any split order's status.
            text = text + (language == Language.ZH ? "" : " ") + shipment;
        }
        return new Reply("order_status", text, data);
    }

    /**
     * What the status answers this time, said before it ({@code detail}: {@code hurry}, {@code not_received},
     * {@code not_arrived}, {@code compensation.<case>}, {@code not_arrived_by.<case>}): {@code order_status.lead.<detail>}, worded for the order's status when the texts have
     * {@code order_status.lead.<detail>.<status>} (an unpaid order has not shipped for want of its payment), else for an
     * order without an estimated delivery yet when they have {@code order_status.lead.<detail>.no_estimate} (it cannot
     * be said to be on time). {@code late}: the days past an estimate a lead may name ({@code {slightDays}}: from
     * when a colleague opens an investigation, "if it hasn't arrived more than 3 days after that date").
     */
    static String lead(String detail, OrderDetails order, LateDeliveryPolicy late, Language language,
                       ReplyTemplates texts) {
        String key = "order_status.lead." + detail;
        String forStatus = key + "." + order.status();
        String noEstimate = key + ".no_estimate";
        Map<String, Object> values = Map.of("slightDays", late.slightDays());
        if (order.status() != null && texts.has(language, forStatus)) {
            return texts.text(language, forStatus, values);
        }
        boolean estimated = order.shipment() != null && order.shipment().eta() != null;
        return texts.text(language, !estimated && texts.has(language, noEstimate) ? noEstimate : key, values);
    }

    /**
     * The answer to a shopper chasing a late order, in the text of {@code action}: {@code late_delivery} (slightly
     * late: the tracking again, and from when a colleague investigates) or {@code late_delivery_for_agent} (a colleague
     * opens an investigation with the carrier: the hand-off follows). Of an order sent in several parcels, the late one
     * ({@code lateParcel}, its number; 0: the order's one shipment) in the text {@code <action>.parcel}.
     */
    static Reply chasing(String action, OrderDetails order, int daysLate, int lateParcel, LateDeliveryPolicy late,
                         Language language, ReplyTemplates texts, Map<String, Object> data) {
        data.put("code", action);
        Map<String, String> values = values(order, daysLate, lateParcel, late, language, texts, data);
        return new Reply("order_status", lateParcel > 0 ? texts.text(language, action, "parcel", values)
                : texts.text(language, action, values), data);
    }

    private static Map<String, String> values(OrderDetails order, int daysLate, int lateParcel,
                                              LateDeliveryPolicy late, Language language, ReplyTemplates texts,
                                              Map<String, Object> data) {
        String status = texts.label(language, "status", order.status());
        data.put("orderId", order.id());
        data.put("status", order.status());
        data.put("statusLabel", status);
        data.put("items", language == Language.ZH ? order.itemsZh() : order.itemsEn());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("orderId", order.id());
        values.put("status", status);
        OrderDetails.Shipment s = order.shipment();
        if (lateParcel > 0 && daysLate > 0) {
            // The parcel that is late, not the latest one (which may be delivered): its carrier, tracking and estimate.
            OrderDetails.Parcel parcel = order.parcels().get(lateParcel - 1);
            s = parcel.shipment();
            data.put("lateParcel", lateParcel);
            values.put("parcel", ParcelList.name(parcel, lateParcel, language, texts));
        }
        if (s != null) {
            String carrier = texts.label(language, "carrier", s.carrier());
            String unknown = texts.text(language, "unknown");
            data.put("carrier", carrier);
            data.put("trackingNumber", s.trackingNumber());
            data.put("eta", s.eta() == null ? null : s.eta().toString());
            // The card of a delivered order says when it came, not an estimate in the past.
            data.put("deliveredOn", s.deliveredOn() == null ? null : s.deliveredOn().toString());
            values.put("carrier", carrier);
            values.put("trackingNumber", s.trackingNumber() == null ? unknown : s.trackingNumber());
            values.put("eta", s.eta() == null ? unknown : s.eta().toString());
            values.put("deliveredOn", s.deliveredOn() == null ? unknown : s.deliveredOn().toString());
        }
        if (daysLate > 0 && s != null && s.eta() != null) {
            data.put("daysLate", daysLate);
            values.put("daysLate", String.valueOf(daysLate));
            values.put("lateBy", texts.text(language, "late_by", daysLate == 1 ? "one" : "other",
                    Map.of("days", daysLate)));
            values.put("investigateOn", late.investigateOn(s.eta()).toString());
        }
        return values;
    }
}
