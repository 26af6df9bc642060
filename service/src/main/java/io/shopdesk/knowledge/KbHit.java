package io.shopdesk.knowledge;

/**
 * A FAQ entry found for a question.
 *
 * @param question the entry's question variant that matched best
 * @param score    the blend of the FAQ classifier's probability and BM25 relative to the best hit, 0..1
 * @param probability the FAQ classifier's probability for the entry
 * @param coverage share of the question's weight (IDF) that the entry's questions contain, 0..1: the calibrated
 *                 measure that decides whether the answer is given
 */
public record KbHit(FaqEntry entry, String question, double score, double probability, double coverage) {

    /** How sure the search is that this entry answers the question: the mean of probability and coverage. */
    public double confidence() {
        return (probability + coverage) / 2;
    }

    /**
     * The entry the conversation was just answered with, given again ("what should I do?" after it): no search found
     * it this time, so it carries its first question and full scores, and is only used to compose the reply.
     */
    public static KbHit givenAgain(FaqEntry entry) {
        return new KbHit(entry, entry.questions().getFirst(), 1, 1, 1);
    }
}
