package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.nlp.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order's parcels as the shopper reads them, one after the other: "parcel 1 (Egyptian Cotton Bedding Set) was
 * delivered by SF Express on 2026-11-24 (tracking number …); parcel 2 (Memory Foam Pillow ×2) is on its way with JD
 * Logistics (…), estimated delivery 2026-11-27". For the status of an order sent in several parcels and the answer to
 * "I only got one of my two items": the shopper learns which item travels in which parcel and where each is. Texts
 * {@code parcel.*} and {@code order_items.*}; a parcel whose contents the shop did not record is named by its number
 * alone. Stateless and thread-safe.
 */
final class ParcelList {

    private ParcelList() {
    }

    /**
     * Each parcel in a sentence of its own wording ({@code parcel.delivered}, {@code parcel.on_its_way}, with
     * {@code .late} past its estimate on {@code today} or {@code .no_estimate} without one, {@code parcel.returned}),
     * joined by {@code parcel.joiner}. {@code today}: the shop's date, or null when unknown (no parcel is then late).
     */
    static String describe(List<OrderDetails.Parcel> parcels, LocalDate today, Language language, ReplyTemplates texts) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < parcels.size(); i++) {
            described.add(describe(parcels.get(i), i + 1, today, language, texts));
        }
        return String.join(texts.text(language, "parcel.joiner"), described);
    }

    /**
     * Some of an order's parcels, each by its number in the order ({@code numbers}, 1 for the oldest of {@code all}), in
     * the sentences of {@link #describe(List, LocalDate, Language, ReplyTemplates)}: the part a request is about.
     */
    static String describe(List<OrderDetails.Parcel> all, List<Integer> numbers, LocalDate today, Language language,
                           ReplyTemplates texts) {
        return String.join(texts.text(language, "parcel.joiner"),
                numbers.stream().map(n -> describe(all.get(n - 1), n, today, language, texts)).toList());
    }

    /** The parcels as the reply's data: where each is and what it carries, in the shopper's language. */
    static List<Map<String, Object>> data(List<OrderDetails.Parcel> parcels, Language language, ReplyTemplates texts) {
        return parcels.stream().map(p -> {
            OrderDetails.Shipment s = p.shipment();
            Map<String, Object> parcel = new LinkedHashMap<>();
            parcel.put("carrier", texts.label(language, "carrier", s.carrier()));
            parcel.put("trackingNumber", s.trackingNumber());
            parcel.put("status", s.status());
            parcel.put("eta", s.eta() == null ? null : s.eta().toString());
            parcel.put("deliveredOn", s.deliveredOn() == null ? null : s.deliveredOn().toString());
            parcel.put("items", p.items().stream().map(item -> itemText(item, language, texts)).toList());
            return parcel;
        }).toList();
    }

    /** Items as a list in the shopper's language: "Egyptian Cotton Bedding Set, Memory Foam Pillow ×2". */
    static String items(List<OrderDetails.Item> items, Language language, ReplyTemplates texts) {
        return String.join(texts.text(language, "order_items.joiner"),
                items.stream().map(item -> itemText(item, language, texts)).toList());
    }

    private static String itemText(OrderDetails.Item item, Language language, ReplyTemplates texts) {
        String name = language == Language.ZH ? item.nameZh() : item.nameEn();
        return item.quantity() == 1 ? name
                : texts.text(language, "order_items.several", Map.of("name", name, "quantity", item.quantity()));
    }

    /**
     * Who can redirect each parcel still on its way ({@code order_request.parcels.redirect}: its carrier, with its
     * tracking number), joined by {@code parcel.joiner}: the address of an order that has shipped is the carrier's to
     * change, parcel by parcel.
     */
    static String redirects(List<OrderDetails.Parcel> parcels, Language language, ReplyTemplates texts) {
        List<String> redirects = new ArrayList<>();
        for (int i = 0; i < parcels.size(); i++) {
            OrderDetails.Parcel parcel = parcels.get(i);
            if (parcel.isOnItsWay()) {
                OrderDetails.Shipment s = parcel.shipment();
                // A carrier that does not redirect has a wording of its own (order_request.parcels.redirect.<carrier>).
                redirects.add(texts.text(language, "order_request.parcels.redirect",
                        OrderRequestReply.carrierKey(s.carrier()), Map.of(
                        "carrier", texts.label(language, "carrier", s.carrier()),
                        "parcel", name(parcel, i + 1, language, texts),
                        "trackingNumber", s.trackingNumber() == null ? texts.text(language, "unknown")
                                : s.trackingNumber())));
            }
        }
        return String.join(texts.text(language, "parcel.joiner"), redirects);
    }

    /** A parcel by its number and what it carries: "parcel 2 (Memory Foam Pillow ×2)", or "parcel 2" when unlisted. */
    static String name(OrderDetails.Parcel parcel, int number, Language language, ReplyTemplates texts) {
        Map<String, Object> values = Map.of("n", number, "items", items(parcel.items(), language, texts));
        return texts.text(language, parcel.isListed() ? "parcel.name" : "parcel.name.unlisted", values);
    }

    private static String describe(OrderDetails.Parcel parcel, int number, LocalDate today, Language language,
                                   ReplyTemplates texts) {
        OrderDetails.Shipment s = parcel.shipment();
        String unknown = texts.text(language, "unknown");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("n", number);
        values.put("items", items(parcel.items(), language, texts));
        values.put("parcel", texts.text(language, parcel.isListed() ? "parcel.name" : "parcel.name.unlisted", values));
        values.put("carrier", texts.label(language, "carrier", s.carrier()));
        values.put("trackingNumber", s.trackingNumber() == null ? unknown : s.trackingNumber());
        values.put("eta", s.eta() == null ? unknown : s.eta().toString());
        values.put("deliveredOn", s.deliveredOn() == null ? unknown : s.deliveredOn().toString());
        String key;
        if (parcel.isDelivered()) {
            key = s.deliveredOn() == null ? "parcel.delivered.undated" : "parcel.delivered";
        } else if (!parcel.isOnItsWay()) {
            key = "parcel.returned";
        } else if (s.eta() == null) {
            key = "parcel.on_its_way.no_estimate";
        } else {
            key = today != null && s.eta().isBefore(today) ? "parcel.on_its_way.late" : "parcel.on_its_way";
        }
        return texts.text(language, key, values);
    }
}
