package io.shopdesk.ruleengine;

import java.util.List;

/**
 * A check a candidate rule set must pass before it goes live, such as its scenarios. A feature that owns a rule set
 * registers one as a bean. Implementations are thread-safe.
 */
public interface RuleSetGate {

    /** The rule set this gate checks. */
    String ruleSet();

    /** The problems found in {@code candidate}; empty when it may go live. */
    List<RuleProblem> check(CompiledRuleSet candidate);
}
