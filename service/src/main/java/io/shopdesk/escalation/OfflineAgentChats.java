package io.shopdesk.escalation;

import io.shopdesk.escalation.internal.AgentRepository;
import io.shopdesk.escalation.internal.EscalationRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an agent goes offline (their console closed and did not come back within
 * {@code shopdesk.escalation.presence-grace}, and present on no other instance; or the only instance they were on died
 * and its heartbeats expired, {@link AgentPresence}), the chats they hold go back to their
 * teams' queues ({@link #requeueChatsOf}): before, such a chat stayed "held" by nobody present, the shopper writing into the
 * void and colleagues unable to claim it. Away is not offline: an agent who set themselves away keeps their chats.
 * <p>
 * A restart closes every console at once and presence is kept in memory, so nobody is there when the service starts:
 * the chats held then wait the same grace for their agents, and those of an agent whose console has not connected
 * again by its end, here or on another instance of the service on the same database ({@link AgentPresence#status}
 * reads the other instances' heartbeats), go back to the queue as at run time (only those held at start-up; the
 * shopper is told). Before,
 * they stayed held for good, only flagged "· Offline" in the queue. Stateless and thread-safe; runs on the thread that
 * publishes the presence change (the grace timer's) and, after start-up, on the grace timer.
 */
@Component
class OfflineAgentChats {
    private static final Logger log = LoggerFactory.getLogger(OfflineAgentChats.class);

    private final EscalationRepository escalations;
    private final AgentRepository agents;
    private final EscalationTransition transition;
    private final AgentPresence presence;
    private final boolean requeueHeldAtStart;

    OfflineAgentChats(EscalationRepository escalations, AgentRepository agents, EscalationTransition transition,
                      AgentPresence presence, EscalationSettings settings) {
        this.escalations = escalations;
        this.agents = agents;
        this.transition = transition;
        this.presence = presence;
        this.requeueHeldAtStart = settings.requeueHeldAtStart();
    }

    @EventListener
    void presenceChanged(AgentPresenceChanged change) {
        // Read again: a heartbeat's change may be published just after the agent's console connected somewhere.
        if (!AgentPresence.OFFLINE.equals(change.status())
                || !AgentPresence.OFFLINE.equals(presence.status(change.agent()).status())) {
            return;
        }
        List<Escalation> moved = requeueChatsOf(change.agent(), null);
        if (!moved.isEmpty()) {
            log.info("Agent {} went offline: escalations {} back in their queues", change.agent(),
                    moved.stream().map(Escalation::id).toList());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (!requeueHeldAtStart) {
            return;
        }
        Map<String, List<Long>> held = escalations.open().stream()
                .filter(e -> Escalation.HELD.equals(e.status()) && e.heldBy() != null)
                .collect(Collectors.groupingBy(Escalation::heldBy, LinkedHashMap::new,
                        Collectors.mapping(Escalation::id, Collectors.toList())));
        if (held.isEmpty()) {
            return;
        }
        log.info("Started with chats held by {}: kept for agents whose console is back within the presence grace",
                held.keySet());
        presence.afterGrace(() -> held.forEach(this::requeueUnlessBack));
    }

    private void requeueUnlessBack(String agent, List<Long> heldAtStart) {
        if (!AgentPresence.OFFLINE.equals(presence.status(agent).status())) {
            return;
        }
        try {
            List<Escalation> moved = requeueChatsOf(agent, heldAtStart);
            if (!moved.isEmpty()) {
                log.info("Agent {} did not come back after the restart: escalations {} back in their queues", agent,
                        moved.stream().map(Escalation::id).toList());
            }
        } catch (RuntimeException e) {
            // One agent's chats failing (the database going away at shutdown, say) must not keep the others held.
            log.warn("Could not requeue the chats agent {} held at start-up: {}", agent, e.toString());
        }
    }

    /**
     * Every chat {@code agent} holds (among {@code only}, null: all of them) goes back to its team's queue, keeping its
     * place in line (the queue orders by when the shopper asked for a person), so no shopper waits on someone who left.
     * The shopper is told ({@code agent_left}, reason {@code agent_offline}, and a {@code transferred} line in the
     * transcript), the consoles get a {@code requeued} event. A chat claimed, transferred or closed meanwhile is left as
     * it is. Returns the escalations moved, as they now are.
     */
    List<Escalation> requeueChatsOf(String agent, Collection<Long> only) {
        List<Escalation> moved = new ArrayList<>();
        for (Escalation e : escalations.open()) {
            if (!Escalation.HELD.equals(e.status()) || !agent.equals(e.heldBy())
                    || only != null && !only.contains(e.id())) {
                continue;
            }
            if (!transition.apply(e, () -> escalations.requeue(e.id(), agent, e.team()), Escalation.QUEUED)) {
                continue;
            }
            String name = agents.find(agent).map(Agent::displayName).orElse(agent);
            transition.left(e, "agent_offline", "system", "transferred",
                    transition.text(e, "escalation.agent_offline", Map.of("agent", name)),
                    Map.of("team", e.team(), "reason", "agent_offline", "agent", name));
            moved.add(transition.changed(e.id(), "requeued"));
        }
        return moved;
    }
}
