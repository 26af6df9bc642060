package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetException;
import io.shopdesk.ruleengine.RuleSetGate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The checks ({@link RuleSetGate}s, such as a rule set's scenarios) a version must pass to go live, and the files
 * they read besides the rule files. The gates are looked up at each check, not at construction: the features that
 * own them are created after the engine. Thread-safe.
 */
public final class RuleSetGates {
    private final ObjectProvider<RuleSetGate> gates;

    public RuleSetGates(ObjectProvider<RuleSetGate> gates) {
        this.gates = gates;
    }

    /** What the rule set's gates find wrong with {@code candidate}, in gate order; empty when it may go live. */
    public List<RuleProblem> problems(CompiledRuleSet candidate) {
        List<RuleProblem> problems = new ArrayList<>();
        gates.orderedStream().filter(g -> g.ruleSet().equals(candidate.name())).forEach(g -> problems.addAll(g.check(candidate)));
        return problems;
    }

    /**
     * What the gates find wrong with the live version {@code live} now that what they read besides the rule files
     * changed ({@link RuleSetGate#recheck}: checked again, not warmed up again).
     */
    public List<RuleProblem> recheckProblems(CompiledRuleSet live) {
        List<RuleProblem> problems = new ArrayList<>();
        gates.orderedStream().filter(g -> g.ruleSet().equals(live.name())).forEach(g -> problems.addAll(g.recheck(live)));
        return problems;
    }

    /**
     * What the gates find wrong with {@code candidate} when what they read besides the rule files comes from
     * {@code folder}, a copy of the rule set's folder holding a draft: nothing goes live.
     */
    public List<RuleProblem> problems(CompiledRuleSet candidate, Path folder) {
        List<RuleProblem> problems = new ArrayList<>();
        gates.orderedStream().filter(g -> g.ruleSet().equals(candidate.name()))
                .forEach(g -> problems.addAll(g.check(candidate, folder)));
        return problems;
    }

    /** @throws RuleSetException with the gates' problems when {@code candidate} fails any */
    public void requirePassing(CompiledRuleSet candidate) {
        List<RuleProblem> problems = problems(candidate);
        if (!problems.isEmpty()) {
            throw new RuleSetException(candidate.name(), problems);
        }
    }

    /** What the rule set's gates read besides the rule files, as they are on disk now. */
    public Map<String, String> checkedFiles(String ruleSet) {
        Map<String, String> files = new TreeMap<>();
        gates.orderedStream().filter(g -> g.ruleSet().equals(ruleSet)).forEach(g -> files.putAll(g.checkedFiles()));
        return files;
    }

    /** What the rule set's features refused of the data beside its rule files ({@link RuleSetGate#refusedData}). */
    public List<RuleProblem> refusedData(String ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        gates.orderedStream().filter(g -> g.ruleSet().equals(ruleSet)).forEach(g -> problems.addAll(g.refusedData()));
        return problems;
    }

    /** Whether a gate of the rule set checks only once the service is ready ({@link RuleSetGate#checksAtStartUp}). */
    public boolean deferredAtStartUp(String ruleSet) {
        return gates.orderedStream().anyMatch(g -> g.ruleSet().equals(ruleSet) && !g.checksAtStartUp());
    }
}
