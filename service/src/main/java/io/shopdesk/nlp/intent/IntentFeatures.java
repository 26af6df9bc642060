package io.shopdesk.nlp.intent;

import java.util.Set;

/**
 * What an intent model reads from one message: sparse feature names from {@link IntentFeaturizer} (and Rasa
 * patterns), and the message's dense sentence vector from the static embeddings, or null when the trainer has none
 * or the message is not English. Treat as immutable: the vector is shared, not copied.
 *
 * @param names     feature names, as {@link IntentFeaturizer} writes them
 * @param embedding unit-length sentence vector, or null
 */
public record IntentFeatures(Set<String> names, float[] embedding) {

    /** Features without a sentence vector. */
    public static IntentFeatures of(Set<String> names) {
        return new IntentFeatures(names, null);
    }
}
