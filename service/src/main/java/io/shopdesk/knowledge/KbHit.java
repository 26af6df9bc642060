package io.shopdesk.knowledge;

/**
 * A FAQ entry found for a question.
 *
 * @param question the entry's question variant that matched best
 * @param score    Lucene BM25 score of that variant
 * @param coverage share of the question's weight (IDF) that the entry's questions contain, 0..1: the calibrated
 *                 measure that decides whether the answer is given
 */
public record KbHit(FaqEntry entry, String question, double score, double coverage) {
}
