package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleLoopException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts a decision's rule firings over all its {@code fireAllRules} calls and throws {@link RuleLoopException} before
 * the one past the limit, naming the rules that fired most. A listener rather than Drools' {@code fireAllRules(max)}
 * because a decision fires several times (risk scores then decides, recommendation decides then filters) and the
 * callers' own calls would escape a limit passed to one of them; and because the counts name the loop's members.
 * One per session and decision; not thread-safe (a session fires on one thread).
 */
public final class FiringLimit extends DefaultAgendaEventListener {
    /** A rule counts as a loop member when it fired at least this share of the most-fired rule's count. */
    private static final int MEMBER_SHARE_PERCENT = 10;
    private static final int MAX_NAMED = 5;
    private final String ruleSet;
    private final int limit;
    private final Map<String, Integer> counts = new HashMap<>();
    private int fired;

    public FiringLimit(String ruleSet, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A firing limit must be at least 1, not " + limit);
        }
        this.ruleSet = ruleSet;
        this.limit = limit;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (fired == limit) {
            throw new RuleLoopException(ruleSet, limit, mostFired());
        }
        fired++;
        counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    /** How many rules fired so far in the decision. */
    public int fired() {
        return fired;
    }

    private List<String> mostFired() {
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        return counts.entrySet().stream()
                .filter(e -> e.getValue() * 100L >= (long) top * MEMBER_SHARE_PERCENT)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_NAMED).map(Map.Entry::getKey).toList();
    }
}
