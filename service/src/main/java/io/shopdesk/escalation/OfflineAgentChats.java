package io.shopdesk.escalation;

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
 * {@code shopdesk.escalation.presence-grace}), the chats they hold go back to their teams' queues
 * ({@link AgentDesk#requeueChatsOf}): before, such a chat stayed "held" by nobody present, the shopper writing into the
 * void and colleagues unable to claim it. Away is not offline: an agent who set themselves away keeps their chats.
 * <p>
 * A restart closes every console at once and presence is kept in memory, so nobody is there when the service starts:
 * the chats held then wait the same grace for their agents, and those of an agent whose console has not connected
 * again by its end go back to the queue as at run time (only those held at start-up; the shopper is told). Before,
 * they stayed held for good, only flagged "· Offline" in the queue. Stateless and thread-safe; runs on the thread that
 * publishes the presence change (the grace timer's) and, after start-up, on the grace timer.
 */
@Component
class OfflineAgentChats {
    private static final Logger log = LoggerFactory.getLogger(OfflineAgentChats.class);

    private final AgentDesk desk;
    private final AgentPresence presence;
    private final boolean requeueHeldAtStart;

    OfflineAgentChats(AgentDesk desk, AgentPresence presence, EscalationSettings settings) {
        this.desk = desk;
        this.presence = presence;
        this.requeueHeldAtStart = settings.requeueHeldAtStart();
    }

    @EventListener
    void presenceChanged(AgentPresenceChanged change) {
        if (!AgentPresence.OFFLINE.equals(change.status())) {
            return;
        }
        List<Escalation> moved = desk.requeueChatsOf(change.agent());
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
        Map<String, List<Long>> held = desk.queue().stream()
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
            List<Escalation> moved = desk.requeueChatsOf(agent, heldAtStart);
            if (!moved.isEmpty()) {
                log.info("Agent {} did not come back after the restart: escalations {} back in their queues", agent,
                        moved.stream().map(Escalation::id).toList());
            }
        } catch (RuntimeException e) {
            // One agent's chats failing (the database going away at shutdown, say) must not keep the others held.
            log.warn("Could not requeue the chats agent {} held at start-up: {}", agent, e.toString());
        }
    }
}
