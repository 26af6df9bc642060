package io.shopdesk.escalation;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.nlp.Language;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How one step of an agent's work changes an escalation: its row and its conversation's state together, under the
 * conversation's lock, and who is told (the shopper in the chat, the consoles by an {@link EscalationChanged} event).
 * Shared by {@link AgentDesk} (claim, transfer, hand back, resolve) and {@link OfflineAgentChats} (requeue), so each
 * step is written once. Stateless and thread-safe.
 */
@Component
class EscalationTransition {
    private final EscalationRepository escalations;
    private final ChatService chat;
    private final ShopperChannel shoppers;
    private final DialogueService dialogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalationTransition(EscalationRepository escalations, ChatService chat, ShopperChannel shoppers,
                         DialogueService dialogue, ApplicationEventPublisher events, Clock clock) {
        this.escalations = escalations;
        this.chat = chat;
        this.shoppers = shoppers;
        this.dialogue = dialogue;
        this.events = events;
        this.clock = clock;
    }

    Escalation find(long id) {
        return escalations.find(id).orElseThrow(() -> new EscalationException(404, "unknown_escalation",
                "No escalation " + id));
    }

    /**
     * Changes the escalation's row ({@code change}, a conditional update: false when someone else changed it first)
     * and the conversation's state to {@code status} together, under the conversation's lock: a shopper's message,
     * another agent's action or a claim racing a hand-back then sees both or neither, never a state that says
     * "held" for an escalation the database says was returned.
     */
    boolean apply(Escalation e, BooleanSupplier change, String status) {
        return chat.updateState(e.conversationId(), state -> {
            if (!change.getAsBoolean()) {
                return false;
            }
            state.setEscalationId(e.id());
            state.setEscalationStatus(status);
            if (status == null) {
                backWithBot(state);
            }
            return true;
        });
    }

    /**
     * The bot takes over again (withdrawn, handed back, resolved): it starts afresh, without the task or the counters
     * from before the hand-off, so the complaint, fallbacks or negative turns that led to it do not make the next
     * message "the second in a row" and hand the chat straight back.
     */
    static void backWithBot(ConversationState state) {
        state.setEscalationStatus(null);
        state.setConsecutiveFallbacks(0);
        state.setConsecutiveComplaints(0);
        state.setConsecutiveNegativeTurns(0);
        state.setPendingTask(null);
        state.setAwaiting(null);
    }

    /** Announces the agent who now holds the conversation (the state already says so, see {@link #apply}). */
    void joined(Escalation e, Agent agent) {
        String text = text(e, "escalation.agent_joined", Map.of("agent", agent.displayName()));
        chat.addLine(e.conversationId(), "system", "agent_joined", text, Map.of("agent", agent.displayName()));
        shoppers.push(e.conversationId(), Map.of("kind", "agent_joined", "conversationId", e.conversationId(),
                "agent", agent.displayName(), "text", text));
    }

    /**
     * The agent left the chat ({@code reason}: transferred, agent_offline, released): the transcript gets
     * {@code role}/{@code type} with the text and {@code data}, the shopper {@code agent_left} with the reason.
     */
    void left(Escalation e, String reason, String role, String type, String text, Map<String, Object> data) {
        chat.addLine(e.conversationId(), role, type, text, data);
        shoppers.push(e.conversationId(), Map.of("kind", "agent_left", "conversationId", e.conversationId(),
                "reason", reason, "text", text));
    }

    /** A reply text of the dialogue's, in the conversation's language. */
    String text(Escalation e, String key, Map<String, ?> values) {
        return dialogue.texts().text(Language.fromTag(e.language(), Language.ZH), key, values);
    }

    EscalationException conflict(long id) {
        return new EscalationException(409, "changed", "The escalation changed meanwhile; now " + find(id).status());
    }

    /** Tells the consoles ({@code event}) and returns the escalation as it now is. */
    Escalation changed(long id, String event) {
        events.publishEvent(new EscalationChanged(id, event, clock.instant()));
        return find(id);
    }
}
