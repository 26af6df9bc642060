package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.InvoiceWindow;
import io.shopdesk.dialogue.LateDeliveryPolicy;
import io.shopdesk.dialogue.NotReceivedPolicy;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.dialogue.ReturnWindow;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that turns a rule decision into what the shopper sees: texts from {@link ReplyTemplates}, data from
 * the FAQ hit or the order. It never shows what proves ownership (the phone). Thread-safe (stateless).
 */
public final class ReplyComposer {
    /** The requests about an order's payments, answered from its payment records. */
    private static final Set<String> PAYMENT_REQUESTS = Set.of("double_charge", "payment_check",
            "payment_failed");

    private ReplyComposer() {
    }

    /**
     * The replies for {@code decision}. {@code lookup}: the conversation's order as the rules saw it, or null when it
     * has none; {@code returns}, {@code late} and {@code notReceived}: the return windows, how late is slightly late
     * and how long a missing parcel is investigated, which the texts name.
     */
    public static List<Reply> compose(Decision decision, Language language, ReplyTemplates texts, KbSearchResult kb,
                                      OrderLookup lookup, int suggestions, ReturnWindow returns,
                                      LateDeliveryPolicy late, NotReceivedPolicy notReceived) {
        return compose(decision, language, texts, kb, lookup, suggestions, returns, late, notReceived, InvoiceWindow.FAQ,
                null, null);
    }

    /**
     * The replies for {@code decision}, as above; {@code invoices}: when an order's invoice is issued and until when it
     * can be requested, which the answer to an invoice of the order names; {@code newAddress}: the delivery address
     * the shopper gave for their order ({@code ConversationState.newAddress}), which the confirmation and the change
     * name, or null; {@code instalments}: the message's instalment question resolved against the plan table, which an
     * {@code instalment_plan} decision quotes, or null.
     */
    public static List<Reply> compose(Decision decision, Language language, ReplyTemplates texts, KbSearchResult kb,
                                      OrderLookup lookup, int suggestions, ReturnWindow returns,
                                      LateDeliveryPolicy late, NotReceivedPolicy notReceived, InvoiceWindow invoices,
                                      String newAddress, InstalmentAsk instalments) {
        OrderDetails order = lookup == null ? null : lookup.getOrder();
        String orderId = lookup == null ? null : lookup.getOrderId();
        int daysLate = lookup == null ? 0 : lookup.getDaysLate();
        String action = decision.getAction();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rule", decision.getRule());
        return switch (action) {
            case "greet", "greet_again", "capabilities", "bot_identity", "haggle", "thanks", "goodbye", "acknowledge" -> List.of(new Reply("text", texts.text(language, action), data));
            case "complaint" -> {
                // With a detail, what the complaint is about (faulty_item: the shopper already said what is wrong, so
                // only the order is asked for): complaint.<detail>.
                data.put("code", action);
                String key = decision.getDetail() == null ? action : action + "." + decision.getDetail();
                if (decision.getDetail() != null) {
                    data.put("about", decision.getDetail());
                }
                yield List.of(new Reply("text", texts.text(language, key), data));
            }
            case "kb_answer", "contact_details" -> {
                // The entry the rule decided on: the closest one, or another the rule chose among those found.
                KbHit hit = kb.hits().stream().filter(h -> h.entry().id().equals(decision.getDetail())).findFirst()
                        .orElse(kb.hits().getFirst());
                data.put("faqId", hit.entry().id());
                data.put("question", hit.question());
                data.put("coverage", Math.round(hit.coverage() * 1000) / 1000.0);
                if (kb.topic() != null) {
                    data.put("topic", kb.topic()); // found within the intent's FAQ categories
                }
                yield List.of(new Reply("kb_answer", hit.entry().answer(), data));
            }
            case "what_to_do" -> {
                // "What should I do?" after an FAQ answer: what that answer says to do, and the offer of a person.
                KbHit hit = kb.hits().getFirst();
                data.put("faqId", hit.entry().id());
                String space = language == Language.ZH ? "" : " ";
                yield List.of(new Reply("kb_answer", texts.text(language, "what_to_do.lead") + space
                        + hit.entry().answer() + space + texts.text(language, "what_to_do.tail"), data));
            }
            case "help_for_agent" -> {
                // Stuck after the bot's advice: it has nothing more; the escalation rules hand the chat over.
                data.put("code", action);
                data.put("about", decision.getDetail());
                yield List.of(new Reply("text", texts.text(language, action), data));
            }
            case "ask" -> {
                // The detail is the slot, or the slot and what it is asked for (order_id.missing_item: its own words);
                // a question about the conversation's order (the new address for it) names the order.
                data.put("slot", slot(decision.getDetail()));
                Map<String, String> values = orderId == null ? Map.of() : Map.of("orderId", orderId);
                yield List.of(new Reply("ask", texts.text(language, "ask." + decision.getDetail(), values), data));
            }
            case "confirm_address" -> {
                // The new delivery address repeated, to be confirmed with yes or no: the question stays open.
                data.put("slot", "address_confirmation");
                data.put("orderId", orderId);
                yield List.of(new Reply("ask", texts.text(language, action, addressValues(orderId, newAddress)), data));
            }
            case "address_changed", "address_kept", "address_not_changed" -> {
                data.put("code", action);
                data.put("orderId", orderId);
                yield List.of(new Reply("text", texts.text(language, action, addressValues(orderId, newAddress)), data));
            }
            case "help" -> {
                // Where to find what was asked for; the question stays open.
                data.put("slot", decision.getDetail());
                yield List.of(new Reply("ask", texts.text(language, "help." + decision.getDetail()), data));
            }
            case "order_not_found", "order_not_verified", "order_verification_locked" -> {
                data.put("code", action);
                data.put("orderId", orderId);
                yield List.of(new Reply("text", texts.text(language, action, Map.of("orderId", String.valueOf(orderId))), data));
            }
            case "order_status" -> {
                Reply status = OrderStatusReply.status(order, daysLate, lookup.getLateParcel(), lookup.today(), late,
                        language, texts, data);
                if (decision.getDetail() == null) {
                    yield List.of(status);
                }
                // What the status answers this time ("hurry": the shopper urged it on; "not_arrived": they said it has
                // not come, and it is not late), said before it.
                String lead = OrderStatusReply.lead(decision.getDetail(), order, language, texts);
                yield List.of(new Reply("order_status", lead + (language == Language.ZH ? "" : " ") + status.text(), data));
            }
            case "late_delivery", "late_delivery_for_agent" ->
                    List.of(OrderStatusReply.chasing(action, order, daysLate, lookup.getLateParcel(), late,
                            language, texts, data));
            case "order_request", "order_request_for_agent" -> {
                data.put("code", action);
                yield List.of(orderRequest(decision.getDetail(), lookup, language, texts, returns, notReceived,
                        invoices, newAddress, data));
            }
            case "instalment_plan" ->
                    List.of(InstalmentPlanReply.compose(decision.getDetail(), instalments, language, texts, data));
            case "instalments_available", "instalments_unavailable", "payment_declined", "payment_in_review" -> {
                data.put("code", action);
                yield List.of(new Reply("text", texts.text(language, action), data));
            }
            case "why", "why_for_agent" -> {
                // About what the last answer was (payment_declined, payment_failed…): its own explanation, or, asked
                // again, that the bot can say no more (a person takes over).
                data.put("code", action);
                data.put("about", decision.getDetail());
                // why.<about> when the answer has its own explanation, else the general one (an FAQ entry's policy).
                // About the conversation's order (order, order_cancelled.<case>, payment_failed.order…), the text
                // names it and its payments, from the records only.
                Map<String, ?> values = "why".equals(action) && order != null && aboutTheOrder(decision.getDetail())
                        ? whyValues(lookup, language, texts, returns, notReceived, data) : Map.of();
                String text = "why".equals(action) ? texts.text(language, "why", decision.getDetail(), values)
                        : texts.text(language, action);
                yield List.of(new Reply("text", text, data));
            }
            case "handoff" -> {
                data.put("reason", decision.getDetail());
                yield List.of(new Reply("handoff", texts.text(language, "handoff." + decision.getDetail()), data));
            }
            default -> {
                String detail = "fallback".equals(action) ? decision.getDetail() : null;
                yield List.of(fallback(language, texts, kb, detail == null ? suggestions : 0, data, detail));
            }
        };
    }

    /** The slot an {@code ask} detail asks for: {@code order_id} of {@code order_id.missing_item}. */
    static String slot(String detail) {
        int dot = detail == null ? -1 : detail.indexOf('.');
        return dot < 0 ? detail : detail.substring(0, dot);
    }

    /** What the address replies name: the order and its new delivery address (empty when there is none). */
    private static Map<String, String> addressValues(String orderId, String newAddress) {
        return Map.of("orderId", String.valueOf(orderId), "newAddress", newAddress == null ? "" : newAddress);
    }

    /**
     * Whether a "why?" detail is about the conversation's order: order, order_cancelled.<case>, <outcome>.order. The
     * rules decide these only for an order the shopper proved is theirs.
     */
    static boolean aboutTheOrder(String detail) {
        return detail != null && (detail.equals("order") || detail.startsWith("order_cancelled.") || detail.endsWith(".order"));
    }

    /** What a "why?" about the order names: the order, its shipment and its payments ({@link PaymentValues}). */
    private static Map<String, String> whyValues(OrderLookup lookup, Language language, ReplyTemplates texts,
                                                 ReturnWindow returns, NotReceivedPolicy notReceived,
                                                 Map<String, Object> data) {
        Map<String, String> values = orderValues(lookup.getOrder(), language, texts, returns, notReceived, data);
        PaymentValues.addTo(values, data, lookup, language, texts);
        return values;
    }

    /**
     * The answer to what the shopper asked to do with their verified order, for its status ({@code detail}
     * {@code <request>.<case>}, e.g. {@code return.defective_only}): {@code order_request.<case>.<request>} when the
     * request has its own wording for the case, else {@code order_request.<case>}. A request about the order's
     * payments ({@code double_charge.payment_after_failed}) names them ({@link PaymentValues}); an address change
     * with the new address given ({@code newAddress}, else null), {@code order_request.<case>.change_address.with_address}
     * when there is one, which names it.
     */
    private static Reply orderRequest(String detail, OrderLookup lookup, Language language, ReplyTemplates texts,
                                      ReturnWindow returns, NotReceivedPolicy notReceived, InvoiceWindow invoices,
                                      String newAddress, Map<String, Object> data) {
        OrderDetails order = lookup.getOrder();
        int dot = detail.indexOf('.');
        String request = detail.substring(0, dot);
        String situation = detail.substring(dot + 1);
        data.put("request", request);
        data.put("case", situation);
        Map<String, String> values = orderValues(order, language, texts, returns, notReceived, data);

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
        } else if ("missing_item".equals(request)) {
            addParcels(values, data, lookup, language, texts);
        } else if ("invoice".equals(request)) {
            addInvoiceDays(values, data, order, invoices);
        } else if (situation.startsWith("part_") && lookup.getOrderPart() != null) {
            // Part of an order sent in several parcels: that part's parcels, delivery and windows (OrderPart).
            OrderPartValues.addTo(values, data, lookup, request, language, texts, returns);
            if (lookup.getOrderPart().deliveredOn() != null) {
                // A parcel never received is reported within the days after its own delivery.
                values.put("reportBy", notReceived.lastReportDay(lookup.getOrderPart().deliveredOn()).toString());
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
                                                   ReturnWindow returns, NotReceivedPolicy notReceived,
                                                   Map<String, Object> data) {
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
        OrderDetails.Shipment s = order.shipment();
        values.put("carrier", s == null ? unknown : texts.label(language, "carrier", s.carrier()));
        values.put("trackingNumber", s == null ? unknown : s.trackingNumber());
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
     * "Did you mean" with the closest FAQ questions; or, for a fallback with a detail, its own text
     * ({@code fallback.off_topic}: what the assistant can help with; {@code fallback.not_helpful}) and no suggestions,
     * since the closest entries to "tell me a joke" or "that didn't help" are noise.
     */
    private static Reply fallback(Language language, ReplyTemplates texts, KbSearchResult kb, int suggestions,
                                  Map<String, Object> data, String detail) {
        List<Map<String, String>> closest = kb.suggestions(suggestions).stream()
                .map(hit -> Map.of("id", hit.entry().id(), "question", hit.entry().questions().getFirst()))
                .toList();
        data.put("suggestions", closest);
        String key = detail != null ? "fallback." + detail : closest.isEmpty() ? "fallback.none" : "fallback";
        return new Reply("fallback", texts.text(language, key), data);
    }
}
