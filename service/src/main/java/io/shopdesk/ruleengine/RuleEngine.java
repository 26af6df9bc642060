package io.shopdesk.ruleengine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shopdesk.ruleengine.internal.RuleCompiler;
import io.shopdesk.watch.FolderWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.shopdesk.watch.StartupTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The one rule engine: every sub-folder of {@code rules/} holding DRL or decision tables is a rule set, compiled at
 * start-up and recompiled when a file in it changes. A new version goes live only if it compiles and passes the
 * rule set's gates (its scenarios); otherwise the problems are recorded with file and line and the live version
 * keeps serving. Thread-safe: the live versions sit in a concurrent map swapped whole per rule set.
 */
public class RuleEngine implements AutoCloseable, SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final RuleSettings settings;
    private final MeterRegistry meters;
    private final ObjectProvider<RuleSetGate> gates;
    private final Map<String, CompiledRuleSet> live = new ConcurrentHashMap<>();
    private final Map<String, RuleSetStatus> statuses = new ConcurrentHashMap<>();
    private final List<FolderWatcher> watchers = new ArrayList<>();
    private final Map<String, java.util.concurrent.CompletableFuture<CompiledRuleSet>> loading = new ConcurrentHashMap<>();
    private final Map<String, List<RuleVersion>> history = new ConcurrentHashMap<>();
    private static final int HISTORY_LIMIT = 100;

    /** Starts compiling every rule set, each on its own thread; {@link #awaitLoaded()} collects them. */
    public RuleEngine(RuleSettings settings, MeterRegistry meters, ObjectProvider<RuleSetGate> gates) {
        this.settings = settings;
        this.meters = meters;
        this.gates = gates;
        for (String name : discover()) {
            loading.put(name, StartupTasks.start("rules-" + name, () -> build(name)));
        }
    }

    /**
     * Waits for the start-up compilation and puts the rule sets live. Spring calls it once every bean exists, so
     * compilation overlaps the rest of start-up; a rule set that does not compile fails start-up with its errors.
     */
    @Override
    public void afterSingletonsInstantiated() {
        awaitLoaded();
    }

    public synchronized void awaitLoaded() {
        if (loading.isEmpty()) {
            return;
        }
        for (var entry : new TreeMap<>(loading).entrySet()) {
            String name = entry.getKey();
            CompiledRuleSet first = StartupTasks.join(entry.getValue());
            live.put(name, first);
            remember(name, first);
            statuses.put(name, new RuleSetStatus(name, first.version(), first.loadedAt(), first.files(), first.loadedAt(), List.of()));
            log.info("Rule set '{}' version {} loaded ({} files)", name, first.version(), first.files().size());
            watchers.add(new FolderWatcher("rules-" + name, folder(name), settings.pollInterval(), () -> reload(name)));
            loading.remove(name);
        }
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
        KieBase base = RuleCompiler.compile(name, folder, RuleEngine.class.getClassLoader());
        return new CompiledRuleSet(name, FolderWatcher.fingerprint(folder).substring(0, 12), Instant.now(),
                RuleCompiler.ruleFiles(folder).stream().map(f -> f.getFileName().toString()).toList(), base,
                Timer.builder("shopdesk.rules.fire").tag("ruleSet", name).register(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
    }

    /** How many rule files (DRL, decision tables) a folder holds. */
    public static int ruleFileCount(Path folder) {
        return RuleCompiler.ruleFiles(folder).size();
    }

    public Path folder(String name) {
        return settings.dir().resolve(name);
    }

    /** The live version of a rule set. */
    public CompiledRuleSet ruleSet(String name) {
        awaitLoaded();
        CompiledRuleSet set = live.get(name);
        if (set == null) {
            throw new IllegalArgumentException("No rule set '" + name + "'; loaded: " + live.keySet());
        }
        return set;
    }

    public Set<String> names() {
        awaitLoaded();
        return new TreeMap<>(live).keySet();
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
        RuleSetStatus before = statuses.get(name);
        Instant now = Instant.now();
        try {
            CompiledRuleSet candidate = build(name);
            if (before != null && candidate.version().equals(before.liveVersion())) {
                return record(name, new RuleSetStatus(name, before.liveVersion(), before.liveSince(), before.files(), now, List.of()));
            }
            List<RuleProblem> problems = new ArrayList<>();
            gates.orderedStream().filter(g -> g.ruleSet().equals(name)).forEach(g -> problems.addAll(g.check(candidate)));
            if (!problems.isEmpty()) {
                throw new RuleSetException(name, problems);
            }
            live.put(name, candidate);
            remember(name, candidate);
            log.info("Rule set '{}' version {} is live", name, candidate.version());
            return record(name, new RuleSetStatus(name, candidate.version(), now, candidate.files(), now, List.of()));
        } catch (RuleSetException e) {
            log.error("{}\nVersion {} keeps serving.", e.getMessage(), before == null ? "none" : before.liveVersion());
            return record(name, new RuleSetStatus(name, before == null ? null : before.liveVersion(),
                    before == null ? null : before.liveSince(), before == null ? List.of() : before.files(), now, e.problems()));
        }
    }

    /** Every version that went live since start-up, oldest first (at most the last 100). */
    public List<RuleVersion> history(String name) {
        awaitLoaded();
        return List.copyOf(history.getOrDefault(name, List.of()));
    }

    /**
     * Restores the rule files of an earlier live version and reloads, so that the rollback passes the same
     * compile and gate checks as any edit; returns the resulting status.
     */
    public synchronized RuleSetStatus rollback(String name, String version) {
        RuleVersion target = history(name).stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Rule set '" + name + "' has no recorded version " + version));
        Path folder = folder(name);
        try {
            for (Path file : RuleCompiler.ruleFiles(folder)) {
                if (!target.files().containsKey(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
            for (var file : target.files().entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + folder, e);
        }
        log.info("Rule set '{}' rolled back to version {}", name, version);
        return reload(name);
    }

    private void remember(String name, CompiledRuleSet set) {
        Map<String, String> files = new java.util.TreeMap<>();
        try {
            for (Path file : RuleCompiler.ruleFiles(folder(name))) {
                files.put(file.getFileName().toString(), Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleVersion> versions = history.computeIfAbsent(name, k -> new java.util.concurrent.CopyOnWriteArrayList<>());
        Map<String, String> before = versions.isEmpty() ? Map.of() : versions.getLast().files();
        java.util.Set<String> names = new java.util.TreeSet<>(files.keySet());
        names.addAll(before.keySet());
        List<String> changed = names.stream().filter(f -> !java.util.Objects.equals(files.get(f), before.get(f))).toList();
        versions.add(new RuleVersion(set.version(), set.loadedAt(), changed, Map.copyOf(files)));
        if (versions.size() > HISTORY_LIMIT) {
            versions.removeFirst();
        }
    }

    private RuleSetStatus record(String name, RuleSetStatus status) {
        statuses.put(name, status);
        return status;
    }

    private CompiledRuleSet build(String name) {
        Path folder = folder(name);
        String version = FolderWatcher.fingerprint(folder).substring(0, 12);
        KieBase base = RuleCompiler.compile(name, folder, RuleEngine.class.getClassLoader());
        List<String> files = RuleCompiler.ruleFiles(folder).stream().map(f -> f.getFileName().toString()).toList();
        Timer timer = Timer.builder("shopdesk.rules.fire").tag("ruleSet", name)
                .description("Time to decide with one rule set (session, facts, firing)").register(meters);
        return new CompiledRuleSet(name, version, Instant.now(), files, base, timer);
    }

    @Override
    public void close() {
        watchers.forEach(FolderWatcher::close);
    }
}
