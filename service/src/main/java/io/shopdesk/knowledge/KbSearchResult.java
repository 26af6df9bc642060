package io.shopdesk.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The entries closest to a question, best first, and whether the best is good enough to answer with.
 * An unrelated question gets {@code confident == false}: the caller should not answer it from the FAQ.
 *
 * @param topic the FAQ categories of the message's intent when the answer was found within them
 *              ({@link TopicAnswer}), else null
 */
public record KbSearchResult(List<KbHit> hits, boolean confident, String topic) {

    public KbSearchResult(List<KbHit> hits, boolean confident) {
        this(hits, confident, null);
    }

    public static final KbSearchResult EMPTY = new KbSearchResult(List.of(), false);

    public Optional<KbHit> answer() {
        return confident && !hits.isEmpty() ? Optional.of(hits.getFirst()) : Optional.empty();
    }
}
