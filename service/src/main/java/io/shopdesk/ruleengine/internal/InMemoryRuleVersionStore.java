package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Rule versions in memory, for the command line and tests; keeps the last {@code capacity} per rule set. Thread-safe. */
public final class InMemoryRuleVersionStore implements RuleVersionStore {
    private final int capacity;
    private final Map<String, List<RuleVersion>> versions = new ConcurrentHashMap<>();

    public InMemoryRuleVersionStore(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public List<RuleVersion> versions(String ruleSet, int limit) {
        List<RuleVersion> all = versions.getOrDefault(ruleSet, List.of());
        synchronized (all) {
            return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
        }
    }

    @Override
    public void add(String ruleSet, RuleVersion version) {
        List<RuleVersion> all = versions.computeIfAbsent(ruleSet, k -> new ArrayList<>());
        synchronized (all) {
            all.add(version);
            if (all.size() > capacity) {
                all.removeFirst();
            }
        }
    }
}
