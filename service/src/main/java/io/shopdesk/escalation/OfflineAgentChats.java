package io.shopdesk.escalation;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an agent goes offline (their console closed and did not come back within
 * {@code shopdesk.escalation.presence-grace}), the chats they hold go back to their teams' queues
 * ({@link AgentDesk#requeueChatsOf}): before, such a chat stayed "held" by nobody present, the shopper writing into the
 * void and colleagues unable to claim it. Away is not offline: an agent who set themselves away keeps their chats.
 * Stateless and thread-safe; runs on the thread that publishes the presence change (the grace timer's).
 */
@Component
class OfflineAgentChats {
    private static final Logger log = LoggerFactory.getLogger(OfflineAgentChats.class);

    private final AgentDesk desk;

    OfflineAgentChats(AgentDesk desk) {
        this.desk = desk;
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
}
