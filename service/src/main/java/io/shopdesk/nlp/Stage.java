package io.shopdesk.nlp;

import java.util.Set;

/**
 * One step of message analysis, in the manner of CoreNLP's Annotator: it says which keys it needs from earlier
 * stages and which it adds. The pipeline checks the order at start-up. Implementations are thread-safe and keep no
 * per-message state.
 */
public interface Stage {

    /** The name used in {@code shopdesk.nlp.stages}. */
    String name();

    Set<Key<?>> requires();

    Set<Key<?>> provides();

    /** Adds this stage's keys to {@code annotations}; a stage that does not apply to the message's language skips. */
    void process(Annotations annotations);

    /** False while the stage's model is still loading; the pipeline then skips it and health reports it. */
    default boolean ready() {
        return true;
    }

    /**
     * What is wrong with the data this stage serves from while it still serves (a training file that cannot be read,
     * named {@code FILE:LINE}), for the health check; null when nothing is.
     */
    default String problem() {
        return null;
    }
}
