package io.shopdesk.nlp;

/**
 * A typed name for one piece of information that a {@link Stage} provides and later stages require.
 * Immutable and thread-safe.
 */
public record Key<T>(String name, Class<T> type) {
    @Override
    public String toString() {
        return name;
    }
}
