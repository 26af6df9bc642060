package io.shopdesk.knowledge;

/**
 * When the FAQ search's best entry is good enough to be given as the answer. All three must hold:
 * <ul>
 *   <li>{@code minConfidence}: the mean of the classifier's probability and the coverage ({@link KbHit#confidence()});</li>
 *   <li>{@code minCoverage}: the share of the question's weight the entry's questions contain;</li>
 *   <li>{@code minProbability}: the FAQ classifier's own probability. Coverage alone is cheap when a message is
 *   mostly a product's name, which the dialogue leaves out of the search: "where can I buy [headphones]" is
 *   reduced to "buy", which "Do I need an account to buy something?" covers entirely (confidence 0.53), while the
 *   classifier gives that entry 0.06. Every right answer on the shipped paraphrase sets has 0.14 or more.
 *   Without a classifier (an FAQ too large for one) the blended BM25 score stands in for the probability, and the
 *   best entry's is 1, so this condition then always holds.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public record AnswerGate(double minConfidence, double minCoverage, double minProbability) {
    /** The shipped defaults of {@link KnowledgeSettings}, chosen on the paraphrase and unrelated-question sets. */
    public static final AnswerGate SHIPPED = new AnswerGate(0.35, 0.1, 0.12);

    public boolean admits(KbHit hit) {
        return hit.confidence() >= minConfidence && hit.coverage() >= minCoverage && hit.probability() >= minProbability;
    }
}
