package io.shopdesk.ruleengine;

import java.util.List;

/**
 * A decision's rules fired more often than its limit allows ({@link CompiledRuleSet#fire(int, java.util.function.Consumer)}):
 * almost always rules that re-activate each other for ever (one sets a field another clears). Thrown out of the
 * session so that the decision ends with a clear error instead of a thread that never returns; each feature turns
 * it into its own safe answer (a fallback reply, a REVIEW, no cards). Immutable.
 */
public class RuleLoopException extends RuntimeException {
    private final String ruleSet;
    private final int limit;
    private final List<String> loopingRules;

    /** @param loopingRules the rules that fired most, most first: the loop's members */
    public RuleLoopException(String ruleSet, int limit, List<String> loopingRules) {
        super("Rule set '" + ruleSet + "' stopped after " + limit + " rule firings in one decision: the rules "
                + String.join(", ", loopingRules) + " keep re-activating each other (a rule loop)");
        this.ruleSet = ruleSet;
        this.limit = limit;
        this.loopingRules = List.copyOf(loopingRules);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public int limit() {
        return limit;
    }

    /** The rules that fired most in the decision, most first; the loop's members. */
    public List<String> loopingRules() {
        return loopingRules;
    }

    /** The rule loop among {@code e}'s causes (Drools may wrap what a listener throws), if any. */
    public static RuleLoopException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleLoopException loop) {
                return loop;
            }
        }
        return null;
    }
}
