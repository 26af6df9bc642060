package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns a rule decision into what the shopper sees: texts from {@link ReplyTemplates}, data from
 * the FAQ hit or the order. It never shows what proves ownership (the phone). Thread-safe (stateless).
 */
public final class ReplyComposer {
    private ReplyComposer() {
    }

    /**
     * The replies for {@code decision}. {@code lookup}: the conversation's order as the rules saw it, or null when it
     * has none; {@code policies}: the shop's windows and limits the texts name.
     */
    public static List<Reply> compose(Decision decision, Language language, ReplyTemplates texts, KbSearchResult kb,
                                      OrderLookup lookup, ReplyPolicies policies) {
        return compose(decision, language, texts, kb, lookup, policies, null, null);
    }

    /**
     * The replies for {@code decision}, as above; {@code newAddress}: the delivery address the shopper gave for their
     * order ({@code ConversationState.newAddress}), which the confirmation and the change name, or null;
     * {@code instalments}: the message's instalment question resolved against the plan table, which an
     * {@code instalment_plan} decision quotes, or null.
     */
    public static List<Reply> compose(Decision decision, Language language, ReplyTemplates texts, KbSearchResult kb,
                                      OrderLookup lookup, ReplyPolicies policies, String newAddress,
                                      InstalmentAsk instalments) {
        OrderDetails order = lookup == null ? null : lookup.getOrder();
        String orderId = lookup == null ? null : lookup.getOrderId();
        int daysLate = lookup == null ? 0 : lookup.getDaysLate();
        String action = decision.getAction();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rule", decision.getRule());
        return switch (action) {
            case "greet", "greet_again", "capabilities", "bot_identity", "thanks", "goodbye" -> List.of(new Reply("text", texts.text(language, action), data));
            // With a detail, what kind of lower price is asked for (price_match: another shop's): haggle.<detail>
            // when the language has that text, else the general one.
            case "haggle" -> List.of(new Reply("text", decision.getDetail() == null ? texts.text(language, action)
                    : texts.text(language, action, decision.getDetail(), Map.of()), data));
            case "explain" -> {
                // A question the FAQ has no entry for, answered with a text of its own (explain.<detail>: a coupon's
                // threshold not met, a carrier's exception status, how a product wears, loose threads): what the
                // shop's policies say about the case and what the shopper can do.
                data.put("code", action);
                data.put("about", decision.getDetail());
                yield List.of(new Reply("text", texts.text(language, action + "." + decision.getDetail()), data));
            }
            case "acknowledge" -> {
                // With a detail, what was acknowledged (investigation_declined: the offer of an investigation of the
                // order, declined): acknowledge.<detail>, naming the order.
                String key = decision.getDetail() == null ? action : action + "." + decision.getDetail();
                Map<String, String> values = orderId == null ? Map.of() : Map.of("orderId", orderId);
                yield List.of(new Reply("text", texts.text(language, key, values), data));
            }
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
            case "kb_answer", "contact_details", "account_takeover" -> {
                // The entry the rule decided on: the closest one, or another the rule chose among those found.
                KbHit hit = kb.hits().stream().filter(h -> h.entry().id().equals(decision.getDetail())).findFirst()
                        .orElse(kb.hits().getFirst());
                if ("account_takeover".equals(action)) {
                    // The FAQ's steps against an intruder; the escalation rules hand the chat over after them.
                    data.put("code", action);
                }
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
                Reply status = OrderStatusReply.status(order, daysLate, lookup.getLateParcel(), lookup.today(), policies.late(),
                        language, texts, data);
                if (decision.getDetail() == null) {
                    yield List.of(status);
                }
                // What the status answers this time ("hurry": the shopper urged it on; "not_arrived": they said it has
                // not come, and it is not late; "compensation.late": what the shop gives for a late parcel), said
                // before it.
                String lead = OrderStatusReply.lead(decision.getDetail(), order, policies.late(), language, texts);
                yield List.of(new Reply("order_status", lead + (language == Language.ZH ? "" : " ") + status.text(), data));
            }
            case "late_delivery", "late_delivery_for_agent", "late_delivery_with_agent" ->
                    List.of(OrderStatusReply.chasing(action, order, daysLate, lookup.getLateParcel(), policies.late(),
                            language, texts, data));
            case "order_request", "order_request_for_agent" -> {
                data.put("code", action);
                yield List.of(OrderRequestReply.compose(decision.getDetail(), lookup, language, texts, policies,
                        newAddress, data));
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
                        ? OrderRequestReply.whyValues(lookup, language, texts, policies, data) : Map.of();
                String text = "why".equals(action) ? texts.text(language, "why", decision.getDetail(), values)
                        : texts.text(language, action);
                yield List.of(new Reply("text", text, data));
            }
            case "intent_for_agent" -> {
                // A team's intent it hands to a person (intent-answers.yml, handoff: true; the detail is the intent):
                // the escalation rules take the chat over (EscalateTeamIntent), and their hand-off replaces this.
                data.put("code", action);
                data.put("intent", decision.getDetail());
                yield List.of(new Reply("text", texts.text(language, action), data));
            }
            case "handoff" -> {
                data.put("reason", decision.getDetail());
                yield List.of(new Reply("handoff", texts.text(language, "handoff." + decision.getDetail()), data));
            }
            default -> {
                String detail = "fallback".equals(action) ? decision.getDetail() : null;
                yield List.of(fallback(language, texts, kb, detail == null ? policies.suggestions() : 0, data, detail));
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
