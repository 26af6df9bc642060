package io.shopdesk.dialogue.internal;

import java.util.List;

/**
 * What an edit of the dialogue's word lists must pass before it replaces the lists in service
 * ({@link WordListsInService}). Implementations are thread-safe.
 */
@FunctionalInterface
public interface WordListsGate {
    /** Takes every edit that reads (tests of the lists alone, the offline check). */
    WordListsGate NONE = (inService, candidate) -> List.of();

    /**
     * The problems of {@code candidate}, the lists as edited, against {@code inService}: one line each,
     * {@code file:line: reason}; empty when it may replace them.
     */
    List<String> problems(WordLists inService, WordLists candidate);
}
