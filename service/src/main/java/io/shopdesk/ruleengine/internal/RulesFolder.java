package io.shopdesk.ruleengine.internal;

import io.shopdesk.watch.FolderWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code rules/} folder as the engine sees it: every sub-folder holding rule files is a rule set, and each rule
 * set's folder is watched for edits. It exists so that the engine deals in rule set names, not in paths and poll
 * threads. Thread-safe: the watchers are added and closed under the object's lock.
 */
public final class RulesFolder implements AutoCloseable {
    private final Path dir;
    private final Duration pollInterval;
    private final List<FolderWatcher> watchers = new ArrayList<>();

    public RulesFolder(Path dir, Duration pollInterval) {
        this.dir = dir;
        this.pollInterval = pollInterval;
    }

    /**
     * The rule sets, sorted: the sub-folders holding at least one rule file (DRL, decision table).
     *
     * @throws IllegalStateException when the rules folder does not exist
     */
    public List<String> ruleSets() {
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

    /** The rules folder itself, which problems' files are named from. */
    public Path dir() {
        return dir;
    }

    /** The folder of a rule set, whether or not it exists. */
    public Path folder(String ruleSet) {
        return dir.resolve(ruleSet);
    }

    /** Calls {@code onChange} whenever a file in the rule set's folder changes, until {@link #close()}. */
    public synchronized void watch(String ruleSet, Runnable onChange) {
        watchers.add(new FolderWatcher("rules-" + ruleSet, folder(ruleSet), pollInterval, onChange));
    }

    @Override
    public synchronized void close() {
        watchers.forEach(FolderWatcher::close);
    }
}
