package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each rule set serves and how its last load went, as the health check and {@code rules status} show it, with
 * the problems' files named from the rules folder as staff see them. A rejected attempt is recorded and logged here,
 * so that it reads the same whether an edit, a scenario edit or a rollback was rejected. Thread-safe: a concurrent
 * map of immutable statuses.
 */
public final class RuleSetStatuses {
    /** The engine's logger: what operators already filter the rules' load messages by. */
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final Path rulesDir;
    private final Map<String, RuleSetStatus> statuses = new ConcurrentHashMap<>();

    public RuleSetStatuses(Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    /** The rule set's status, or null when it was never loaded. */
    public RuleSetStatus get(String ruleSet) {
        return statuses.get(ruleSet);
    }

    /**
     * The rule set's status with {@code refusedData} (what its feature refused of the data beside its rule files)
     * after its own problems, files named from the rules folder; not kept: the feature keeps them.
     */
    public RuleSetStatus withRefusedData(RuleSetStatus status, List<RuleProblem> refusedData) {
        if (status == null || refusedData.isEmpty()) {
            return status;
        }
        List<RuleProblem> problems = new java.util.ArrayList<>(status.lastProblems());
        refusedData.forEach(p -> problems.add(p.relativeTo(rulesDir)));
        return new RuleSetStatus(status.name(), status.liveVersion(), status.liveSince(), status.files(),
                status.lastAttemptAt(), List.copyOf(problems));
    }

    /** Every rule set with a status, ready or not, sorted. */
    public Set<String> names() {
        return new TreeMap<>(statuses).keySet();
    }

    /** Keeps {@code status} as the rule set's, its problems' files named from the rules folder, and returns it so. */
    public RuleSetStatus record(String ruleSet, RuleSetStatus status) {
        RuleSetStatus shown = new RuleSetStatus(status.name(), status.liveVersion(), status.liveSince(), status.files(),
                status.lastAttemptAt(), status.lastProblems().stream().map(p -> p.relativeTo(rulesDir)).toList());
        statuses.put(ruleSet, shown);
        return shown;
    }

    /**
     * Records an attempt rejected for {@code problems} while the version of {@code before} keeps serving, and logs
     * {@code message} with that version.
     */
    public RuleSetStatus rejected(String ruleSet, RuleSetStatus before, Instant now, List<RuleProblem> problems,
                                  String message) {
        log.error("{}\nVersion {} keeps serving.", message, before == null || !before.ready() ? "none" : before.liveVersion());
        return record(ruleSet, new RuleSetStatus(ruleSet, before == null ? null : before.liveVersion(),
                before == null ? null : before.liveSince(), before == null ? List.of() : before.files(), now, problems));
    }

    /** A failure that is not a compile error or a failed scenario, logged, as a problem of the rule set as a whole. */
    public static RuleProblem unexpected(String ruleSet, RuntimeException e) {
        log.error("Rule set '{}' could not be checked", ruleSet, e);
        return new RuleProblem(ruleSet, 0, "could not be checked: " + e);
    }

    /** Problems one a line, for a log message. */
    public static String lines(List<RuleProblem> problems) {
        return String.join("\n  ", problems.stream().map(RuleProblem::toString).toList());
    }
}
