package io.shopdesk.escalation.internal;

import io.shopdesk.commerce.CustomerRepository.Item;
import io.shopdesk.commerce.CustomerRepository.OrderSummary;
import io.shopdesk.commerce.OrderDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order's parcels as the agent's context panel lists them: an order sent in several is late, delivered or on its
 * way parcel by parcel, and an agent chasing "I only got one of my two items" needs each parcel's carrier, tracking
 * number, dates and contents, not only the latest shipment's. Stateless and thread-safe.
 */
final class ParcelFacts {
    /** {@code state} of a parcel the carrier delivered: never late, whatever its estimate. */
    static final String DELIVERED = "delivered";
    /** {@code state} of a parcel still to reach the shopper, not past its estimate (or without one). */
    static final String ON_ITS_WAY = "on_its_way";
    /** {@code state} of a parcel still to reach the shopper and past its estimate ({@code daysLate} > 0). */
    static final String LATE = "late";
    /** {@code state} of a parcel gone back to the shop. */
    static final String RETURNED = "returned";

    private ParcelFacts() {
    }

    /**
     * Each parcel of {@code order}, oldest first: {@code number} (1, 2…), {@code carrier}, {@code trackingNumber},
     * {@code status} (the carrier's), {@code state} (delivered, on_its_way, late or returned), {@code shippedOn},
     * {@code eta}, {@code deliveredOn} (days in shop time, ISO; null when unknown), {@code daysLate} on {@code today}
     * (the shop's date; 0 for a delivered or returned parcel), {@code itemsRecorded} (whether the shop recorded what it
     * carries) and {@code items} (each {@code nameEn}, {@code nameZh}, {@code quantity}; empty when not recorded).
     */
    static List<Map<String, Object>> of(OrderSummary order, LocalDate today) {
        List<Map<String, Object>> parcels = new ArrayList<>();
        for (OrderDetails.Parcel p : order.parcels()) {
            OrderDetails.Shipment s = p.shipment();
            int daysLate = p.daysLate(order.status(), today);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", parcels.size() + 1);
            m.put("carrier", s.carrier());
            m.put("trackingNumber", s.trackingNumber());
            m.put("status", s.status());
            m.put("state", p.isDelivered() ? DELIVERED : !p.isOnItsWay() ? RETURNED : daysLate > 0 ? LATE : ON_ITS_WAY);
            m.put("shippedOn", day(s.shippedOn()));
            m.put("eta", day(s.eta()));
            m.put("deliveredOn", day(s.deliveredOn()));
            m.put("daysLate", daysLate);
            m.put("itemsRecorded", p.isListed());
            m.put("items", p.items().stream().map(i -> item(i.nameEn(), i.nameZh(), i.quantity())).toList());
            parcels.add(m);
        }
        return parcels;
    }

    /**
     * What of {@code order} no recorded parcel carries, with the quantities left over (all of it before it ships; empty
     * when every item is in a parcel), or null when unknown: one of its parcels' contents were not recorded.
     */
    static List<Map<String, Object>> itemsNotInParcels(OrderSummary order) {
        return order.itemsNotInParcels()
                .map(items -> items.stream().map(ParcelFacts::item).toList())
                .orElse(null);
    }

    private static Map<String, Object> item(Item i) {
        return item(i.nameEn(), i.nameZh(), i.quantity());
    }

    private static Map<String, Object> item(String nameEn, String nameZh, int quantity) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameEn", nameEn);
        m.put("nameZh", nameZh);
        m.put("quantity", quantity);
        return m;
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
