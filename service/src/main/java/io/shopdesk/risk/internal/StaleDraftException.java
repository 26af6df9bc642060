package io.shopdesk.risk.internal;

import java.util.List;

/**
 * A draft made against a live version, or file texts, that have moved since: publishing it would overwrite a
 * colleague's change (409 {@code stale_draft}). Propose it again on the live version.
 */
final class StaleDraftException extends RuntimeException {
    private final transient RuleDraft draft;
    private final String liveVersion;
    private final List<String> movedFiles;

    StaleDraftException(RuleDraft draft, String liveVersion, List<String> movedFiles) {
        super(movedFiles.isEmpty()
                ? "Draft " + draft.id() + " was made on version " + draft.baseVersion() + "; version " + liveVersion
                + " is live now. Propose it again on the live version."
                : "Since draft " + draft.id() + " was made, " + String.join(", ", movedFiles)
                + " changed. Propose it again on the files as they are now.");
        this.draft = draft;
        this.liveVersion = liveVersion;
        this.movedFiles = List.copyOf(movedFiles);
    }

    RuleDraft draft() {
        return draft;
    }

    String liveVersion() {
        return liveVersion;
    }

    List<String> movedFiles() {
        return movedFiles;
    }
}
