package io.shopdesk.nlp.intent;

import java.io.Serializable;

/**
 * The learned part of an {@link IntentModel}: turns a message's features into a probability for every label. The
 * model owns the feature names and labels; a scorer sees only feature indices and label positions, so the classifier
 * behind the intent model can change without touching featurising, thresholds or releases. Implementations are
 * immutable, thread-safe and serialisable (they travel inside {@code model.bin}).
 */
interface IntentScorer extends Serializable {

    /**
     * Writes the probability of every label into {@code probabilities}, in label order.
     *
     * @param features  the message's known feature indices, sorted and distinct, at least one
     * @param embedding the message's unit-length sentence vector, or null (scorers without a dense part ignore it)
     */
    void probabilities(int[] features, float[] embedding, double[] probabilities);
}
