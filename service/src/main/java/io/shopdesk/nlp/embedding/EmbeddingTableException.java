package io.shopdesk.nlp.embedding;

/** An embedding table that is missing, damaged or inconsistent; the message says which file and why. */
public class EmbeddingTableException extends RuntimeException {
    public EmbeddingTableException(String message) {
        super(message);
    }
}
