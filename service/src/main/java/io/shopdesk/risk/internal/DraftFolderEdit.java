package io.shopdesk.risk.internal;

import io.shopdesk.ruleengine.FolderEdit;
import io.shopdesk.ruleengine.JournaledFolderEdit;
import io.shopdesk.ruleengine.PublishJournal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A draft written into the live folders all or nothing, by the engine's one way of changing several files
 * ({@link JournaledFolderEdit}: staged beside their targets as {@code .payments.drl.draft}, a {@link PublishJournal}
 * of every target's text before and after, atomic moves; a failure puts back what was replaced, a crash is finished
 * or taken back at the next start-up). Before writing it checks, on the engine's reload thread where no other change
 * can slip in, that the live version and every file the draft touches are still what the draft was made against
 * ({@link StaleDraftException} otherwise). Not thread-safe: one publish, on the reload thread.
 */
final class DraftFolderEdit implements FolderEdit {
    private final RuleDraft draft;
    private final DraftFiles files;
    private final Supplier<String> liveVersion;
    private final String origin;
    private JournaledFolderEdit edit;

    /** @param origin what the history will record as the version's origin; the journal names the change by it */
    DraftFolderEdit(RuleDraft draft, DraftFiles files, Supplier<String> liveVersion, String origin) {
        this.draft = draft;
        this.files = files;
        this.liveVersion = liveVersion;
        this.origin = origin;
    }

    @Override
    public void apply() {
        requireCurrent();
        List<JournaledFolderEdit.Change> changes = draft.paths().stream()
                .map(p -> new JournaledFolderEdit.Change(p, files.resolve(p), draft.changes().get(p))).toList();
        edit = new JournaledFolderEdit(draft.ruleSet(), files.folder(), changes, PublishJournal.Kind.PUBLISH, origin);
        edit.apply();
    }

    @Override
    public void undo() {
        if (edit != null) {
            edit.undo();
        }
    }

    @Override
    public void settle() {
        if (edit != null) {
            edit.settle();
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
}
