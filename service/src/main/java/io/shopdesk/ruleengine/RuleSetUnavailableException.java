package io.shopdesk.ruleengine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Asked for a rule set that has nothing to serve: at start-up its files failed to compile or failed their gates and
 * no earlier version had gone live. Callers answer "not available" rather than decide without rules.
 */
public class RuleSetUnavailableException extends IllegalStateException {
    private final List<RuleProblem> problems;

    public RuleSetUnavailableException(String ruleSet, List<RuleProblem> problems) {
        super("Rule set '" + ruleSet + "' is not ready:\n  " + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
