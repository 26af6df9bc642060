package io.shopdesk.ruleengine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ruleengine.internal.BackgroundPriority;
import io.shopdesk.ruleengine.internal.LiveRuleSets;
import io.shopdesk.ruleengine.internal.ReloadLanes;
import io.shopdesk.ruleengine.internal.RuleCompiler;
import io.shopdesk.ruleengine.internal.RuleHistory;
import io.shopdesk.ruleengine.internal.RuleSetBuilder;
import io.shopdesk.ruleengine.internal.RuleSetGates;
import io.shopdesk.ruleengine.internal.RuleSetLoader;
import io.shopdesk.ruleengine.internal.RuleSetStatuses;
import io.shopdesk.ruleengine.internal.RulesFolder;
import io.shopdesk.watch.StartupTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The one rule engine: every sub-folder of {@code rules/} holding DRL or decision tables is a rule set, compiled at
 * start-up and recompiled when a file in it changes. A version goes live only if it compiles and passes the rule
 * set's gates (its scenarios), at start-up as on every reload. An edit of what the gates read (a scenario) alone
 * re-checks the live version against it: failing, it is reported like a rejected edit; passing, it is recorded in the
 * history as an entry of the same version. When an edit is rejected the live version keeps serving; when the files on
 * disk are rejected at start-up, the last version that went live (kept by the {@link RuleVersionStore}) serves, and
 * without one the rule set is not ready. A rule set whose gate can check only once the service is ready (the
 * dialogue's replay needs the language models) starts on the last version that went live when the files on disk are
 * not that version's, and the files are checked then ({@link #checkDeferred}). Either way the problems are recorded with file and line. This class finds
 * the rule sets and routes calls; each load is the {@link RuleSetLoader}'s. Thread-safe: the live versions sit in a
 * concurrent map swapped whole per rule set, and a rule set's reloads, rollbacks and publishes are serialised on its own
 * reload lane ({@link ReloadLanes}), a background thread of the lowest OS priority ({@link BackgroundPriority}), so
 * that a recompile under load yields the cores to the decisions and one rule set's slow check (the dialogue's replay)
 * never holds up another's reload.
 */
public class RuleEngine implements AutoCloseable, SmartInitializingSingleton {
    private final RulesFolder folder;
    private final RuleHistory history;
    private final LiveRuleSets live = new LiveRuleSets();
    private final RuleSetStatuses statuses;
    private final RuleSetLoader loader;
    private final ReloadLanes reloads = new ReloadLanes();
    private final ReloadLanes drafts = ReloadLanes.forDrafts();
    private final RuleSetGates gates;
    private final Map<String, CompletableFuture<CompiledRuleSet>> loading = new ConcurrentHashMap<>();
    private final Map<String, PublishJournal.Recovery> recoveries = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /**
     * An engine whose version history lives in memory only (command line, tests). It leaves a publish journal it
     * finds alone: without the history it cannot tell a publish that went live from one that did not, and the folder
     * may be a running service's, mid-publish.
     */
    public RuleEngine(RuleSettings settings, MeterRegistry meters, ObjectProvider<RuleSetGate> gates) {
        this(settings, meters, gates, RuleVersionStore.inMemory(), false);
    }

    /**
     * Starts compiling every rule set, each on its own thread; {@link #awaitLoaded()} collects them. First it finishes
     * or takes back a publish or rollback a crash interrupted ({@link PublishJournal#recover}), judged by
     * {@code store}'s history, and removes the files such a change staged and never moved
     * ({@link PublishJournal#removeStaged}).
     */
    public RuleEngine(RuleSettings settings, MeterRegistry meters, ObjectProvider<RuleSetGate> gates,
                      RuleVersionStore store) {
        this(settings, meters, gates, store, true);
    }

    private RuleEngine(RuleSettings settings, MeterRegistry meters, ObjectProvider<RuleSetGate> gates,
                       RuleVersionStore store, boolean recover) {
        this.folder = new RulesFolder(settings.dir(), settings.pollInterval());
        this.history = new RuleHistory(store);
        this.statuses = new RuleSetStatuses(settings.dir());
        this.gates = new RuleSetGates(gates);
        this.loader = new RuleSetLoader(folder, new RuleSetBuilder(meters), this.gates, history, live, statuses);
        for (String name : folder.ruleSets()) {
            // Before any rule file is read: a publish a crash interrupted leaves the folder half old, half new.
            if (recover) {
                PublishJournal.recover(name, folder.folder(name), () -> history.latest(name))
                        .ifPresent(r -> recoveries.put(name, r));
                PublishJournal.removeStaged(name, folder.folder(name));
            }
            loading.put(name, StartupTasks.start("rules-" + name, () -> loader.compileFromDisk(name)));
        }
    }

    /**
     * Waits for the start-up compilation, checks each rule set with its gates and puts it live. Spring calls it once
     * every bean exists (gates and database included), so compilation overlaps the rest of start-up.
     */
    @Override
    public void afterSingletonsInstantiated() {
        awaitLoaded();
    }

    /** Returns at once after the first call: it sits on every decision's path, so it takes no lock then. */
    public void awaitLoaded() {
        if (!loaded) {
            loadAll();
        }
    }

    private synchronized void loadAll() {
        if (loaded) {
            return;
        }
        for (var entry : new TreeMap<>(loading).entrySet()) {
            String name = entry.getKey();
            loader.start(name, entry.getValue());
            folder.watch(name, () -> reload(name));
            loading.remove(name);
        }
        loaded = true;
    }

    /** Compiles a rule folder without putting it live (for {@code rules check}); throws with every problem. */
    public static void check(Path folder) {
        RuleCompiler.compile(folder.getFileName().toString(), folder, RuleEngine.class.getClassLoader());
    }

    /** Compiles a rule folder into a rule set that is not live (for command-line tests and backtests). */
    public static CompiledRuleSet compile(Path folder) {
        return new RuleSetBuilder(new SimpleMeterRegistry())
                .build(folder.getFileName().toString(), folder, RuleCompiler.read(folder));
    }

    /** The rule files (DRL, decision tables) of a folder, sorted. */
    public static List<Path> ruleFilePaths(Path folder) {
        return RuleCompiler.ruleFiles(folder);
    }

    /** How many rule files (DRL, decision tables) a folder holds. */
    public static int ruleFileCount(Path folder) {
        return RuleCompiler.ruleFiles(folder).size();
    }

    public Path folder(String name) {
        return folder.folder(name);
    }

    /**
     * The live version of a rule set.
     *
     * @throws IllegalArgumentException     when there is no such rule set
     * @throws RuleSetUnavailableException  when it has no version to serve (see {@link #status})
     */
    public CompiledRuleSet ruleSet(String name) {
        awaitLoaded();
        CompiledRuleSet set = live.get(name);
        if (set == null) {
            RuleSetStatus status = statuses.get(name);
            if (status != null) {
                throw new RuleSetUnavailableException(name, status.lastProblems());
            }
            throw new IllegalArgumentException("No rule set '" + name + "'; loaded: " + live.names());
        }
        return set;
    }

    /**
     * The version of a rule set serving now, if one does, without waiting for the start-up load: a gate asks it while
     * the start-up checks a rule set (empty then: nothing serves yet) and while a reload checks a candidate (the
     * version the candidate would replace).
     */
    public java.util.Optional<CompiledRuleSet> serving(String name) {
        return java.util.Optional.ofNullable(live.get(name));
    }

    /** Every rule set found, ready or not. */
    public Set<String> names() {
        awaitLoaded();
        return statuses.names();
    }

    /**
     * The publish or rollback of the rule set that a crash interrupted and this start-up finished or took back, if
     * there was one: what it was, by whom, and what became of it.
     */
    public java.util.Optional<PublishJournal.Recovery> interruptedChange(String name) {
        return java.util.Optional.ofNullable(recoveries.get(name));
    }

    /**
     * What the rule set serves and how its last load went; its {@code lastProblems} end with what its feature refused
     * of the data beside the rule files ({@link RuleSetGate#refusedData}: the dialogue's word lists), which a reload
     * of the rule files neither clears nor changes.
     */
    public RuleSetStatus status(String name) {
        awaitLoaded();
        return statuses.withRefusedData(statuses.get(name), gates.refusedData(name));
    }

    /**
     * Compiles and checks the folder's current files; if they pass, they go live. Returns the resulting status,
     * whose {@code lastProblems} say why a version was rejected.
     */
    public RuleSetStatus reload(String name) {
        awaitLoaded();
        return reloads.run(name, () -> loader.reload(name));
    }

    /**
     * Makes the check a rule set's gates could not make at start-up ({@link RuleSetGate#checksAtStartUp}), once the
     * feature that owns them is ready: the files on disk that were not those of the last version that went live are
     * reloaded (passing, they go live; failing, that version keeps serving), and files that served unchecked for want
     * of any earlier version are checked where they serve (failing, they keep serving, there being nothing else, and
     * the status names the problems). Nothing when no check waits. Runs on the rule set's reload lane, after any reload of it before
     * it. Returns the resulting status.
     */
    public RuleSetStatus checkDeferred(String name) {
        awaitLoaded();
        return reloads.run(name, () -> loader.checkDeferred(name));
    }

    /** The versions that went live, oldest first (the last 100), including those from before a restart. */
    public List<RuleVersion> history(String name) {
        awaitLoaded();
        return history.versions(name);
    }

    /** Every version that went live, oldest first, however many ({@link RuleHistory#all}: for a rare search). */
    public List<RuleVersion> fullHistory(String name) {
        awaitLoaded();
        return history.all(name);
    }

    /**
     * The latest recorded entry of a version.
     *
     * @throws IllegalArgumentException when the rule set has no such version recorded
     */
    public RuleVersion version(String name, String version) {
        awaitLoaded();
        return history.version(name, version);
    }

    /**
     * What {@code version} changed: against the version {@code against} when given, else against the entry recorded
     * just before it (none for the first entry: every file added).
     *
     * @throws IllegalArgumentException when either version is not recorded
     */
    /**
     * What one history entry of a version changed: the entry that went live at {@code at}, against the entry recorded
     * just before it (a version listed several times, each entry changing something else).
     *
     * @throws IllegalArgumentException when the version has no entry at that time
     */
    public RuleVersionDiff diffOfEntry(String name, String version, java.time.Instant at) {
        awaitLoaded();
        RuleHistory.EntryAndBefore entry = history.entryAndBefore(name, version, at);
        return RuleVersionDiff.between(entry.before(), entry.entry());
    }

    public RuleVersionDiff diff(String name, String version, String against) {
        awaitLoaded();
        RuleVersion target = history.version(name, version);
        RuleVersion base = against == null ? history.before(name, version).orElse(null) : history.version(name, against);
        return RuleVersionDiff.between(base, target);
    }

    /**
     * Compiles a recorded version's rule files into a rule set that is not live, is not recorded and does not time
     * the live rule set's decisions (a meter registry of its own): for replaying stored decisions through it before
     * a rollback. Compiling takes a few seconds; it neither waits for nor blocks reloads.
     *
     * @throws IllegalArgumentException when the version is not recorded
     * @throws RuleSetException         when its files no longer compile (say, against today's fact classes)
     */
    public CompiledRuleSet compileVersion(String name, String version) {
        awaitLoaded();
        RuleVersion target = history.version(name, version);
        return new RuleSetBuilder(new SimpleMeterRegistry()).build(name, folder.folder(name), target.ruleFiles());
    }

    /**
     * Returns to an earlier live version: its files pass the same compile and gate checks as any edit first, and
     * only then are written back to the folder, all or nothing as a draft's publish is ({@link JournaledFolderEdit}:
     * a crash mid-rollback is finished or taken back at the next start-up), and reloaded, so a rejected rollback
     * leaves the folder, like the live version, as it was. Returns the resulting status.
     */
    public RuleSetStatus rollback(String name, String version) {
        return rollback(name, version, null);
    }

    /** As {@link #rollback(String, String)}, recording {@code origin} (who rolled back) with the history entry. */
    public RuleSetStatus rollback(String name, String version, String origin) {
        awaitLoaded();
        RuleVersion target = history.version(name, version);
        return reloads.run(name, () -> loader.rollback(name, target, origin));
    }

    /**
     * Runs a reload's checks on a proposed version without putting it live: {@code copy} is a copy of the rule set's
     * folder (named like it, inside a folder of its own) holding the proposed files. Its rule files are compiled
     * (problems by file and line) and, when they compile, the gates check them against the copy's own scenarios.
     * Problems name their files as a reload's do ({@code risk/payments.drl:42}). Runs on the rule set's own drafts lane
     * ({@code rules-drafts-<set>}) at the lowest priority: it neither waits for reloads nor for another rule set's draft
     * checks (a dialogue draft's minute-long replay), nor takes CPU from decisions.
     */
    public CandidateCheck checkCandidate(String name, Path copy) {
        awaitLoaded();
        Path rulesDir = copy.toAbsolutePath().getParent();
        return drafts.run(name, () -> {
            CompiledRuleSet candidate;
            try {
                candidate = new RuleSetBuilder(new SimpleMeterRegistry()).build(name, copy, RuleCompiler.read(copy));
            } catch (RuleSetException e) {
                return new CandidateCheck(null, e.problems().stream().map(p -> p.relativeTo(rulesDir)).toList(),
                        List.of());
            }
            List<RuleProblem> problems = gates.problems(candidate, copy).stream()
                    .map(p -> p.relativeTo(rulesDir)).toList();
            return new CandidateCheck(candidate, List.of(), problems);
        });
    }

    /**
     * Changes the rule set's files with {@code edit} and reloads them as an edit on disk would be, on the reload
     * thread (no reload reads the folder half-changed): a version that compiles and passes the gates goes live and is
     * recorded with {@code origin} (who published it); one that does not is rejected as any edit is, the live version
     * keeps serving, and {@code edit} is undone, so the folder holds what is live again; then the edit is
     * {@linkplain FolderEdit#settle() settled}. A crash in between is finished or taken back when the engine next
     * starts ({@link PublishJournal}). Returns the resulting status:
     * its {@code lastProblems} are empty when the change went live.
     */
    public RuleSetStatus publish(String name, FolderEdit edit, String origin) {
        awaitLoaded();
        return reloads.run(name, () -> loader.publish(name, edit, origin));
    }

    @Override
    public void close() {
        folder.close();
        reloads.close();
        drafts.close();
    }
}
