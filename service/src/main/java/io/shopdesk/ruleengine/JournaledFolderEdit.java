package io.shopdesk.ruleengine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces, creates and deletes a rule set's files all or nothing, the one way every multi-file change of the folder
 * (a draft's publish, a rollback) writes them: first every new text goes to a hidden file beside its target
 * ({@code .payments.drl.draft}, which no reader takes for a rule, scenario or list file), then a {@link PublishJournal}
 * records every target's text before and after, then each staged file replaces its target by an atomic move and the
 * deletions are made. A failure on the way puts back what was already replaced; a crash on the way is finished or
 * taken back at the next start-up from the journal, which {@link #settle()} removes; staged files a crash leaves
 * behind are removed then too ({@link PublishJournal#removeStaged}). Not thread-safe: one change, on
 * the engine's reload thread.
 */
public final class JournaledFolderEdit implements FolderEdit {

    /**
     * One file the change writes.
     *
     * @param path   relative to the rule set's folder, as the history names it ({@code payments.drl},
     *               {@code lists/blocked-devices.csv})
     * @param target where it is on disk
     * @param after  its text after the change ({@link RuleFileContent}: a workbook Base64-encoded); null: deleted
     */
    public record Change(String path, Path target, String after) {
    }

    private final String ruleSet;
    private final Path folder;
    private final List<Change> changes;
    private final PublishJournal.Kind kind;
    private final String origin;
    private final Map<String, String> before = new HashMap<>();
    private PublishJournal journal;

    /**
     * @param ruleSet the rule set whose folder ({@code folder}, where the journal goes) is changed
     * @param kind    a publish or a rollback: what the journal, and so a recovery, calls the change, and what a
     *                staged file's name ends with ({@code .draft}, {@code .rollback})
     * @param origin  who made the change, as the history will record it; null: unknown
     */
    public JournaledFolderEdit(String ruleSet, Path folder, List<Change> changes, PublishJournal.Kind kind,
                               String origin) {
        this.ruleSet = ruleSet;
        this.folder = folder;
        this.changes = List.copyOf(changes);
        this.kind = kind;
        this.origin = origin;
    }

    /**
     * The change that makes {@code folder}'s rule files (DRL, decision tables) exactly {@code files} (by file name, as
     * a version records them): files it lacks are deleted, the others written; scenarios and lists stay.
     */
    public static JournaledFolderEdit ruleFiles(String ruleSet, Path folder, Map<String, String> files,
                                                PublishJournal.Kind kind, String origin) {
        List<Change> changes = new ArrayList<>();
        for (Path file : RuleEngine.ruleFilePaths(folder)) {
            String name = file.getFileName().toString();
            if (!files.containsKey(name)) {
                changes.add(new Change(name, file, null));
            }
        }
        files.forEach((name, text) -> changes.add(new Change(name, folder.resolve(name), text)));
        return new JournaledFolderEdit(ruleSet, folder, changes, kind, origin);
    }

    /** The files this change writes or deletes, in the order it does. */
    public List<Change> changes() {
        return changes;
    }

    @Override
    public void apply() {
        List<Change> done = new ArrayList<>();
        try {
            Map<String, Path> staged = new HashMap<>();
            for (Change change : changes) {
                if (change.after() != null) {
                    staged.put(change.path(), stage(change.target(), change.after()));
                }
            }
            List<PublishJournal.Entry> entries = new ArrayList<>();
            for (Change change : changes) {
                before.put(change.path(), RuleFileContent.read(change.target()));
                entries.add(new PublishJournal.Entry(change.path(), change.target(), before.get(change.path()),
                        change.after()));
            }
            journal = PublishJournal.begin(ruleSet, folder, kind, origin, entries);
            for (Change change : changes) {
                if (staged.containsKey(change.path())) {
                    Files.move(staged.get(change.path()), change.target(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(change.target());
                }
                done.add(change);
            }
        } catch (IOException | RuntimeException e) {
            restore(done);
            settle();
            throw e instanceof IOException io
                    ? new UncheckedIOException("Cannot write the changed files of rule set '" + ruleSet + "'", io)
                    : (RuntimeException) e;
        }
    }

    @Override
    public void undo() {
        restore(changes);
    }

    @Override
    public void settle() {
        if (journal != null) {
            journal.end();
            journal = null;
        }
    }

    private void restore(List<Change> paths) {
        try {
            for (Change change : paths) {
                if (!before.containsKey(change.path())) {
                    continue;
                }
                String text = before.get(change.path());
                if (text == null) {
                    Files.deleteIfExists(change.target());
                } else {
                    Files.move(stage(change.target(), text), change.target(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put back the files of rule set '" + ruleSet + "'", e);
        }
    }

    private Path stage(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path staged = target.resolveSibling("." + target.getFileName() + kind.stagedSuffix());
        Files.write(staged, RuleFileContent.bytes(target.getFileName().toString(), text));
        return staged;
    }
}
