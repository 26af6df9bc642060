package io.shopdesk.escalation.internal;

import io.shopdesk.chat.ShopperPresenceChanged;
import io.shopdesk.chat.ShopperTyping;
import io.shopdesk.chat.TranscriptAppended;
import io.shopdesk.escalation.AgentPresenceChanged;
import io.shopdesk.escalation.EscalationChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every logged-in agent's console live: escalation changes go to {@code /topic/agent/escalations}, new
 * transcript lines and private notes of a conversation to {@code /topic/agent/conversations/{id}} (a topic only agents
 * may subscribe to, {@link AgentSocketSecurity}), and the shopper's "typing" to both; whether the shopper of a chat with
 * a person is connected to the escalations' topic; an agent's presence (available, away, offline) to
 * {@code /topic/agent/presence}. Thread-safe.
 */
@Component
class AgentNotifier {
    private static final Logger log = LoggerFactory.getLogger(AgentNotifier.class);

    private final SimpMessagingTemplate messaging;
    private final JsonMapper json;
    private final EscalationRepository escalations;

    AgentNotifier(SimpMessagingTemplate messaging, JsonMapper json, EscalationRepository escalations) {
        this.messaging = messaging;
        this.json = json;
        this.escalations = escalations;
    }

    @EventListener
    void escalationChanged(EscalationChanged change) {
        escalations.find(change.escalationId()).ifPresent(e -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "escalation");
            body.put("event", change.event());
            body.put("escalation", e);
            send("/topic/agent/escalations", body);
            log.debug("Escalation {} {} announced to agents", e.id(), change.event());
        });
    }

    @EventListener
    void lineAdded(TranscriptAppended added) {
        send("/topic/agent/conversations/" + added.conversationId(),
                Map.of("kind", "message", "conversationId", added.conversationId(), "message", added.line()));
    }

    /**
     * The shopper of a conversation handed to a person is typing: {@code kind} {@code typing} on the conversation's
     * topic (the open conversation) and on the escalations' topic (its queue item). Not stored.
     */
    @EventListener
    void shopperTyping(ShopperTyping typing) {
        Map<String, Object> body = Map.of("kind", "typing", "conversationId", typing.conversationId(), "role", "shopper");
        send("/topic/agent/conversations/" + typing.conversationId(), body);
        send("/topic/agent/escalations", body);
    }

    /**
     * The shopper of a conversation with a person (queued or held) connected or left: {@code kind}
     * {@code shopper_presence} on the escalations' topic, so the agent holding it knows whether a reply reaches them
     * now. A bot-only conversation's shoppers are nobody's business here.
     */
    @EventListener
    void shopperPresence(ShopperPresenceChanged change) {
        if (escalations.ofConversation(change.conversationId()).stream().anyMatch(e -> e.isOpen())) {
            send("/topic/agent/escalations", Map.of("kind", "shopper_presence", "conversationId", change.conversationId(),
                    "connected", change.connected()));
        }
    }

    @EventListener
    void presenceChanged(AgentPresenceChanged change) {
        send("/topic/agent/presence", Map.of("kind", "presence", "agent", change.agent(), "status", change.status()));
    }

    /** A private note, as {@code kind} {@code note} with the note as a transcript line: for agents only. */
    void noteAdded(String conversationId, Map<String, Object> line) {
        send("/topic/agent/conversations/" + conversationId,
                Map.of("kind", "note", "conversationId", conversationId, "message", line));
    }

    private void send(String destination, Object body) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create();
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        messaging.send(destination, MessageBuilder.createMessage(json.writeValueAsBytes(body), headers.getMessageHeaders()));
    }
}
