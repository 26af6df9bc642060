package io.shopdesk.escalation.internal;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.commerce.CustomerRepository;
import io.shopdesk.commerce.CustomerRepository.OrderSummary;
import io.shopdesk.commerce.OrderAddressChanges;
import io.shopdesk.commerce.OrderAddressChanges.AddressChange;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderPayments;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.escalation.Escalation;
import io.shopdesk.escalation.EscalationException;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Language;
import io.shopdesk.risk.RiskReason;
import io.shopdesk.risk.RiskService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Everything the engine knew about a conversation, for the agent's context panel: the transcript with each
 * message's analysis, the escalation and its reasons, the customer and their orders (with items and shipment: carrier,
 * tracking number, estimated delivery, day delivered and days late of the latest, and each parcel with the same, its
 * day shipped and what it carries ({@link ParcelFacts}), what a late or missing parcel or a faulty item is handled
 * with; and payments: amount, method, instalments, outcome, failure code and time in shop time, the two of a
 * duplicate charge marked, what a double charge or a payment question is handled with; and the delivery addresses the
 * chat changed, old and new, in shop time), the agents' private notes among the transcript's lines, their risk decisions with
 * reasons, knowledge-base suggestions for the shopper's latest message, and the customer's earlier conversations,
 * the bot's alone and those handed to a person (the latest 20, {@link PastConversations}). For agents only. Thread-safe.
 */
@Component
class ConversationContext {
    private static final int ORDERS = 10;
    private static final int DECISIONS = 10;
    private static final int SUGGESTIONS = 3;
    /** The intent of a request for a person: a question of no use to the agent already talking to the shopper. */
    private static final String HUMAN_AGENT = "human_agent";
    private static final String OUT_OF_SCOPE = "oos";
    private static final int PAST_CONVERSATIONS = 20;

    private final ChatService chat;
    private final EscalationRepository escalations;
    private final CustomerRepository customers;
    private final OrderAddressChanges addressChanges;
    private final ObjectProvider<RiskService> risk;
    private final KnowledgeBase knowledge;
    private final ConversationNotes notes;
    private final PastConversations past;
    private final ShopperChannel shoppers;
    private final Clock clock;

    ConversationContext(ChatService chat, EscalationRepository escalations, CustomerRepository customers,
                        OrderAddressChanges addressChanges, ObjectProvider<RiskService> risk, KnowledgeBase knowledge,
                        ConversationNotes notes, PastConversations past, ShopperChannel shoppers, Clock clock) {
        this.shoppers = shoppers;
        this.chat = chat;
        this.escalations = escalations;
        this.customers = customers;
        this.addressChanges = addressChanges;
        this.risk = risk;
        this.knowledge = knowledge;
        this.notes = notes;
        this.past = past;
        this.clock = clock;
    }

    Map<String, Object> of(String conversationId) {
        ConversationState state = chat.state(conversationId).orElseThrow(() -> new EscalationException(404,
                "unknown_conversation", "No such conversation"));
        List<TranscriptLine> transcript = chat.transcript(conversationId);
        List<Escalation> history = escalations.ofConversation(conversationId);
        Long customerId = state.getCustomerId() != null ? state.getCustomerId()
                : history.stream().map(Escalation::customerId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Language language = Language.fromTag(state.getLanguage(), Language.ZH);

        Map<String, Object> conversation = new LinkedHashMap<>();
        conversation.put("id", conversationId);
        conversation.put("language", state.getLanguage());
        conversation.put("customerId", customerId);
        conversation.put("identifiedBy", state.isCustomerSigned() ? "sign_in"
                : state.getCustomerId() != null ? "order_phone" : null);
        conversation.put("orderId", state.getOrderId());
        conversation.put("escalationStatus", state.getEscalationStatus());
        conversation.put("shopperConnected", shoppers.presence(conversationId));

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("conversation", conversation);
        context.put("escalation", history.isEmpty() ? null : history.getFirst());
        context.put("escalations", history);
        context.put("transcript", withNotes(transcript, notes.of(conversationId)));
        context.put("customer", customerId == null ? null : customers.find(customerId).orElse(null));
        context.put("orders", customerId == null ? List.of() : orders(customerId));
        context.put("pastConversations", customerId == null ? List.of()
                : past.of(customerId, conversationId, PAST_CONVERSATIONS));
        context.put("riskDecisions", riskDecisions(conversationId, customerId, language));
        context.put("suggestions", suggestions(transcript, language));
        return context;
    }

    /**
     * The transcript with the agents' private notes among its lines, each after the lines written before it: the agent
     * reads a note where it was written. The shopper's history is read elsewhere and never has them.
     */
    private static List<Object> withNotes(List<TranscriptLine> transcript, List<Map<String, Object>> notes) {
        List<Object> lines = new java.util.ArrayList<>(transcript.size() + notes.size());
        int next = 0;
        for (TranscriptLine line : transcript) {
            while (next < notes.size() && ((java.time.Instant) notes.get(next).get("at")).isBefore(line.at())) {
                lines.add(notes.get(next++));
            }
            lines.add(line);
        }
        lines.addAll(notes.subList(next, notes.size()));
        return lines;
    }

    /** Days late are counted on the shop's date, as the chat counts them. */
    private List<Map<String, Object>> orders(long customerId) {
        LocalDate today = LocalDate.now(clock.withZone(OrderRepository.SHOP_ZONE));
        List<OrderSummary> orders = customers.orders(customerId, ORDERS);
        Map<String, List<AddressChange>> changes = addressChanges.of(orders.stream().map(OrderSummary::id).toList());
        return orders.stream().map(o -> order(o, today, changes.getOrDefault(o.id(), List.of()))).toList();
    }

    private static Map<String, Object> order(OrderSummary o, LocalDate today, List<AddressChange> addressChanges) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("status", o.status());
        m.put("total", o.total());
        m.put("currency", o.currency());
        m.put("createdAt", o.createdAt());
        m.put("items", o.items());
        m.put("shipment", shipment(o, today));
        m.put("parcels", ParcelFacts.of(o, today));
        m.put("itemsNotInParcels", ParcelFacts.itemsNotInParcels(o));
        OrderPayments summary = o.paymentSummary();
        List<OrderDetails.Payment> duplicate = summary.duplicatePair().orElse(List.of());
        m.put("duplicateCharge", !duplicate.isEmpty());
        m.put("payments", summary.all().stream().map(p -> payment(p, duplicate.contains(p))).toList());
        m.put("addressChanges", addressChanges.stream().map(ConversationContext::addressChange).toList());
        return m;
    }

    /**
     * A delivery address the chat changed, as the agent reads it: {@code from} and {@code to}, {@code at} in shop time
     * with its offset, as a payment's, and the conversation the shopper confirmed it in.
     */
    private static Map<String, Object> addressChange(AddressChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", c.oldAddress());
        m.put("to", c.newAddress());
        m.put("at", shopTime(c.changedAt()));
        m.put("conversationId", c.conversationId());
        return m;
    }

    /** {@code at} in shop time with its offset: 2026-11-24T20:11:05+08:00; null stays null. */
    private static String shopTime(java.time.OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(OrderRepository.SHOP_ZONE).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The latest shipment, as before orders had parcels: readers of one shipment per order keep working. */
    private static Map<String, Object> shipment(OrderSummary o, LocalDate today) {
        OrderDetails.Shipment s = o.shipment();
        if (s == null) {
            return null;
        }
        Map<String, Object> shipment = new LinkedHashMap<>();
        shipment.put("carrier", s.carrier());
        shipment.put("trackingNumber", s.trackingNumber());
        shipment.put("status", s.status());
        shipment.put("eta", s.eta() == null ? null : s.eta().toString());
        shipment.put("deliveredOn", s.deliveredOn() == null ? null : s.deliveredOn().toString());
        shipment.put("daysLate", o.daysLate(today));
        return shipment;
    }

    /**
     * One payment attempt as the agent reads it: {@code at} in shop time with its offset (2026-11-24T20:11:05+08:00),
     * as the chat and the shopper's receipt name it; {@code duplicate} when it is one of the two of a duplicate charge
     * ({@link OrderPayments#duplicatePair()}).
     */
    private static Map<String, Object> payment(OrderDetails.Payment p, boolean duplicate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("amount", p.amount());
        m.put("currency", p.currency());
        m.put("method", p.method());
        m.put("instalmentMonths", p.instalmentMonths());
        m.put("status", p.status());
        m.put("failureCode", p.failureCode());
        m.put("at", shopTime(p.createdAt()));
        m.put("duplicate", duplicate);
        return m;
    }

    private List<Map<String, Object>> riskDecisions(String conversationId, Long customerId, Language language) {
        RiskService service = risk.getIfAvailable();
        if (service == null) {
            return List.of();
        }
        return service.storedDecisionsFor(conversationId, customerId, DECISIONS).stream().map(stored -> {
            io.shopdesk.risk.RiskDecision d = stored.decision();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("decisionId", d.decisionId());
            m.put("kind", d.kind());
            m.put("decision", d.decision());
            m.put("score", d.score());
            m.put("subject", RiskSubject.of(d.kind(), stored.input()));
            // Heaviest first: the points that made the decision come before those that only added to it.
            m.put("reasons", d.reasons().stream()
                    .sorted(java.util.Comparator.comparingInt(RiskReason::weight).reversed())
                    .map(r -> reason(r, language)).toList());
            m.put("ruleSetVersion", d.ruleSetVersion());
            m.put("at", d.decidedAt());
            return m;
        }).toList();
    }

    /** Both languages, like the escalation's reasons: the console shows the agent's language, not the chat's. */
    private static Map<String, Object> reason(RiskReason r, Language language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("rule", r.rule());
        m.put("message", language == Language.EN ? r.messageEn() : r.messageZh());
        m.put("messageZh", r.messageZh());
        m.put("messageEn", r.messageEn());
        m.put("weight", r.weight());
        return m;
    }

    /**
     * A line that gives the order and phone digits the agent asked for and nothing the bot could place
     * ("SD10000030，手机尾号1122", intent out of scope), or nothing else at all ("SD10000002", read as order_status): an
     * answer, not a question; suggestions for it were about changing one's phone number and a hacked account, or none.
     */
    private static boolean onlyOrderAndDigits(TranscriptLine line) {
        if (line.entities() == null) {
            return false;
        }
        List<String> given = line.entities().stream()
                .filter(e -> "order_id".equals(e.type()) || "phone_last4".equals(e.type())).map(e -> e.text()).toList();
        boolean placed = line.intent() != null && !OUT_OF_SCOPE.equals(line.intent());
        // Also a line the model placed that holds nothing else: "SD10000002" alone reads as order_status, and its
        // suggestions were none (the order number matches no FAQ) while the shopper's broken mug was the question.
        return !given.isEmpty() && (!placed || ShopperNeeds.onlyOrderAndDigits(line.text(), given));
    }

    /**
     * Knowledge-base entries for the shopper's latest question: their latest line that is not a file, an order and its
     * digits ({@link #onlyOrderAndDigits}) nor a request for a person ("I want to talk to a human" asks no question of
     * the shop, and "How do I talk to a human?" was all it suggested, to an agent already talking to them). An entry
     * the bot already answered in this chat is marked
     * {@code sentInChat} and listed after the others: the shopper has read it, and inserting it repeats it.
     */
    private List<Map<String, Object>> suggestions(List<TranscriptLine> transcript, Language fallback) {
        TranscriptLine last = transcript.reversed().stream()
                .filter(l -> "shopper".equals(l.role()) && !"attachment".equals(l.type())
                        && !HUMAN_AGENT.equals(l.intent()) && !onlyOrderAndDigits(l))
                .findFirst().orElse(null);
        if (last == null) {
            return List.of();
        }
        Set<String> sent = new HashSet<>();
        for (TranscriptLine l : transcript) {
            if (("bot".equals(l.role()) || "agent".equals(l.role())) && l.data() != null
                    && l.data().get("faqId") instanceof String faqId) {
                sent.add(faqId);
            }
        }
        Language language = Language.fromTag(last.language(), fallback);
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (var hit : knowledge.search(last.text(), language, SUGGESTIONS).suggestions(SUGGESTIONS)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("faqId", hit.entry().id());
            m.put("question", hit.entry().questions().getFirst());
            m.put("answer", hit.entry().answer());
            m.put("confidence", Math.round(hit.confidence() * 1000) / 1000.0);
            m.put("sentInChat", sent.contains(hit.entry().id())
                    || transcript.stream().anyMatch(l -> "agent".equals(l.role())
                    && l.text() != null && l.text().contains(hit.entry().answer())));
            suggestions.add(m);
        }
        // Stable: the entries not sent yet first, each group by confidence as the search ranked them.
        suggestions.sort(java.util.Comparator.comparing(m -> (Boolean) m.get("sentInChat")));
        return suggestions;
    }
}
