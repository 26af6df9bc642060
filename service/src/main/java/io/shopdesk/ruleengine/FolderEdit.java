package io.shopdesk.ruleengine;

/**
 * A change of a rule set's files that {@link RuleEngine#publish} makes on its reload thread, so that no reload reads
 * the folder half-changed, and takes back when the reload rejects it. Implementations write every file or none.
 */
public interface FolderEdit {

    /** Writes the change; on failure leaves the files as they were and throws. */
    void apply();

    /** Puts back the files as they were before {@link #apply()}. */
    void undo();
}
