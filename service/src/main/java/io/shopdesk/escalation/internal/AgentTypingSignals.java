package io.shopdesk.escalation.internal;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.chat.TypingThrottle;
import io.shopdesk.escalation.Agent;
import io.shopdesk.escalation.Escalation;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An agent's "typing" ({@code /app/agent/typing}) passed on to the shopper as {@code agent_typing} with the agent's
 * display name: only from the agent holding the conversation (a colleague reading along, a supervisor, or an agent
 * whose chat was just transferred away reach nobody), and at most one a second per agent and conversation. Nothing
 * is stored, nothing logged above debug, and a signal that may not pass is dropped without an answer (the console
 * sends them while the agent writes; a refusal for each would only be noise). Thread-safe.
 */
@Component
class AgentTypingSignals {
    private static final Logger log = LoggerFactory.getLogger(AgentTypingSignals.class);

    private final ChatService chat;
    private final EscalationRepository escalations;
    private final ShopperChannel shoppers;
    private final TypingThrottle throttle = new TypingThrottle();

    AgentTypingSignals(ChatService chat, EscalationRepository escalations, ShopperChannel shoppers) {
        this.chat = chat;
        this.escalations = escalations;
        this.shoppers = shoppers;
    }

    /** Passes the signal on when {@code agent} holds the conversation; returns whether it did. */
    boolean typing(String conversationId, Agent agent) {
        if (conversationId == null || !throttle.allow(agent.username() + " " + conversationId)) {
            return false;
        }
        Long escalationId = chat.state(conversationId).map(s -> s.getEscalationId()).orElse(null);
        boolean holder = escalationId != null && escalations.find(escalationId)
                .filter(e -> Escalation.HELD.equals(e.status()) && agent.username().equals(e.heldBy())).isPresent();
        if (!holder) {
            log.debug("Typing from {}, who does not hold the conversation, dropped", agent.username());
            return false;
        }
        shoppers.push(conversationId, Map.of("kind", "agent_typing", "conversationId", conversationId,
                "agent", agent.displayName()));
        return true;
    }
}
