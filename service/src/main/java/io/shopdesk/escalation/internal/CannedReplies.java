package io.shopdesk.escalation.internal;

import io.shopdesk.chat.ChatService;
import io.shopdesk.commerce.CustomerRepository;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.escalation.Agent;
import io.shopdesk.escalation.Escalation;
import io.shopdesk.escalation.EscalationException;
import io.shopdesk.escalation.EscalationSettings;
import io.shopdesk.nlp.Language;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The canned replies an agent picks from, in the conversation's language and filled from what its context knows:
 * {@code {agentName}} the agent asking, {@code {customerName}} the identified customer, {@code {orderId}} the order in
 * question (the one the chat last talked about; none is guessed from the customer's orders), {@code {trackingNumber}}
 * and {@code {carrier}} (named in the conversation's language, as the chat names it) of that order's latest parcel.
 * What is not known stays a placeholder, listed in {@code unfilled}. Thread-safe.
 */
@Component
class CannedReplies implements AutoCloseable {
    private final CannedRepliesInService replies;
    private final ChatService chat;
    private final EscalationRepository escalations;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final DialogueService dialogue;

    CannedReplies(EscalationSettings settings, ChatService chat, EscalationRepository escalations,
                  CustomerRepository customers, OrderRepository orders, DialogueService dialogue) {
        this.replies = new CannedRepliesInService(settings.cannedReplies());
        this.chat = chat;
        this.escalations = escalations;
        this.customers = customers;
        this.orders = orders;
        this.dialogue = dialogue;
    }

    /**
     * The replies of {@code locale} (zh or en; null: the conversation's language), filled for {@code conversationId}
     * (null: only {@code {agentName}}).
     */
    List<Map<String, Object>> list(String locale, String conversationId, Agent agent) {
        if (locale != null && !locale.isBlank() && Language.fromTag(locale, null) == null) {
            throw new EscalationException(400, "invalid_locale", "The locale must be zh or en, got " + locale);
        }
        Map<String, String> values = new HashMap<>();
        values.put("agentName", agent.displayName());
        Language language = Language.fromTag(locale, Language.ZH);
        if (conversationId != null && !conversationId.isBlank()) {
            ConversationState state = chat.state(conversationId).orElseThrow(() -> new EscalationException(404,
                    "unknown_conversation", "No such conversation"));
            language = Language.fromTag(locale, Language.fromTag(state.getLanguage(), Language.ZH));
            values.putAll(conversationValues(conversationId, state, language));
        }
        return replies.of(language).stream().map(r -> filled(r, values)).toList();
    }

    private Map<String, String> conversationValues(String conversationId, ConversationState state, Language language) {
        Map<String, String> values = new HashMap<>();
        Long customerId = state.getCustomerId() != null ? state.getCustomerId()
                : escalations.ofConversation(conversationId).stream().map(Escalation::customerId)
                        .filter(Objects::nonNull).findFirst().orElse(null);
        if (customerId != null) {
            customers.find(customerId).ifPresent(c -> values.put("customerName", c.name()));
        }
        String orderId = state.getOrderId();
        if (orderId != null) {
            values.put("orderId", orderId);
            OrderDetails.Shipment shipment = orders.find(orderId).map(OrderDetails::shipment).orElse(null);
            if (shipment != null) {
                values.put("trackingNumber", shipment.trackingNumber());
                values.put("carrier", shipment.carrier() == null ? null
                        : dialogue.texts().label(language, "carrier", shipment.carrier()));
            }
        }
        return values;
    }

    private static Map<String, Object> filled(CannedReply reply, Map<String, String> values) {
        String text = ReplyPlaceholders.fill(reply.text(), values);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shortcut", reply.shortcut());
        m.put("title", reply.title());
        m.put("text", text);
        m.put("template", reply.text());
        m.put("unfilled", ReplyPlaceholders.in(text));
        return m;
    }

    @Override
    public void close() {
        replies.close();
    }
}
