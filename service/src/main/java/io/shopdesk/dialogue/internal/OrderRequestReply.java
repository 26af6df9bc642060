package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.InvoiceWindow;
import io.shopdesk.dialogue.NotReceivedPolicy;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.dialogue.ReturnWindow;
import io.shopdesk.nlp.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The answers about the conversation's verified order that {@link ReplyComposer} hands on: what the shopper asked to
 * do with it (return, cancel, an address change, a missing or wrong item, a parcel damaged on the way, its invoice, its
 * payments, a part of an order sent in several parcels) and what a "why?" about it names. Each answer names the order from the records only, never what
 * proves ownership. Stateless, thread-safe.
 */
final class OrderRequestReply {
    /** The requests about an order's payments (and whether its refund came back), answered from its payment records. */
    private static final Set<String> PAYMENT_REQUESTS = Set.of("double_charge", "payment_check", "refund_check",
            "payment_failed");
    /**
     * The requests answered with what the order should contain and its parcels: an item missing from what came, a wrong
     * item, a parcel damaged on the way.
     */
    private static final Set<String> PARCEL_REQUESTS = Set.of("missing_item", "wrong_item", "damaged_parcel");

    private OrderRequestReply() {
    }

    /**
     * The answer to what the shopper asked to do with their verified order, for its status ({@code detail}
     * {@code <request>.<case>}, e.g. {@code return.defective_only}): {@code order_request.<case>.<request>} when the
     * request has its own wording for the case, else {@code order_request.<case>}. A request about the order's
     * payments ({@code double_charge.payment_after_failed}) names them ({@link PaymentValues}); an address change
     * with the new address given ({@code newAddress}, else null), {@code order_request.<case>.change_address.with_address}
     * when there is one, which names it.
     */
    static Reply compose(String detail, OrderLookup lookup, Language language, ReplyTemplates texts,
                         ReplyPolicies policies, String newAddress, Map<String, Object> data) {
        OrderDetails order = lookup.getOrder();
        int dot = detail.indexOf('.');
        String request = detail.substring(0, dot);
        String situation = detail.substring(dot + 1);
        data.put("request", request);
        data.put("case", situation);
        Map<String, String> values = orderValues(order, language, texts, policies, data);

        if (PAYMENT_REQUESTS.contains(request)) {
            // Asked about the order's payments: the answer names them from the records (PaymentValues).
            PaymentValues.addTo(values, data, lookup, language, texts);
        }
        if ("not_in_order".equals(situation)) {
            // "Return the beanie" of an order without one: what the shopper named, and what the order does contain.
            values.put("named", String.join(texts.text(language, "order_request.not_in_order.joiner"),
                    lookup.getProductsNotInOrder()));
            values.put("items", ParcelList.items(order.items(), language, texts));
            data.put("notInOrder", lookup.getProductsNotInOrder());
        } else if (PARCEL_REQUESTS.contains(request)) {
            addParcels(values, data, lookup, language, texts);
            // A wrong item of an order of several: which one, asked in the same answer for the colleague who puts it
            // right (wrong_item.which); nothing to ask of an order of one item.
            values.put("which", "wrong_item".equals(request) && order.items().size() > 1
                    ? texts.text(language, "wrong_item.which") : "");
        } else if ("late".equals(situation)) {
            addLateness(values, data, lookup, language, texts);
        } else if ("invoice".equals(request) || "vat_invoice".equals(request)) {
            // An invoice, or a VAT special invoice, of the order: issued after delivery, requested until invoiceBy.
            addInvoiceDays(values, data, order, policies.invoices());
        } else if (situation.startsWith("part_") && lookup.getOrderPart() != null) {
            // Part of an order sent in several parcels: that part's parcels, delivery and windows (OrderPart).
            OrderPartValues.addTo(values, data, lookup, request, language, texts, policies.returns());
            if (lookup.getOrderPart().deliveredOn() != null) {
                // A parcel never received is reported within the days after its own delivery.
                values.put("reportBy", policies.notReceived().lastReportDay(lookup.getOrderPart().deliveredOn())
                        .toString());
            }
        } else if ("parcels".equals(situation)) {
            // An address change of an order sent in several parcels: each parcel, and who can redirect those on
            // their way.
            values.put("parcelCount", String.valueOf(order.parcels().size()));
            values.put("parcels", ParcelList.describe(order.parcels(), lookup.today(), language, texts));
            values.put("redirects", ParcelList.redirects(order.parcels(), language, texts));
            data.put("parcels", ParcelList.data(order.parcels(), language, texts));
        }
        if ("not_received".equals(request) && values.containsKey("reportBy")) {
            data.put("reportBy", values.get("reportBy"));
        }
        if ("change_address".equals(request) && newAddress != null) {
            // The new address the shopper already gave goes to the colleague with the request: not asked for again
            // (order_request.<case>.change_address.with_address names it).
            values.put("newAddress", newAddress);
            String withAddress = "order_request." + situation + ".change_address.with_address";
            if (texts.has(language, withAddress)) {
                return new Reply("text", texts.text(language, withAddress, values), data);
            }
        }
        return new Reply("text", texts.text(language, "order_request." + situation, request, values), data);
    }

    /**
     * What the answers about an order name of it: its id, status and items, the return windows, its carrier and
     * tracking number, and once delivered the days that follow from it; the reply's data gain the order, its status
     * and, once delivered, its day of delivery and last day of return.
     */
    private static Map<String, String> orderValues(OrderDetails order, Language language, ReplyTemplates texts,
                                                   ReplyPolicies policies, Map<String, Object> data) {
        ReturnWindow returns = policies.returns();
        NotReceivedPolicy notReceived = policies.notReceived();
        String unknown = texts.text(language, "unknown");
        data.put("orderId", order.id());
        data.put("status", order.status());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("orderId", order.id());
        values.put("status", texts.label(language, "status", order.status()));
        values.put("items", String.join(language == Language.ZH ? "、" : ", ",
                language == Language.ZH ? order.itemsZh() : order.itemsEn()));
        values.put("returnDays", String.valueOf(returns.days()));
        values.put("defectiveDays", String.valueOf(returns.defectiveDays()));
        values.put("reportDays", String.valueOf(notReceived.reportDays()));
        values.put("damageReportHours", String.valueOf(policies.damagedParcel().reportHours()));
        OrderDetails.Shipment s = order.shipment();
        values.put("carrier", s == null ? unknown : texts.label(language, "carrier", s.carrier()));
        values.put("trackingNumber", s == null ? unknown : s.trackingNumber());
        if (s != null && texts.has(language, "redirect")) {
            // What the carrier can do about a new address: only some redirect a parcel on its way.
            values.put("redirect", texts.text(language, "redirect", carrierKey(s.carrier()), values));
        }
        if (s != null && s.deliveredOn() != null) {
            data.put("deliveredOn", s.deliveredOn().toString());
            data.put("returnBy", returns.lastDay(s.deliveredOn()).toString());
            values.put("deliveredOn", s.deliveredOn().toString());
            values.put("returnBy", returns.lastDay(s.deliveredOn()).toString());
            values.put("defectiveReturnBy", returns.lastDefectiveDay(s.deliveredOn()).toString());
            values.put("reportBy", notReceived.lastReportDay(s.deliveredOn()).toString());
        }
        return values;
    }

    /**
     * What the answer to an item missing from what came names: the order's items with their quantities ({@code items}),
     * its parcels, where each is and what it carries ({@code parcelCount}, {@code parcels}: {@link ParcelList}), and
     * that they were delivered ({@code delivery}: {@code missing_item.delivery}, {@code .one} for an order of one parcel,
     * {@code .unrecorded} for one delivered without a parcel recorded). The reply's data gain the items and parcels.
     */
    private static void addParcels(Map<String, String> values, Map<String, Object> data, OrderLookup lookup,
                                   Language language, ReplyTemplates texts) {
        OrderDetails order = lookup.getOrder();
        values.put("items", ParcelList.items(order.items(), language, texts));
        values.put("parcelCount", String.valueOf(order.parcels().size()));
        values.put("parcels", ParcelList.describe(order.parcels(), lookup.today(), language, texts));
        values.putIfAbsent("deliveredOn", texts.text(language, "unknown"));
        String delivery = order.parcels().isEmpty() ? "missing_item.delivery.unrecorded"
                : order.parcels().size() == 1 ? "missing_item.delivery.one" : "missing_item.delivery";
        values.put("delivery", texts.text(language, delivery, values));
        data.put("items", order.items().stream().map(item -> language == Language.ZH ? item.nameZh() : item.nameEn())
                .toList());
        data.put("parcels", ParcelList.data(order.parcels(), language, texts));
    }

    /**
     * What the answer about an order's invoice names: the window's days ({@code invoiceDays}) and, once delivered, the
     * day its electronic invoice is issued by ({@code invoiceIssuedBy}, within 24 hours of delivery) and the last day it
     * can be requested or changed ({@code invoiceBy}), which the reply's data gain too.
     */
    private static void addInvoiceDays(Map<String, String> values, Map<String, Object> data, OrderDetails order,
                                       InvoiceWindow invoices) {
        values.put("invoiceDays", String.valueOf(invoices.days()));
        OrderDetails.Shipment s = order.shipment();
        if (s != null && s.deliveredOn() != null) {
            values.put("invoiceIssuedBy", invoices.issuedBy(s.deliveredOn()).toString());
            values.put("invoiceBy", invoices.lastDay(s.deliveredOn()).toString());
            data.put("invoiceIssuedBy", values.get("invoiceIssuedBy"));
            data.put("invoiceBy", values.get("invoiceBy"));
        }
    }

    /**
     * What the answer to a late order no longer wanted names ({@code order_request.late}): the day it was due
     * ({@code eta}) and how late it is ({@code lateBy}, the words of {@code late_by}), as its late status does; the
     * reply's data gain them.
     */
    private static void addLateness(Map<String, String> values, Map<String, Object> data, OrderLookup lookup,
                                    Language language, ReplyTemplates texts) {
        OrderDetails.Shipment s = lookup.getOrder().shipment();
        int days = lookup.getDaysLate();
        values.put("eta", s == null || s.eta() == null ? texts.text(language, "unknown") : s.eta().toString());
        values.put("lateBy", texts.text(language, "late_by", days == 1 ? "one" : "other", Map.of("days", days)));
        data.put("eta", values.get("eta"));
        data.put("daysLate", days);
    }

    /** What a "why?" about the order names: the order, its shipment and its payments ({@link PaymentValues}). */
    static Map<String, String> whyValues(OrderLookup lookup, Language language, ReplyTemplates texts,
                                         ReplyPolicies policies, Map<String, Object> data) {
        Map<String, String> values = orderValues(lookup.getOrder(), language, texts, policies, data);
        PaymentValues.addTo(values, data, lookup, language, texts);
        return values;
    }

    /** A carrier as the replies' keys name it ({@code ZTO Express} or {@code zto_express}: {@code zto_express}). */
    static String carrierKey(String carrier) {
        return carrier == null ? "unknown" : carrier.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
