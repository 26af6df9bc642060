package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which rules each rule-set version had, so that the rule activity calls a rule dead only on requests a version with
 * that rule decided: a rule published an hour ago had not fired on the day's earlier payments because it did not
 * exist, and was listed in red as dead beside them. A version's rules never change, so each is known once: the live
 * set's when the activity is asked, another's by compiling its recorded files ({@link RuleEngine#compileVersion}), at
 * most {@value #COMPILES_PER_CALL} per call, as compiling takes seconds. A version it cannot tell (beyond that budget,
 * gone from the history, no longer compiling) is left out and the caller assumes it had every rule, as before.
 * Thread-safe (a concurrent map; two calls may compile the same version once each).
 */
@Component
class VersionRuleNames {
    static final int COMPILES_PER_CALL = 3;

    private final RuleEngine rules;
    private final RiskSettings settings;
    private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

    VersionRuleNames(RuleEngine rules, RiskSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /** Remembers a compiled set's rule names under its version (the live set: free, it is compiled already). */
    void remember(CompiledRuleSet set) {
        if (set != null) {
            known.putIfAbsent(set.version(), Set.copyOf(set.ruleNames()));
        }
    }

    /** The rule names of those of {@code versions} it can tell, by version. */
    Map<String, Set<String>> of(Collection<String> versions) {
        Map<String, Set<String>> names = new HashMap<>();
        int compiles = 0;
        for (String version : versions) {
            Set<String> found = known.get(version);
            if (found == null && compiles < COMPILES_PER_CALL) {
                compiles++;
                found = compile(version);
            }
            if (found != null) {
                names.put(version, found);
            }
        }
        return names;
    }

    private Set<String> compile(String version) {
        try {
            Set<String> found = Set.copyOf(rules.compileVersion(settings.ruleSet(), version).ruleNames());
            known.put(version, found);
            return found;
        } catch (IllegalArgumentException | RuleSetException e) {
            // Not in the history (the last 100 entries), or no longer compiling: it cannot tell.
            return null;
        }
    }
}
