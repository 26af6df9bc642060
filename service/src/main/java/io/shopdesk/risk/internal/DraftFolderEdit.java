package io.shopdesk.risk.internal;

import io.shopdesk.ruleengine.FolderEdit;
import io.shopdesk.ruleengine.PublishJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A draft written into the live folders all or nothing: first every new text goes to a hidden file beside its target
 * ({@code .payments.drl.draft}, which no reader takes for a rule, scenario or list file), then a {@link PublishJournal}
 * records every target's text before and after, then each replaces its target by an atomic move and the deletions are
 * made; a failure on the way puts back what was already replaced, and a crash on the way is finished or taken back at
 * the next start-up from the journal, which is removed once the publish is settled. Before
 * writing it checks, on the engine's reload thread where no other change can slip in, that the live version and every
 * file the draft touches are still what the draft was made against ({@link StaleDraftException} otherwise). Not
 * thread-safe: one publish, on the reload thread.
 */
final class DraftFolderEdit implements FolderEdit {
    private final RuleDraft draft;
    private final DraftFiles files;
    private final Supplier<String> liveVersion;
    private final Map<String, String> before = new HashMap<>();
    private PublishJournal journal;

    DraftFolderEdit(RuleDraft draft, DraftFiles files, Supplier<String> liveVersion) {
        this.draft = draft;
        this.files = files;
        this.liveVersion = liveVersion;
    }

    @Override
    public void apply() {
        requireCurrent();
        List<String> done = new ArrayList<>();
        try {
            Map<String, Path> staged = new HashMap<>();
            for (var change : draft.changes().entrySet()) {
                staged.put(change.getKey(), stage(files.resolve(change.getKey()), change.getValue()));
            }
            List<PublishJournal.Entry> entries = new ArrayList<>();
            for (String path : draft.paths()) {
                before.put(path, files.current(path));
                entries.add(new PublishJournal.Entry(path, files.resolve(path), before.get(path),
                        draft.changes().get(path)));
            }
            journal = PublishJournal.begin(draft.ruleSet(), files.folder(), entries);
            for (String path : draft.paths()) {
                Path target = files.resolve(path);
                if (staged.containsKey(path)) {
                    Files.move(staged.get(path), target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(target);
                }
                done.add(path);
            }
        } catch (IOException | RuntimeException e) {
            restore(done);
            settle();
            throw e instanceof IOException io ? new UncheckedIOException("Cannot write draft " + draft.id(), io)
                    : (RuntimeException) e;
        }
    }

    @Override
    public void undo() {
        restore(draft.paths());
    }

    @Override
    public void settle() {
        if (journal != null) {
            journal.end();
            journal = null;
        }
    }

    private void requireCurrent() {
        String live = liveVersion.get();
        if (!draft.baseVersion().equals(live)) {
            throw new StaleDraftException(draft, live, List.of());
        }
        List<String> moved = draft.paths().stream()
                .filter(p -> !Objects.equals(files.current(p), draft.baseFiles().get(p))).toList();
        if (!moved.isEmpty()) {
            throw new StaleDraftException(draft, live, moved);
        }
    }

    private void restore(List<String> paths) {
        try {
            for (String path : paths) {
                if (!before.containsKey(path)) {
                    continue;
                }
                Path target = files.resolve(path);
                String text = before.get(path);
                if (text == null) {
                    Files.deleteIfExists(target);
                } else {
                    Files.move(stage(target, text), target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore the files draft " + draft.id() + " changed", e);
        }
    }

    private static Path stage(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path staged = target.resolveSibling("." + target.getFileName() + ".draft");
        Files.write(staged, DraftFileContent.bytes(target.getFileName().toString(), text));
        return staged;
    }
}
