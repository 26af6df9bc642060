package io.shopdesk.escalation;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.escalation.internal.ReplyPlaceholders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the agent holding a chat writes to its shopper: stored in the transcript and pushed to the shopper's widget.
 * Only the holder may write, and nobody once the escalation is closed; a canned reply with a {@code {placeholder}} left
 * never reaches the shopper. Each message is announced to the consoles ({@code answered}: the shopper no longer waits
 * for an answer). Stateless and thread-safe (the holder is checked under the conversation's lock).
 */
@Component
class AgentMessages {
    private final EscalationRepository escalations;
    private final ChatService chat;
    private final ShopperChannel shoppers;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;

    AgentMessages(EscalationRepository escalations, ChatService chat, ShopperChannel shoppers,
                  org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock) {
        this.escalations = escalations;
        this.chat = chat;
        this.shoppers = shoppers;
        this.events = events;
        this.clock = clock;
    }

    /** See {@link AgentDesk#say}. */
    TranscriptLine say(String conversationId, Agent agent, String text) {
        if (chat.state(conversationId).isEmpty()) {
            throw new EscalationException(404, "unknown_conversation", "No such conversation");
        }
        List<String> unfilled = ReplyPlaceholders.in(text);
        if (!unfilled.isEmpty()) {
            // A canned reply whose order (or name) was not known: "{orderId}" must never reach the shopper.
            throw new EscalationException(400, "unfilled_placeholder", "Fill in " + String.join(", ",
                    unfilled.stream().map(n -> "{" + n + "}").toList()) + " before sending",
                    Map.of("placeholders", unfilled));
        }
        TranscriptLine line;
        long[] escalationId = {0};
        try {
            // The holder is checked under the conversation's lock, so a transfer or resolve cannot slip in between.
            line = chat.updateState(conversationId, state -> {
                Escalation e = state.getEscalationId() == null ? null
                        : escalations.find(state.getEscalationId()).orElse(null);
                if (e != null && !e.isOpen()) {
                    // Resolved, handed back or withdrawn: nobody holds it any more, and saying so helps more than a 403.
                    throw new EscalationException(409, "closed", "This conversation's escalation is " + e.status()
                            + "; the bot is in charge again", Map.of("status", e.status()));
                }
                if (e == null || !Escalation.HELD.equals(e.status()) || !agent.username().equals(e.heldBy())) {
                    throw new EscalationException(403, "not_holder",
                            "Only the agent holding this conversation may write in it");
                }
                TranscriptLine added = chat.addLine(conversationId, "agent", "text", text,
                        Map.of("agent", agent.displayName()));
                escalations.replied(e.id(), agent.username());
                escalationId[0] = e.id();
                return added;
            });
        } catch (ChatException ex) {
            throw new EscalationException(400, ex.code(), ex.getMessage());
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "agent");
        message.put("type", "text");
        message.put("text", line.text());
        message.put("at", line.at());
        message.put("data", line.data());
        shoppers.push(conversationId, Map.of("kind", "agent_message", "conversationId", conversationId, "message", message));
        // The consoles read the chat again: the shopper no longer waits for an answer (unansweredSeconds).
        events.publishEvent(new EscalationChanged(escalationId[0], "answered", clock.instant()));
        return line;
    }
}
