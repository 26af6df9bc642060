package io.shopdesk.escalation;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.escalation.internal.AgentRepository;
import io.shopdesk.escalation.internal.EscalationRepository;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What agents do with escalations: claim one (only one agent holds a conversation), talk with the shopper
 * ({@link AgentMessages}), transfer it to a colleague or a team, hand it back to the bot, resolve it; and the shopper's
 * rating afterwards ({@link ShopperRatings}). Every step is a conditional update ({@link EscalationTransition}), so
 * concurrent agents cannot both win, and every step tells the shopper and the other agents. Thread-safe.
 */
@Service
public class AgentDesk {
    public static final Set<String> DISPOSITIONS = Set.of("solved", "not_solved", "refund_issued", "follow_up",
            "duplicate", "spam", "shopper_left");

    private final EscalationRepository escalations;
    private final AgentRepository agents;
    private final ChatService chat;
    private final ShopperChannel shoppers;
    private final AgentPresence presence;
    private final EscalationTransition transition;
    private final AgentMessages messages;
    private final ShopperRatings ratings;

    AgentDesk(EscalationRepository escalations, AgentRepository agents, ChatService chat, ShopperChannel shoppers,
              AgentPresence presence, EscalationTransition transition, AgentMessages messages,
              ShopperRatings ratings) {
        this.escalations = escalations;
        this.agents = agents;
        this.chat = chat;
        this.shoppers = shoppers;
        this.presence = presence;
        this.transition = transition;
        this.messages = messages;
        this.ratings = ratings;
    }

    public List<Escalation> queue() {
        return escalations.open();
    }

    public Escalation find(long id) {
        return transition.find(id);
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
        if (!transition.apply(e, () -> escalations.claim(id, agent.username()), Escalation.HELD)) {
            Escalation now = find(id);
            if (Escalation.HELD.equals(now.status())) {
                String name = agents.find(now.heldBy()).map(Agent::displayName).orElse(now.heldBy());
                throw new EscalationException(409, "already_held", "Already held by " + now.heldBy(),
                        Map.of("heldBy", now.heldBy(), "heldByName", name));
            }
            throw new EscalationException(409, "not_open", "The escalation is " + now.status());
        }
        transition.joined(e, agent);
        return transition.changed(id, "claimed");
    }

    /**
     * To a colleague (held by them at once; 409 {@code agent_offline} when they are offline on every instance) or to
     * a team's queue. Only the holder or a supervisor may.
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
            if (!transition.apply(e, () -> escalations.assign(id, e.heldBy(), target.username()), Escalation.HELD)) {
                throw transition.conflict(id);
            }
            transition.joined(e, target);
        } else {
            if (!EscalationCheck.TEAMS.contains(toTeam)) {
                throw new EscalationException(400, "unknown_team", "Teams: " + EscalationCheck.TEAMS);
            }
            if (!transition.apply(e, () -> escalations.requeue(id, e.heldBy(), toTeam), Escalation.QUEUED)) {
                throw transition.conflict(id);
            }
            transition.left(e, "transferred", "system", "transferred",
                    transition.text(e, "escalation.transferred", Map.of()), Map.of("team", toTeam));
        }
        return transition.changed(id, "transferred");
    }

    /** Hands the conversation back to the bot. */
    public Escalation release(long id, Agent actor) {
        Escalation e = actionable(id, actor);
        if (!transition.apply(e, () -> escalations.close(id, e.heldBy(), Escalation.RETURNED, null, null), null)) {
            throw transition.conflict(id);
        }
        transition.left(e, "released", "bot", "text", transition.text(e, "escalation.released", Map.of()),
                Map.of("event", "released"));
        return transition.changed(id, "released");
    }

    public Escalation resolve(long id, Agent actor, String disposition, String note) {
        if (disposition == null || !DISPOSITIONS.contains(disposition)) {
            throw new EscalationException(400, "invalid_disposition", "Disposition must be one of " + DISPOSITIONS);
        }
        if (note != null && note.length() > 2000) {
            throw new EscalationException(400, "note_too_long", "The note has " + note.length() + " characters; the limit is 2000");
        }
        Escalation e = actionable(id, actor);
        if (!transition.apply(e, () -> escalations.close(id, e.heldBy(), Escalation.RESOLVED, disposition, note), null)) {
            throw transition.conflict(id);
        }
        String text = transition.text(e, "escalation.resolved", Map.of());
        chat.addLine(e.conversationId(), "system", "resolved", text, Map.of("escalationId", id));
        shoppers.push(e.conversationId(), Map.of("kind", "agent_left", "conversationId", e.conversationId(),
                "reason", "resolved"));
        shoppers.push(e.conversationId(), Map.of("kind", "rating_request", "conversationId", e.conversationId(),
                "escalationId", id, "text", text));
        return transition.changed(id, "resolved");
    }

    /**
     * An agent's message to the shopper; only the agent holding the conversation may write (403 {@code not_holder}),
     * and nobody once its escalation is closed (409 {@code closed}); a message with a {@code {placeholder}} left (a
     * canned reply not filled in) is refused (400 {@code unfilled_placeholder}).
     */
    public TranscriptLine say(String conversationId, Agent agent, String text) {
        return messages.say(conversationId, agent, text);
    }

    /** The shopper's 1-5 rating of the conversation's latest resolved escalation; once per escalation. */
    public void rate(String conversationId, int score, String comment) {
        ratings.rate(conversationId, score, comment);
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
}
