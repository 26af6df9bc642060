package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.CompiledRuleSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version each rule set serves, with the files its gates read (scenarios) as that version last passed them, so
 * that an edit of a scenario alone can be told from one already checked. Thread-safe: each rule set's entry is
 * swapped whole in a concurrent map, which decisions read without a lock.
 */
public final class LiveRuleSets {
    private record Live(CompiledRuleSet ruleSet, Map<String, String> passed) {
    }

    private final Map<String, Live> live = new ConcurrentHashMap<>();

    /** Puts {@code ruleSet} live, having passed its gates as they read {@code passed}. */
    public void serve(CompiledRuleSet ruleSet, Map<String, String> passed) {
        live.put(ruleSet.name(), new Live(ruleSet, passed));
    }

    /** The live version of a rule set, or null when it has none. */
    public CompiledRuleSet get(String name) {
        Live entry = live.get(name);
        return entry == null ? null : entry.ruleSet();
    }

    /** The files the gates read as the live version last passed them; null when the rule set has no live version. */
    public Map<String, String> passed(String name) {
        Live entry = live.get(name);
        return entry == null ? null : entry.passed();
    }

    /** The rule sets with a live version. */
    public Set<String> names() {
        return live.keySet();
    }
}
