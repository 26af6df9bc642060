package io.shopdesk.ruleengine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot go live, with every problem found. */
public class RuleSetException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleSetException(String ruleSet, List<RuleProblem> problems) {
        super("Rule set '" + ruleSet + "' rejected:\n  " + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
