package io.shopdesk.ruleengine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ruleengine.internal.BackgroundPriority;
import io.shopdesk.ruleengine.internal.RuleCompiler;
import io.shopdesk.watch.FolderWatcher;
import io.shopdesk.watch.StartupTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The one rule engine: every sub-folder of {@code rules/} holding DRL or decision tables is a rule set, compiled at
 * start-up and recompiled when a file in it changes. A version goes live only if it compiles and passes the rule
 * set's gates (its scenarios), at start-up as on every reload. An edit of what the gates read (a scenario) alone
 * re-checks the live version against it: failing, it is reported like a rejected edit; passing, it is recorded in the
 * history as an entry of the same version. When an edit is rejected the live version keeps serving; when the files on
 * disk are rejected at start-up, the last version that went live (kept by the {@link RuleVersionStore}) serves, and
 * without one the rule set is not ready. Either way the problems are recorded with file and line. Thread-safe: the
 * live versions sit in a concurrent map swapped whole per rule set, and loads, reloads and rollbacks are serialised.
 * Reloads compile on one background thread of the lowest OS priority ({@link BackgroundPriority}), so that a
 * recompile under load yields the cores to the decisions.
 */
public class RuleEngine implements AutoCloseable, SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
    private static final int HISTORY_LIMIT = 100;

    private final RuleSettings settings;
    private final MeterRegistry meters;
    private final ObjectProvider<RuleSetGate> gates;
    private final RuleVersionStore store;
    private final Map<String, CompiledRuleSet> live = new ConcurrentHashMap<>();
    /** The files the gates read (scenarios) as the live version last passed them; see {@link RuleSetGate#checkedFiles}. */
    private final Map<String, Map<String, String>> passed = new ConcurrentHashMap<>();
    private final Map<String, RuleSetStatus> statuses = new ConcurrentHashMap<>();
    private final List<FolderWatcher> watchers = new ArrayList<>();
    private final Map<String, CompletableFuture<CompiledRuleSet>> loading = new ConcurrentHashMap<>();
    /**
     * Reloads compile and check on this one thread at the lowest OS priority: a recompile takes about a second of
     * CPU, and at equal priority it would take that second from the requests being decided meanwhile.
     */
    private final ExecutorService reloads = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform()
            .name("rules-reload").daemon().unstarted(() -> {
                BackgroundPriority.lowerCurrentThread(BackgroundPriority.LOWEST);
                r.run();
            }));
    private volatile boolean loaded;

    /** An engine whose version history lives in memory only (command line, tests). */
    public RuleEngine(RuleSettings settings, MeterRegistry meters, ObjectProvider<RuleSetGate> gates) {
        this(settings, meters, gates, RuleVersionStore.inMemory());
    }

    /** Starts compiling every rule set, each on its own thread; {@link #awaitLoaded()} collects them. */
    public RuleEngine(RuleSettings settings, MeterRegistry meters, ObjectProvider<RuleSetGate> gates,
                      RuleVersionStore store) {
        this.settings = settings;
        this.meters = meters;
        this.gates = gates;
        this.store = store;
        for (String name : discover()) {
            loading.put(name, StartupTasks.start("rules-" + name, () -> build(name, RuleCompiler.read(folder(name)))));
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
            start(name, entry.getValue());
            watchers.add(new FolderWatcher("rules-" + name, folder(name), settings.pollInterval(), () -> reload(name)));
            loading.remove(name);
        }
        loaded = true;
    }

    private void start(String name, CompletableFuture<CompiledRuleSet> compiling) {
        Instant now = Instant.now();
        List<RuleProblem> problems;
        CompiledRuleSet disk = null;
        Map<String, String> checked = Map.of();
        try {
            disk = StartupTasks.join(compiling);
            checked = checkedFiles(name);
            problems = gate(disk);
        } catch (RuleSetException e) {
            problems = e.problems();
        } catch (RuntimeException e) {
            problems = List.of(unexpected(name, e));
        }
        Optional<RuleVersion> lastGood = store.latest(name);
        if (problems.isEmpty()) {
            if (lastGood.isEmpty() || !lastGood.get().files().equals(RuleVersion.files(disk.sources(), checked))) {
                remember(name, disk.version(), disk.sources(), checked, disk.loadedAt());
            }
            live.put(name, disk);
            passed.put(name, checked);
            record(name, new RuleSetStatus(name, disk.version(), disk.loadedAt(), disk.files(), now, List.of()));
            log.info("Rule set '{}' version {} loaded ({} files)", name, disk.version(), disk.files().size());
            return;
        }
        if (lastGood.isPresent()) {
            try {
                CompiledRuleSet previous = build(name, lastGood.get().ruleFiles());
                live.put(name, previous);
                passed.put(name, lastGood.get().checkedFiles());
                record(name, new RuleSetStatus(name, previous.version(), now, previous.files(), now, problems));
                log.error("Rule set '{}' on disk{} rejected at start-up:\n  {}\nServing version {}, the last that went live.",
                        name, disk == null ? "" : " (version " + disk.version() + ")", lines(problems), previous.version());
                return;
            } catch (RuleSetException e) {
                problems = new ArrayList<>(problems);
                problems.addAll(e.problems());
            }
        }
        record(name, new RuleSetStatus(name, null, null, List.of(), now, List.copyOf(problems)));
        log.error("Rule set '{}' is NOT READY: its files were rejected and no earlier version went live:\n  {}",
                name, lines(problems));
    }

    private List<String> discover() {
        Path dir = settings.dir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Rules folder " + dir.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(d -> !RuleCompiler.ruleFiles(d).isEmpty())
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** Compiles a rule folder without putting it live (for {@code rules check}); throws with every problem. */
    public static void check(Path folder) {
        RuleCompiler.compile(folder.getFileName().toString(), folder, RuleEngine.class.getClassLoader());
    }

    /** Compiles a rule folder into a rule set that is not live (for command-line tests and backtests). */
    public static CompiledRuleSet compile(Path folder) {
        String name = folder.getFileName().toString();
        Map<String, String> sources = RuleCompiler.read(folder);
        KieBase base = RuleCompiler.compile(name, folder, sources, RuleEngine.class.getClassLoader());
        return new CompiledRuleSet(name, RuleVersion.contentHash(sources), Instant.now(), sources, base,
                Timer.builder("shopdesk.rules.fire").tag("ruleSet", name).register(new SimpleMeterRegistry()));
    }

    /** How many rule files (DRL, decision tables) a folder holds. */
    public static int ruleFileCount(Path folder) {
        return RuleCompiler.ruleFiles(folder).size();
    }

    public Path folder(String name) {
        return settings.dir().resolve(name);
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
            throw new IllegalArgumentException("No rule set '" + name + "'; loaded: " + live.keySet());
        }
        return set;
    }

    /** Every rule set found, ready or not. */
    public Set<String> names() {
        awaitLoaded();
        return new TreeMap<>(statuses).keySet();
    }

    public RuleSetStatus status(String name) {
        awaitLoaded();
        return statuses.get(name);
    }

    /**
     * Compiles and checks the folder's current files; if they pass, they go live. Returns the resulting status,
     * whose {@code lastProblems} say why a version was rejected.
     */
    public synchronized RuleSetStatus reload(String name) {
        awaitLoaded();
        return onReloadThread(name, () -> reloadNow(name));
    }

    /** Runs a reload or rollback on the one reload thread, so that they never interleave. */
    private RuleSetStatus onReloadThread(String name, java.util.concurrent.Callable<RuleSetStatus> work) {
        try {
            return reloads.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reloading rule set '" + name + "'", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private RuleSetStatus reloadNow(String name) {
        RuleSetStatus before = statuses.get(name);
        Instant now = Instant.now();
        try {
            Map<String, String> sources = RuleCompiler.read(folder(name));
            Map<String, String> checked = checkedFiles(name);
            CompiledRuleSet current = live.get(name);
            if (current != null && current.version().equals(RuleVersion.contentHash(sources))) {
                if (checked.equals(passed.get(name))) {
                    return record(name, new RuleSetStatus(name, before.liveVersion(), before.liveSince(), before.files(), now, List.of()));
                }
                return recheck(name, current, checked, before, now);
            }
            CompiledRuleSet candidate = build(name, sources);
            requirePassing(name, candidate);
            // Recorded before it serves: a version that decides is always in the history (and can be rolled back to).
            remember(name, candidate.version(), sources, checked, candidate.loadedAt());
            live.put(name, candidate);
            passed.put(name, checked);
            log.info("Rule set '{}' version {} is live", name, candidate.version());
            return record(name, new RuleSetStatus(name, candidate.version(), now, candidate.files(), now, List.of()));
        } catch (RuleSetException e) {
            return rejected(name, before, now, e.problems(), e.getMessage());
        } catch (RuntimeException e) {
            // An unreadable file, a check that could not run, the version store down: the live version keeps serving.
            return rejected(name, before, now, List.of(unexpected(name, e)), "Rule set '" + name + "': " + e);
        }
    }

    /**
     * Only what the gates read (a scenario) changed: the live version is checked against it. Passing, it is recorded
     * as a history entry of the same version (what it is now tested against); failing, the scenarios are reported
     * like a rejected edit, and the live version keeps serving either way.
     */
    private RuleSetStatus recheck(String name, CompiledRuleSet current, Map<String, String> checked,
                                  RuleSetStatus before, Instant now) {
        List<RuleProblem> problems = gate(current);
        if (!problems.isEmpty()) {
            return rejected(name, before, now, problems, "Rule set '" + name + "': the live version " + current.version()
                    + " fails the edited checks:\n  " + lines(problems));
        }
        remember(name, current.version(), current.sources(), checked, now);
        passed.put(name, checked);
        log.info("Rule set '{}' version {} passes the edited checks", name, current.version());
        return record(name, new RuleSetStatus(name, current.version(), before.liveSince(), current.files(), now, List.of()));
    }

    private void requirePassing(String name, CompiledRuleSet candidate) {
        List<RuleProblem> problems = gate(candidate);
        if (!problems.isEmpty()) {
            throw new RuleSetException(name, problems);
        }
    }

    private RuleSetStatus rejected(String name, RuleSetStatus before, Instant now, List<RuleProblem> problems,
                                   String message) {
        log.error("{}\nVersion {} keeps serving.", message, before == null || !before.ready() ? "none" : before.liveVersion());
        return record(name, new RuleSetStatus(name, before == null ? null : before.liveVersion(),
                before == null ? null : before.liveSince(), before == null ? List.of() : before.files(), now, problems));
    }

    /** A failure that is not a compile error or a failed scenario, as a problem of the rule set as a whole. */
    private static RuleProblem unexpected(String name, RuntimeException e) {
        log.error("Rule set '{}' could not be checked", name, e);
        return new RuleProblem(name, 0, "could not be checked: " + e);
    }

    /** The versions that went live, oldest first (the last 100), including those from before a restart. */
    public List<RuleVersion> history(String name) {
        awaitLoaded();
        return store.versions(name, HISTORY_LIMIT);
    }

    /**
     * Returns to an earlier live version: its files pass the same compile and gate checks as any edit first, and
     * only then are written back to the folder and reloaded, so a rejected rollback leaves the folder, like the
     * live version, as it was. Returns the resulting status.
     */
    public synchronized RuleSetStatus rollback(String name, String version) {
        RuleVersion target = history(name).reversed().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Rule set '" + name + "' has no recorded version " + version));
        return onReloadThread(name, () -> {
            RuleSetStatus before = statuses.get(name);
            Instant now = Instant.now();
            try {
                requirePassing(name, build(name, target.ruleFiles()));
            } catch (RuleSetException e) {
                return rejected(name, before, now, e.problems(), "Rollback to " + version + ": " + e.getMessage());
            } catch (RuntimeException e) {
                return rejected(name, before, now, List.of(unexpected(name, e)), "Rollback to " + version + ": " + e);
            }
            // The rule files only: the version is checked against today's scenarios, which stay.
            RuleCompiler.restore(folder(name), target.ruleFiles());
            log.info("Rule set '{}' rolled back to version {}", name, version);
            return reloadNow(name);
        });
    }

    private List<RuleProblem> gate(CompiledRuleSet candidate) {
        List<RuleProblem> problems = new ArrayList<>();
        gates.orderedStream().filter(g -> g.ruleSet().equals(candidate.name())).forEach(g -> problems.addAll(g.check(candidate)));
        return problems;
    }

    private void remember(String name, String version, Map<String, String> sources, Map<String, String> checked,
                          Instant at) {
        Map<String, String> files = RuleVersion.files(sources, checked);
        Map<String, String> before = store.latest(name).map(RuleVersion::files).orElse(Map.of());
        Set<String> names = new TreeSet<>(files.keySet());
        names.addAll(before.keySet());
        List<String> changed = names.stream().filter(f -> !Objects.equals(files.get(f), before.get(f))).toList();
        store.add(name, new RuleVersion(version, at, changed, files));
    }

    /** What the rule set's gates read besides the rule files, as they are on disk now. */
    private Map<String, String> checkedFiles(String name) {
        Map<String, String> files = new TreeMap<>();
        gates.orderedStream().filter(g -> g.ruleSet().equals(name)).forEach(g -> files.putAll(g.checkedFiles()));
        return files;
    }

    /** Keeps a rule set's status, its problems' files named from the rules folder as staff see them. */
    private RuleSetStatus record(String name, RuleSetStatus status) {
        RuleSetStatus shown = new RuleSetStatus(status.name(), status.liveVersion(), status.liveSince(), status.files(),
                status.lastAttemptAt(), status.lastProblems().stream().map(p -> p.relativeTo(settings.dir())).toList());
        statuses.put(name, shown);
        return shown;
    }

    private CompiledRuleSet build(String name, Map<String, String> sources) {
        Path folder = folder(name);
        KieBase base = RuleCompiler.compile(name, folder, sources, RuleEngine.class.getClassLoader());
        Timer timer = Timer.builder("shopdesk.rules.fire").tag("ruleSet", name)
                .description("Time to decide with one rule set (session, facts, firing)").register(meters);
        return new CompiledRuleSet(name, RuleVersion.contentHash(sources), Instant.now(), sources, base, timer);
    }

    private static String lines(List<RuleProblem> problems) {
        return String.join("\n  ", problems.stream().map(RuleProblem::toString).toList());
    }

    @Override
    public void close() {
        watchers.forEach(FolderWatcher::close);
        reloads.shutdownNow();
    }
}
