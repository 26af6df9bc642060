package io.shopdesk.escalation;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.escalation.internal.AgentRepository;
import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.escalation.internal.RatingRepository;
import io.shopdesk.escalation.internal.ReplyPlaceholders;
import io.shopdesk.nlp.Language;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What agents do with escalations: claim one (only one agent holds a conversation), talk with the shopper, transfer
 * it to a colleague or a team, hand it back to the bot, resolve it; and the shopper's rating afterwards. Every step
 * is a conditional update, so concurrent agents cannot both win, and every step tells the shopper and the other
 * agents. Thread-safe.
 */
@Service
public class AgentDesk {
    public static final Set<String> DISPOSITIONS = Set.of("solved", "not_solved", "refund_issued", "follow_up",
            "duplicate", "spam");

    private final EscalationRepository escalations;
    private final AgentRepository agents;
    private final RatingRepository ratings;
    private final ChatService chat;
    private final ShopperChannel shoppers;
    private final DialogueService dialogue;
    private final ApplicationEventPublisher events;
    private final AgentPresence presence;
    private final Clock clock;

    public AgentDesk(EscalationRepository escalations, AgentRepository agents, RatingRepository ratings,
                     ChatService chat, ShopperChannel shoppers, DialogueService dialogue,
                     ApplicationEventPublisher events, AgentPresence presence, Clock clock) {
        this.presence = presence;
        this.escalations = escalations;
        this.agents = agents;
        this.ratings = ratings;
        this.chat = chat;
        this.shoppers = shoppers;
        this.dialogue = dialogue;
        this.events = events;
        this.clock = clock;
    }

    public List<Escalation> queue() {
        return escalations.open();
    }

    public Escalation find(long id) {
        return escalations.find(id).orElseThrow(() -> new EscalationException(404, "unknown_escalation",
                "No escalation " + id));
    }

    public List<Agent> agents() {
        return agents.all();
    }

    public Agent agent(String username) {
        return agents.find(username).orElseThrow(() -> new EscalationException(403, "unknown_agent",
                "No active agent " + username));
    }

    public Escalation claim(long id, Agent agent) {
        Escalation e = find(id);
        if (!transition(e, () -> escalations.claim(id, agent.username()), Escalation.HELD)) {
            Escalation now = find(id);
            if (Escalation.HELD.equals(now.status())) {
                String name = agents.find(now.heldBy()).map(Agent::displayName).orElse(now.heldBy());
                throw new EscalationException(409, "already_held", "Already held by " + now.heldBy(),
                        Map.of("heldBy", now.heldBy(), "heldByName", name));
            }
            throw new EscalationException(409, "not_open", "The escalation is " + now.status());
        }
        joined(e, agent);
        return changed(id, "claimed");
    }

    /**
     * To a colleague (held by them at once; 409 {@code agent_offline} when they are offline) or to a team's queue.
     * Only the holder or a supervisor may.
     */
    public Escalation transfer(long id, Agent actor, String toAgent, String toTeam) {
        Escalation e = actionable(id, actor);
        if ((toAgent == null) == (toTeam == null)) {
            throw new EscalationException(400, "invalid_transfer", "Give either toAgent or toTeam");
        }
        if (toAgent != null) {
            Agent target = agents.find(toAgent).orElseThrow(() -> new EscalationException(400, "unknown_agent",
                    "No active agent " + toAgent));
            if (AgentPresence.OFFLINE.equals(presence.status(target.username()).status())) {
                // Held by someone not there, the shopper would wait on nobody, and no one else could claim it.
                throw new EscalationException(409, "agent_offline", target.displayName() + " is offline; transfer to "
                        + "their team instead", Map.of("agent", target.username(), "displayName", target.displayName(),
                        "team", target.team()));
            }
            if (!transition(e, () -> escalations.assign(id, e.heldBy(), target.username()), Escalation.HELD)) {
                throw conflict(id);
            }
            joined(e, target);
        } else {
            if (!EscalationCheck.TEAMS.contains(toTeam)) {
                throw new EscalationException(400, "unknown_team", "Teams: " + EscalationCheck.TEAMS);
            }
            if (!transition(e, () -> escalations.requeue(id, e.heldBy(), toTeam), Escalation.QUEUED)) {
                throw conflict(id);
            }
            String text = text(e, "escalation.transferred", Map.of());
            chat.addLine(e.conversationId(), "system", "transferred", text, Map.of("team", toTeam));
            shoppers.push(e.conversationId(), Map.of("kind", "agent_left", "conversationId", e.conversationId(),
                    "reason", "transferred", "text", text));
        }
        return changed(id, "transferred");
    }

    /**
     * Every chat {@code agent} holds goes back to its team's queue, keeping its place in line (the queue orders by when
     * the shopper asked for a person): called once the agent is offline, their console closed and not back within
     * {@code shopdesk.escalation.presence-grace}, so no shopper waits on someone who left. The shopper is told
     * ({@code agent_left}, reason {@code agent_offline}, and a {@code transferred} line in the transcript), the consoles
     * get a {@code requeued} event. A chat claimed, transferred or closed meanwhile is left as it is. Returns the
     * escalations moved, as they now are.
     */
    public List<Escalation> requeueChatsOf(String agent) {
        return requeueChatsOf(agent, null);
    }

    /**
     * As {@link #requeueChatsOf(String)}, but only the escalations among {@code only} (null: all of them): after a
     * restart, the chats {@code agent} held when the service started, not one they claimed since (say through the API,
     * without a console).
     */
    public List<Escalation> requeueChatsOf(String agent, java.util.Collection<Long> only) {
        List<Escalation> moved = new java.util.ArrayList<>();
        for (Escalation e : escalations.open()) {
            if (!Escalation.HELD.equals(e.status()) || !agent.equals(e.heldBy())
                    || only != null && !only.contains(e.id())) {
                continue;
            }
            if (!transition(e, () -> escalations.requeue(e.id(), agent, e.team()), Escalation.QUEUED)) {
                continue;
            }
            String name = agents.find(agent).map(Agent::displayName).orElse(agent);
            String text = text(e, "escalation.agent_offline", Map.of("agent", name));
            chat.addLine(e.conversationId(), "system", "transferred", text,
                    Map.of("team", e.team(), "reason", "agent_offline", "agent", name));
            shoppers.push(e.conversationId(), Map.of("kind", "agent_left", "conversationId", e.conversationId(),
                    "reason", "agent_offline", "text", text));
            moved.add(changed(e.id(), "requeued"));
        }
        return moved;
    }

    /** Hands the conversation back to the bot. */
    public Escalation release(long id, Agent actor) {
        Escalation e = actionable(id, actor);
        if (!transition(e, () -> escalations.close(id, e.heldBy(), Escalation.RETURNED, null, null), null)) {
            throw conflict(id);
        }
        String text = text(e, "escalation.released", Map.of());
        chat.addLine(e.conversationId(), "bot", "text", text, Map.of("event", "released"));
        shoppers.push(e.conversationId(), Map.of("kind", "agent_left", "conversationId", e.conversationId(),
                "reason", "released", "text", text));
        return changed(id, "released");
    }

    public Escalation resolve(long id, Agent actor, String disposition, String note) {
        if (disposition == null || !DISPOSITIONS.contains(disposition)) {
            throw new EscalationException(400, "invalid_disposition", "Disposition must be one of " + DISPOSITIONS);
        }
        if (note != null && note.length() > 2000) {
            throw new EscalationException(400, "note_too_long", "The note has " + note.length() + " characters; the limit is 2000");
        }
        Escalation e = actionable(id, actor);
        if (!transition(e, () -> escalations.close(id, e.heldBy(), Escalation.RESOLVED, disposition, note), null)) {
            throw conflict(id);
        }
        String text = text(e, "escalation.resolved", Map.of());
        chat.addLine(e.conversationId(), "system", "resolved", text, Map.of("escalationId", id));
        shoppers.push(e.conversationId(), Map.of("kind", "agent_left", "conversationId", e.conversationId(),
                "reason", "resolved"));
        shoppers.push(e.conversationId(), Map.of("kind", "rating_request", "conversationId", e.conversationId(),
                "escalationId", id, "text", text));
        return changed(id, "resolved");
    }

    /**
     * An agent's message to the shopper; only the agent holding the conversation may write (403 {@code not_holder}),
     * and nobody once its escalation is closed (409 {@code closed}); a message with a {@code {placeholder}} left (a
     * canned reply not filled in) is refused (400 {@code unfilled_placeholder}).
     */
    public TranscriptLine say(String conversationId, Agent agent, String text) {
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
        return line;
    }

    /** The shopper's 1-5 rating of the conversation's latest resolved escalation; once per escalation. */
    public void rate(String conversationId, int score, String comment) {
        if (score < 1 || score > 5) {
            throw new EscalationException(400, "invalid_score", "The score must be 1 to 5");
        }
        if (comment != null && comment.length() > 1000) {
            throw new EscalationException(400, "comment_too_long", "The comment is limited to 1000 characters");
        }
        Escalation resolved = escalations.ofConversation(conversationId).stream()
                .filter(e -> Escalation.RESOLVED.equals(e.status())).findFirst()
                .orElseThrow(() -> new EscalationException(409, "nothing_to_rate",
                        "This conversation has no resolved escalation to rate"));
        if (!ratings.insert(conversationId, resolved.id(), score, comment)) {
            throw new EscalationException(409, "already_rated", "This conversation was already rated");
        }
        events.publishEvent(new EscalationChanged(resolved.id(), "rated", clock.instant()));
    }

    private Escalation actionable(long id, Agent actor) {
        Escalation e = find(id);
        if (!e.isOpen()) {
            throw new EscalationException(409, "not_open", "The escalation is " + e.status());
        }
        if (!actor.username().equals(e.heldBy()) && !actor.isSupervisor()) {
            throw new EscalationException(403, "not_holder", "Only the agent holding this escalation or a supervisor may do this");
        }
        return e;
    }

    /** Announces the agent who now holds the conversation (the state already says so, see {@link #transition}). */
    private void joined(Escalation e, Agent agent) {
        String text = text(e, "escalation.agent_joined", Map.of("agent", agent.displayName()));
        chat.addLine(e.conversationId(), "system", "agent_joined", text, Map.of("agent", agent.displayName()));
        shoppers.push(e.conversationId(), Map.of("kind", "agent_joined", "conversationId", e.conversationId(),
                "agent", agent.displayName(), "text", text));
    }

    /**
     * Changes the escalation's row ({@code change}, a conditional update: false when someone else changed it first)
     * and the conversation's state to {@code status} together, under the conversation's lock: a shopper's message,
     * another agent's action or a claim racing a hand-back then sees both or neither, never a state that says
     * "held" for an escalation the database says was returned.
     */
    private boolean transition(Escalation e, java.util.function.BooleanSupplier change, String status) {
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

    private String text(Escalation e, String key, Map<String, ?> values) {
        return dialogue.texts().text(Language.fromTag(e.language(), Language.ZH), key, values);
    }

    private EscalationException conflict(long id) {
        return new EscalationException(409, "changed", "The escalation changed meanwhile; now " + find(id).status());
    }

    private Escalation changed(long id, String event) {
        events.publishEvent(new EscalationChanged(id, event, clock.instant()));
        return find(id);
    }
}
