package io.shopdesk.escalation;

import io.shopdesk.chat.HistoryReplayed;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.escalation.internal.EscalationRepository.Queued;
import io.shopdesk.ruleengine.RuleEngine;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells each shopper waiting in the queue their place in it: when it changed (a chat ahead was claimed, withdrawn,
 * transferred away or closed, a more urgent one came in ahead), and at once when their widget is replayed the history
 * (a reload: before, the line "number 2" came back only with the next change). {@code {"kind":"queue_position",
 * "conversationId","escalationId","position","availability","opensAt"}} on the shopper's sockets, which the widget shows
 * in place in its one hand-off notice: the place, and the wait as {@link AgentAvailability} answers now (a chat queued
 * again after a transfer must not read "shortly" outside hours).
 * <p>
 * With several instances on one database, the change may happen on another instance, whose event this one never
 * hears: every {@code shopdesk.escalation.queue-position-refresh} (5 s) this instance reads the queue again (one light
 * query) and tells its own connected shoppers whose place differs from what they were last told. Before, the shoppers
 * of the other instances kept their old place until they wrote. Thread-safe: reading the queue, comparing with the
 * places told and pushing happen under this object's lock, so a refresh that read the queue before a change cannot
 * tell an old place after the change's event told the new one; events come after their change was committed.
 */
@Component
class QueuePositions implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(QueuePositions.class);
    /** Events that move nobody in the queue: a message written (by the shopper, or the agent: answered), a rating. */
    private static final Set<String> NOT_MOVING = Set.of("updated", "answered", "rated");

    private final EscalationRepository escalations;
    private final ShopperChannel shoppers;
    private final DeskAvailability desk;
    private final RuleEngine rules;
    private final EscalationSettings settings;
    /** The place each queued escalation's shopper was last told, by escalation id. Guarded by this. */
    private final Map<Long, Integer> told = new HashMap<>();
    private final ScheduledExecutorService refresher;

    QueuePositions(EscalationRepository escalations, ShopperChannel shoppers, DeskAvailability desk, RuleEngine rules,
                   EscalationSettings settings) {
        this.escalations = escalations;
        this.shoppers = shoppers;
        this.desk = desk;
        this.rules = rules;
        this.settings = settings;
        long every = settings.queuePositionRefresh().toMillis();
        if (every > 0) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "queue-position-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
        } else {
            refresher = null;
        }
    }

    @EventListener
    void escalationChanged(EscalationChanged change) {
        if (NOT_MOVING.contains(change.event())) {
            return;
        }
        // Every queued shopper: the change happened here, and a shopper may be on any socket of this instance. The new
        // escalation's shopper hears their place with the hand-off itself.
        tellChanged(q -> true, q -> q.id() == change.escalationId() && "created".equals(change.event()));
    }

    /** The widget was reloaded (or reconnected): its shopper, if waiting in the queue, hears their place now. */
    @EventListener
    void historyReplayed(HistoryReplayed replayed) {
        synchronized (this) {
            for (Queued q : escalations.queued()) {
                if (q.conversationId().equals(replayed.conversationId())) {
                    int position = escalations.position(q);
                    told.put(q.id(), position);
                    tell(q, position, waitNow());
                    return;
                }
            }
        }
    }

    /**
     * Reads the queue again and tells the shoppers connected here whose place changed without an event on this
     * instance (another instance claimed, closed or queued a chat). Only their places are counted.
     */
    void refresh() {
        tellChanged(q -> shoppers.connected(q.conversationId()), q -> false);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not read the queue to tell waiting shoppers their place: {}", e.toString());
        }
    }

    /**
     * Counts the place of each queued chat that {@code counted} selects, and tells its shopper when it is not the
     * place they were last told, unless {@code toldElsewhere} (the hand-off reply says it).
     */
    private synchronized void tellChanged(Predicate<Queued> counted, Predicate<Queued> toldElsewhere) {
        List<Queued> queued = escalations.queued();
        told.keySet().retainAll(queued.stream().map(Queued::id).toList());
        Map<Queued, Integer> toTell = new LinkedHashMap<>();
        for (Queued q : queued) {
            if (!counted.test(q)) {
                continue;
            }
            int position = escalations.position(q);
            Integer before = told.put(q.id(), position);
            boolean isNew = before == null && toldElsewhere.test(q);
            if (!isNew && !Integer.valueOf(position).equals(before)) {
                toTell.put(q, position);
            }
        }
        if (toTell.isEmpty()) {
            return;
        }
        Map<String, Object> wait = waitNow();
        toTell.forEach((q, position) -> tell(q, position, wait));
    }

    /** The wait as the rules answer now: {@code availability} and, outside hours, {@code opensAt}. */
    private Map<String, Object> waitNow() {
        AgentAvailability availability = EscalationRules.answered(rules.ruleSet(settings.ruleSet()), desk.now());
        String answer = availability.answer();
        Map<String, Object> wait = new HashMap<>();
        wait.put("availability", answer);
        wait.put("opensAt", AgentAvailability.CLOSED.equals(answer) ? desk.nextOpening().toOffsetDateTime().toString() : null);
        return wait;
    }

    private void tell(Queued q, int position, Map<String, Object> wait) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "queue_position");
        body.put("conversationId", q.conversationId());
        body.put("escalationId", q.id());
        body.put("position", position);
        body.put("availability", wait.get("availability"));
        body.put("opensAt", wait.get("opensAt"));
        int sockets = shoppers.push(q.conversationId(), body);
        log.debug("Escalation {} is number {} in the queue now ({} socket(s) told)", q.id(), position, sockets);
    }

    @Override
    public void destroy() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
