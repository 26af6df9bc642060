package io.shopdesk.ruleengine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A check a candidate rule set must pass before it goes live, such as its scenarios. A feature that owns a rule set
 * registers one as a bean. Implementations are thread-safe.
 */
public interface RuleSetGate {

    /** The rule set this gate checks. */
    String ruleSet();

    /** The problems found in {@code candidate}; empty when it may go live. */
    List<RuleProblem> check(CompiledRuleSet candidate);

    /**
     * The same check with what it reads besides the rule files (the scenarios) taken from {@code folder}, a copy of
     * the rule set's folder holding a proposed change (a draft), not from the live folder. Nothing goes live and
     * nothing is warmed up: it answers whether the draft would pass. By default {@link #check(CompiledRuleSet)}, for
     * a gate that reads no files.
     */
    default List<RuleProblem> check(CompiledRuleSet candidate, Path folder) {
        return check(candidate);
    }

    /**
     * The check of the live version when only what the gate reads besides the rule files changed (a scenario, a list):
     * the rule files, and so the compiled version, are the very ones serving, already warmed when they went live, so
     * a gate that warms a version up before it serves need not do it again; it still checks. By default
     * {@link #check(CompiledRuleSet)}.
     */
    default List<RuleProblem> recheck(CompiledRuleSet live) {
        return check(live);
    }

    /**
     * The files this check reads besides the rule files, by path relative to the rule set's folder
     * ({@code scenarios/payments.yml}), with their text as they are now. When one changes and the rule files do not,
     * the engine checks the live version against it again; every version records them, as what it was checked
     * against. None by default.
     */
    default Map<String, String> checkedFiles() {
        return Map.of();
    }

    /**
     * Whether this gate can check a version while the service starts. One that needs what is ready only later (the
     * dialogue's replay needs the language models) says false; at start-up the engine then puts live the files on
     * disk only when they are the last version that went live (or when no version ever did, unchecked), else that
     * last version, and checks the files on disk when the feature calls {@link RuleEngine#checkDeferred} once it is
     * ready. True by default: the check runs at start-up like on every reload.
     */
    default boolean checksAtStartUp() {
        return true;
    }

    /**
     * What the rule set's feature refused of the data it reads beside the rule files and reloads on its own (the
     * dialogue's word lists: an edit its replay refused, or lists on disk waiting for their check at start-up), by file
     * and line. The engine adds them to the rule set's status ({@link RuleEngine#status}), so that they show where a
     * refused edit of the rule files does ({@code /actuator/health}, the rules API). None by default.
     */
    default List<RuleProblem> refusedData() {
        return List.of();
    }
}
