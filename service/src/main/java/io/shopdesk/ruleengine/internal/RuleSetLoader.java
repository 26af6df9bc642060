package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.FolderEdit;
import io.shopdesk.ruleengine.JournaledFolderEdit;
import io.shopdesk.ruleengine.PublishJournal;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetException;
import io.shopdesk.ruleengine.RuleSetStatus;
import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.watch.StartupTasks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which version of a rule set goes live, at start-up, on a reload and on a rollback: only one that compiles
 * and passes the rule set's gates, recorded in the history before it serves. At start-up, files on disk that are
 * rejected leave the last version that went live serving, or none (the rule set is not ready); files a gate can
 * check only once the service is ready wait for {@link #checkDeferred} behind that last version, or serve unchecked
 * when there is none (never nothing to serve for want of a check); on a reload or a
 * rollback the live version keeps serving. An edit of what the gates read alone re-checks the live version. It
 * exists so that the engine's face ({@link RuleEngine}) only finds rule sets and routes calls. Not thread-safe on
 * its own: the engine calls it one load of a rule set at a time (start-up under its lock, the rest on the rule set's reload
 * lane, {@link ReloadLanes}); different rule sets' loads may run at once, and what they share (the live versions, the
 * statuses, the history, the builder) is thread-safe.
 */
public final class RuleSetLoader {
    /** The engine's logger: what operators already filter the rules' load messages by. */
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
    /** The origin of a history entry the check deferred from start-up makes. */
    static final String STARTED_ORIGIN = "start-up check";

    private final RulesFolder folder;
    private final RuleSetBuilder builder;
    private final RuleSetGates gates;
    private final RuleHistory history;
    private final LiveRuleSets live;
    private final RuleSetStatuses statuses;
    /**
     * The rule sets whose files wait for the check their gates could not make at start-up: true when they serve
     * unchecked, false when the last version that went live serves meanwhile.
     */
    private final Map<String, Boolean> unchecked = new ConcurrentHashMap<>();

    public RuleSetLoader(RulesFolder folder, RuleSetBuilder builder, RuleSetGates gates, RuleHistory history,
                         LiveRuleSets live, RuleSetStatuses statuses) {
        this.folder = folder;
        this.builder = builder;
        this.gates = gates;
        this.history = history;
        this.live = live;
        this.statuses = statuses;
    }

    /** Compiles the rule set's files as they are on disk, without checking them. */
    public CompiledRuleSet compileFromDisk(String name) {
        return build(name, RuleCompiler.read(folder.folder(name)));
    }

    /** Puts a rule set live at start-up from its compilation ({@link #compileFromDisk}, begun earlier). */
    public void start(String name, CompletableFuture<CompiledRuleSet> compiling) {
        Instant now = Instant.now();
        List<RuleProblem> problems;
        CompiledRuleSet disk = null;
        Map<String, String> checked = Map.of();
        boolean deferred = gates.deferredAtStartUp(name);
        try {
            disk = StartupTasks.join(compiling);
            checked = gates.checkedFiles(name);
            problems = deferred ? List.of() : gates.problems(disk);
        } catch (RuleSetException e) {
            problems = e.problems();
        } catch (RuntimeException e) {
            problems = List.of(RuleSetStatuses.unexpected(name, e));
        }
        Optional<RuleVersion> lastGood = history.latest(name);
        boolean wentLiveBefore = disk != null && lastGood.isPresent()
                && lastGood.get().files().equals(RuleVersion.files(disk.sources(), checked));
        if (problems.isEmpty() && deferred && !wentLiveBefore) {
            startUnchecked(name, disk, checked, lastGood, now);
            return;
        }
        if (problems.isEmpty()) {
            if (!wentLiveBefore) {
                history.remember(name, disk.version(), disk.sources(), checked, disk.loadedAt(), null);
            }
            live.serve(disk, checked);
            statuses.record(name, new RuleSetStatus(name, disk.version(), disk.loadedAt(), disk.files(), now, List.of()));
            log.info("Rule set '{}' version {} loaded ({} files)", name, disk.version(), disk.files().size());
            return;
        }
        if (lastGood.isPresent()) {
            try {
                CompiledRuleSet previous = build(name, lastGood.get().ruleFiles());
                live.serve(previous, lastGood.get().checkedFiles());
                statuses.record(name, new RuleSetStatus(name, previous.version(), now, previous.files(), now, problems));
                log.error("Rule set '{}' on disk{} rejected at start-up:\n  {}\nServing version {}, the last that went live.",
                        name, disk == null ? "" : " (version " + disk.version() + ")", RuleSetStatuses.lines(problems),
                        previous.version());
                return;
            } catch (RuleSetException e) {
                problems = new ArrayList<>(problems);
                problems.addAll(e.problems());
            }
        }
        statuses.record(name, new RuleSetStatus(name, null, null, List.of(), now, List.copyOf(problems)));
        log.error("Rule set '{}' is NOT READY: its files were rejected and no earlier version went live:\n  {}",
                name, RuleSetStatuses.lines(problems));
    }

    /**
     * The files on disk compile but are not those of the last version that went live, and the rule set's gate can only
     * check them once the service is ready (the dialogue's replay needs the language models): a loop edited in while
     * the service was down would otherwise serve every shopper. The last version that went live serves until
     * {@link #checkDeferred} puts the files on disk live or refuses them; without one (a new database), or when it no
     * longer compiles, the files on disk serve unchecked and are not recorded as having gone live until they pass.
     * Either way the status says what waits for its check, so the health shows it.
     */
    private void startUnchecked(String name, CompiledRuleSet disk, Map<String, String> checked,
                                Optional<RuleVersion> lastGood, Instant now) {
        if (lastGood.isPresent()) {
            try {
                CompiledRuleSet previous = build(name, lastGood.get().ruleFiles());
                live.serve(previous, lastGood.get().checkedFiles());
                unchecked.put(name, false);
                RuleProblem waiting = new RuleProblem(folder.folder(name).toString(), 0, "the files on disk (version "
                        + disk.version() + ") are not those of version " + previous.version() + ", the last that went "
                        + "live, which serves until they pass their check once the service is ready");
                statuses.record(name, new RuleSetStatus(name, previous.version(), now, previous.files(), now,
                        List.of(waiting)));
                log.warn("Rule set '{}': the files on disk (version {}) differ from version {}, the last that went live; "
                        + "it serves until they are checked once the service is ready", name, disk.version(),
                        previous.version());
                return;
            } catch (RuleSetException e) {
                log.error("Rule set '{}': version {}, the last that went live, no longer compiles:\n  {}\nThe files on "
                        + "disk serve unchecked until the service is ready to check them", name, lastGood.get().version(),
                        RuleSetStatuses.lines(e.problems()));
            }
        }
        live.serve(disk, checked);
        unchecked.put(name, true);
        RuleProblem waiting = new RuleProblem(folder.folder(name).toString(), 0, "version " + disk.version()
                + " serves unchecked (no version went live before it) until its check once the service is ready");
        statuses.record(name, new RuleSetStatus(name, disk.version(), disk.loadedAt(), disk.files(), now, List.of(waiting)));
        log.warn("Rule set '{}' version {} serves unchecked: no version went live before it, and it is checked once the "
                + "service is ready", name, disk.version());
    }

    /**
     * The check the rule set's gates could not make at start-up ({@link #startUnchecked}), made now that the service is
     * ready; nothing when none waits. If the last version that went live serves, the files on disk are reloaded as any
     * edit is: passing, they go live; failing, it keeps serving and the status names their problems. If the files on
     * disk serve unchecked, they are checked against themselves (a loop or a failure on a recorded message is a
     * problem; nothing else can be compared): passing, they are recorded as gone live; failing, they keep serving,
     * there being nothing else, and the status and the log name the problems.
     */
    public RuleSetStatus checkDeferred(String name) {
        Boolean servesUnchecked = unchecked.remove(name);
        if (servesUnchecked == null) {
            return statuses.get(name);
        }
        if (!servesUnchecked) {
            return reload(name, STARTED_ORIGIN);
        }
        RuleSetStatus before = statuses.get(name);
        Instant now = Instant.now();
        try {
            CompiledRuleSet current = live.get(name);
            Map<String, String> checked = live.passed(name);
            List<RuleProblem> problems = gates.problems(current);
            if (!problems.isEmpty()) {
                return statuses.rejected(name, before, now, problems, "Rule set '" + name + "' version "
                        + current.version() + ", serving unchecked since start-up with no earlier version to fall back "
                        + "to, fails its check:\n  " + RuleSetStatuses.lines(problems));
            }
            history.remember(name, current.version(), current.sources(), checked, now, STARTED_ORIGIN);
            log.info("Rule set '{}' version {}, serving since start-up, passes its check", name, current.version());
            return statuses.record(name, new RuleSetStatus(name, current.version(), before.liveSince(), current.files(),
                    now, List.of()));
        } catch (RuleSetException e) {
            return statuses.rejected(name, before, now, e.problems(), e.getMessage());
        } catch (RuntimeException e) {
            return statuses.rejected(name, before, now, List.of(RuleSetStatuses.unexpected(name, e)),
                    "Rule set '" + name + "': " + e);
        }
    }

    /** Compiles and checks the folder's current files; if they pass, they go live. Returns the resulting status. */
    public RuleSetStatus reload(String name) {
        return reload(name, null);
    }

    /**
     * As {@link #reload(String)}, recording {@code origin} (who put the files there through the service; null: an
     * edit on disk) with the history entry a passing version or scenario edit makes.
     */
    public RuleSetStatus reload(String name, String origin) {
        return reload(name, origin, null);
    }

    /** As {@link #reload(String, String)}; {@code checked}, when it {@linkplain Checked#holds holds} the folder's files, is put live as it is. */
    private RuleSetStatus reload(String name, String origin, Checked prechecked) {
        RuleSetStatus before = statuses.get(name);
        Instant now = Instant.now();
        try {
            Map<String, String> sources = RuleCompiler.read(folder.folder(name));
            Map<String, String> checked = gates.checkedFiles(name);
            CompiledRuleSet current = live.get(name);
            if (current != null && current.version().equals(RuleVersion.contentHash(sources))) {
                if (checked.equals(live.passed(name))) {
                    return statuses.record(name, new RuleSetStatus(name, before.liveVersion(), before.liveSince(),
                            before.files(), now, List.of()));
                }
                return recheck(name, current, checked, before, now, origin);
            }
            CompiledRuleSet candidate;
            if (prechecked != null && prechecked.holds(sources, checked)) {
                // A rollback's version, compiled and checked on this thread moments ago (compiling and running the
                // scenarios with their warm-up again took as long once more).
                candidate = prechecked.candidate();
            } else {
                candidate = build(name, sources);
                gates.requirePassing(candidate);
            }
            // Recorded before it serves: a version that decides is always in the history (and can be rolled back to).
            history.remember(name, candidate.version(), sources, checked, candidate.loadedAt(), origin);
            live.serve(candidate, checked);
            unchecked.remove(name);
            log.info("Rule set '{}' version {} is live", name, candidate.version());
            return statuses.record(name, new RuleSetStatus(name, candidate.version(), now, candidate.files(), now, List.of()));
        } catch (RuleSetException e) {
            return statuses.rejected(name, before, now, e.problems(), e.getMessage());
        } catch (RuntimeException e) {
            // An unreadable file, a check that could not run, the version store down: the live version keeps serving.
            return statuses.rejected(name, before, now, List.of(RuleSetStatuses.unexpected(name, e)),
                    "Rule set '" + name + "': " + e);
        }
    }

    /**
     * Only what the gates read (a scenario) changed: the live version is checked against it. Passing, it is recorded
     * as a history entry of the same version (what it is now tested against); failing, the scenarios are reported
     * like a rejected edit, and the live version keeps serving either way.
     */
    private RuleSetStatus recheck(String name, CompiledRuleSet current, Map<String, String> checked,
                                  RuleSetStatus before, Instant now, String origin) {
        // The live version itself, warm already: its scenarios run again, its warm-up passes do not.
        List<RuleProblem> problems = gates.recheckProblems(current);
        if (!problems.isEmpty()) {
            return statuses.rejected(name, before, now, problems, "Rule set '" + name + "': the live version "
                    + current.version() + " fails the edited checks:\n  " + RuleSetStatuses.lines(problems));
        }
        history.remember(name, current.version(), current.sources(), checked, now, origin);
        live.serve(current, checked);
        log.info("Rule set '{}' version {} passes the edited checks", name, current.version());
        return statuses.record(name, new RuleSetStatus(name, current.version(), before.liveSince(), current.files(), now,
                List.of()));
    }

    /**
     * Returns to {@code target}: its rule files pass the same compile and gate checks as any edit first, and only
     * then are written back to the folder ({@link #publish}, through a {@link PublishJournal}: a crash mid-rollback is
     * finished or taken back at the next start-up, never leaving a folder half one version, half another) and put
     * live, so a rejected rollback leaves the folder, like the live version, as it was. The version compiled and
     * checked here is the one that goes live: the reload after the write compiles and checks nothing again unless the
     * folder then holds other files than those checked. {@code origin} (who rolled back; null: unknown) is recorded
     * with the entry. Returns the resulting status.
     */
    public RuleSetStatus rollback(String name, RuleVersion target, String origin) {
        RuleSetStatus before = statuses.get(name);
        Instant now = Instant.now();
        String version = target.version();
        Checked checked;
        try {
            Map<String, String> scenarios = gates.checkedFiles(name);
            CompiledRuleSet candidate = build(name, target.ruleFiles());
            gates.requirePassing(candidate);
            checked = new Checked(candidate, scenarios);
        } catch (RuleSetException e) {
            return statuses.rejected(name, before, now, e.problems(), "Rollback to " + version + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return statuses.rejected(name, before, now, List.of(RuleSetStatuses.unexpected(name, e)),
                    "Rollback to " + version + ": " + e);
        }
        // The rule files only: the version is checked against today's scenarios, which stay.
        log.info("Rule set '{}' rolling back to version {}", name, version);
        return publish(name, JournaledFolderEdit.ruleFiles(name, folder.folder(name), target.ruleFiles(),
                PublishJournal.Kind.ROLLBACK, origin), origin, checked);
    }

    /**
     * Changes the folder with {@code edit} and reloads it: a version that passes goes live, one that does not is
     * rejected and {@code edit} undone; then the edit is settled. A crash in between leaves the edit's journal for the
     * next start-up ({@link PublishJournal#recover}), which is why nothing here settles it in a {@code finally}.
     */
    public RuleSetStatus publish(String name, FolderEdit edit, String origin) {
        return publish(name, edit, origin, null);
    }

    private RuleSetStatus publish(String name, FolderEdit edit, String origin, Checked checked) {
        edit.apply();
        RuleSetStatus status = reload(name, origin, checked);
        if (!status.lastProblems().isEmpty()) {
            edit.undo();
        }
        edit.settle();
        return status;
    }

    /** A version compiled and passed by the gates as they read {@code scenarios}, moments before it is written. */
    private record Checked(CompiledRuleSet candidate, Map<String, String> scenarios) {
        /** Whether it is what the folder holds now: the same rule files, the gates reading the same files. */
        boolean holds(Map<String, String> sources, Map<String, String> checked) {
            return candidate.version().equals(RuleVersion.contentHash(sources)) && scenarios.equals(checked);
        }
    }

    private CompiledRuleSet build(String name, Map<String, String> sources) {
        return builder.build(name, folder.folder(name), sources);
    }
}
