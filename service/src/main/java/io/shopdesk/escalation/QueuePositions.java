package io.shopdesk.escalation;

import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.ruleengine.RuleEngine;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells each shopper waiting in the queue when their place in it changed: a chat ahead was claimed, withdrawn,
 * transferred away or closed, or a more urgent one came in ahead. {@code {"kind":"queue_position","conversationId",
 * "escalationId","position","availability","opensAt"}} on the shopper's sockets, which the widget shows in place in its
 * one hand-off notice: the place, and the wait as {@link AgentAvailability} answers now (a chat queued again after a
 * transfer must not read "shortly" outside hours).
 * Before, the shopper read the place the hand-off gave them ("number 3") until they wrote again, though the queue had
 * moved. Only the shoppers whose place changed since they were last told are told; a change made on another instance
 * (several instances on one database) reaches the shoppers of that instance only. Thread-safe: the places told are
 * kept under this object's lock, and events come after their change was committed.
 */
@Component
class QueuePositions {
    private static final Logger log = LoggerFactory.getLogger(QueuePositions.class);
    /** Events that move nobody in the queue: a message written, a rating. */
    private static final Set<String> NOT_MOVING = Set.of("updated", "rated");

    private final EscalationRepository escalations;
    private final ShopperChannel shoppers;
    private final DeskAvailability desk;
    private final RuleEngine rules;
    private final EscalationSettings settings;
    /** The place each queued escalation's shopper was last told, by escalation id. */
    private final Map<Long, Integer> told = new HashMap<>();

    QueuePositions(EscalationRepository escalations, ShopperChannel shoppers, DeskAvailability desk, RuleEngine rules,
                   EscalationSettings settings) {
        this.escalations = escalations;
        this.shoppers = shoppers;
        this.desk = desk;
        this.rules = rules;
        this.settings = settings;
    }

    @EventListener
    void escalationChanged(EscalationChanged change) {
        if (NOT_MOVING.contains(change.event())) {
            return;
        }
        List<Escalation> open = escalations.open();
        Map<Long, Integer> positions = positions(open);
        Map<Long, String> conversations = new HashMap<>();
        open.forEach(e -> conversations.put(e.id(), e.conversationId()));
        Map<Long, Integer> toTell = new LinkedHashMap<>();
        synchronized (this) {
            told.keySet().retainAll(positions.keySet());
            positions.forEach((id, position) -> {
                Integer before = told.put(id, position);
                // The new escalation's shopper hears their place with the hand-off itself.
                boolean isNew = before == null && id == change.escalationId() && "created".equals(change.event());
                if (!isNew && !position.equals(before)) {
                    toTell.put(id, position);
                }
            });
        }
        if (toTell.isEmpty()) {
            return;
        }
        AgentAvailability availability = EscalationRules.answered(rules.ruleSet(settings.ruleSet()), desk.now());
        String answer = availability.answer();
        String opensAt = AgentAvailability.CLOSED.equals(answer) ? desk.nextOpening().toOffsetDateTime().toString() : null;
        toTell.forEach((id, position) -> {
            String conversationId = conversations.get(id);
            if (conversationId == null) {
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "queue_position");
            body.put("conversationId", conversationId);
            body.put("escalationId", id);
            body.put("position", position);
            body.put("availability", answer);
            body.put("opensAt", opensAt);
            int sockets = shoppers.push(conversationId, body);
            log.debug("Escalation {} is number {} in the queue now ({} socket(s) told)", id, position, sockets);
        });
    }

    /**
     * The place of each queued escalation among {@code open}, as {@link EscalationRepository#position} counts it (one
     * definition of the queue's order; a count per queued chat, on the events that move the queue only).
     */
    private Map<Long, Integer> positions(List<Escalation> open) {
        Map<Long, Integer> positions = new LinkedHashMap<>();
        open.stream().filter(e -> Escalation.QUEUED.equals(e.status()))
                .forEach(e -> positions.put(e.id(), escalations.position(e)));
        return positions;
    }
}
