package io.shopdesk.ruleengine;

/**
 * A change of a rule set's files that {@link RuleEngine#publish} makes on the rule set's reload lane, so that no reload reads
 * the folder half-changed, and takes back when the reload rejects it. Implementations write every file or none, and
 * one that replaces several files keeps a {@link PublishJournal} from before its first move until {@link #settle()},
 * so that a crash in between is finished or taken back at the next start-up.
 */
public interface FolderEdit {

    /** Writes the change; on failure leaves the files as they were and throws. */
    void apply();

    /** Puts back the files as they were before {@link #apply()}. */
    void undo();

    /**
     * The change is settled: live, or taken back by {@link #undo()}. Called once after either; a crash before it
     * leaves what a start-up needs to finish or take back the change. Nothing to do by default.
     */
    default void settle() {
    }
}
